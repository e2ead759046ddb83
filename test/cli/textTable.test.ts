import { displayWidth, textTable } from '../../cli/textTable';

describe('textTable', () => {
  it('counts Chinese characters as two columns so columns line up', () => {
    expect(displayWidth('张伟')).toBe(4);
    expect(displayWidth('ab')).toBe(2);
    const lines = textTable(['Name', 'Phone'], [['张伟', '+8613812345678'], ['John Smith', '+12125550123']]).split('\n');
    const phoneColumn = lines.map((line) => displayWidth(line.slice(0, line.indexOf('+') >= 0 ? line.indexOf('+') : line.indexOf('Phone'))));
    expect(new Set([phoneColumn[0], phoneColumn[2], phoneColumn[3]]).size).toBe(1);
  });
  it('clips long cells and flattens line breaks', () => {
    const out = textTable(['Notes'], [['x'.repeat(100)], ['a\nb']]);
    expect(out).toContain('…');
    expect(out).toContain('a b');
  });
});
