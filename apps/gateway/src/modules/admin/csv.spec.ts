import { csvField, csvLine } from './csv';

describe('csv', () => {
  it('quotes commas, quotes and line breaks and leaves plain text alone', () => {
    expect(csvField('Dinas PUPR')).toBe('Dinas PUPR');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses formulas and writes numbers and empty values plainly', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+62')).toBe("'+62");
    expect(csvField(-3)).toBe('-3');
    expect(csvField(0.5)).toBe('0.5');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvLine(['a', 1, null, true])).toBe('a,1,,true\r\n');
  });
});
