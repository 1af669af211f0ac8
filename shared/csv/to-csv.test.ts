import { describe, expect, it } from 'vitest';
import { toCsv } from './to-csv';

describe('CSV for spreadsheets', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x;y', 'say "hi"'],
          ['line\nbreak', 3],
        ],
      ),
    ).toBe('a;b\r\n"x;y";"say ""hi"""\r\n"line\nbreak";3\r\n');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const out = toCsv(['nama'], [['=HYPERLINK("http://x")'], ['+62812'], ['-1'], ['@SUM(A1)']]);
    expect(out.split('\r\n').slice(1, 5)).toEqual(['"\'=HYPERLINK(""http://x"")"', "'+62812", "'-1", "'@SUM(A1)"]);
  });

  it('writes null as an empty cell and keeps plain numbers plain', () => {
    expect(toCsv(['a', 'b'], [[null, 2000]])).toBe('a;b\r\n;2000\r\n');
  });
});
