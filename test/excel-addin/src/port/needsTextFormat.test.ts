import { needsTextFormat } from '../../../../excel-addin/src/port/needsTextFormat';

describe('needsTextFormat', () => {
  it.each(['+8613812345678', '00123', '2024-03-05', '3/5', '12:30', '50%', '$12', '1,234', '=1+1', '@SUM(1)', '-x', "'quoted", 'Mar 5', '5-Mar', 'TRUE', '#N/A', '\tcmd'])('protects %j', (text) => {
    expect(needsTextFormat(text)).toBe(true);
  });
  it.each(['', '王芳', 'john@example.com', 'Room 12', 'A1', 'Active', 'March madness club'])('leaves %j alone', (text) => {
    expect(needsTextFormat(text)).toBe(false);
  });
});
