import { displayWidth, textTable } from '../../cli/textTable';

describe('textTable', () => {
  it('counts Chinese characters as two columns so columns line up', () => {
    expect(displayWidth('张伟')).toBe(4);
    expect(displayWidth('ab')).toBe(2);
    const lines = textTable(['Name', 'Phone'], [['张伟', '+8613812345678'], ['John Smith', '+12125550123']]).split('\n');
    const phoneColumn = lines.map((line) => displayWidth(line.slice(0, line.indexOf('+') >= 0 ? line.indexOf('+') : line.indexOf('Phone'))));
    expect(new Set([phoneColumn[0], phoneColumn[2], phoneColumn[3]]).size).toBe(1);
  });
  it('lays out more rows than a call can take arguments (a million-row dedupe lists about 90,000 clusters)', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [String(i), i === 7 ? '王芳芳' : 'x']);
    const lines = textTable(['Row', 'Name'], rows).split('\n');
    expect(lines).toHaveLength(200_002);
    expect(lines[1]).toBe('------  ------');
  });
  it('clips long cells and flattens line breaks', () => {
    const out = textTable(['Notes'], [['x'.repeat(100)], ['a\nb']]);
    expect(out).toContain('…');
    expect(out).toContain('a b');
  });
});

describe('control characters from cells', () => {
  it('are shown as escapes, never sent to the terminal', () => {
    const out = textTable(['Name\u202e'], [['\u001b[2J\u001b[31mEvil'], ['a\u0007b\u009bc\u0000'], ['王芳']]);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(out).toContain('\\x1b[2J\\x1b[31mEvil');
    expect(out).toContain('a\\x07b\\x9bc\\x00');
    expect(out).toContain('Name\\u202e');
    expect(out).toContain('王芳');
  });
});
