import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { netralkanSel } from './netralkan-sel';

const berbahaya = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];

describe('netralkanSel', () => {
  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    expect(netralkanSel('=HYPERLINK("http://x","klik")')).toBe('\'=HYPERLINK("http://x","klik")');
    expect(netralkanSel('+6281234567890')).toBe("'+6281234567890");
    expect(netralkanSel('-1+1')).toBe("'-1+1");
    expect(netralkanSel('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(netralkanSel('\t=1')).toBe("'\t=1");
    expect(netralkanSel('\r=1')).toBe("'\r=1");
    expect(netralkanSel('＝1+1')).toBe("'＝1+1");
  });

  it('leaves ordinary text alone, including a formula sign later in the text', () => {
    for (const teks of ['Koperasi Maju Bersama', '', ' =1', '1+1', 'a=b', "'=sudah", '3674********0001', 'Rp16.800']) {
      expect(netralkanSel(teks)).toBe(teks);
    }
  });

  it('never lets a cell start with a formula character, and only ever adds the apostrophe', () => {
    const teks = fc.oneof(
      fc.string(),
      fc.tuple(fc.constantFrom(...berbahaya), fc.string()).map(([a, b]) => a + b),
      fc.string({ unit: 'grapheme' }),
    );
    fc.assert(
      fc.property(teks, (s) => {
        const out = netralkanSel(s);
        expect(berbahaya.some((c) => out.startsWith(c))).toBe(false);
        expect(out === s || out === `'${s}`).toBe(true);
        expect(netralkanSel(out)).toBe(out);
      }),
      { numRuns: 2000 },
    );
  });
});
