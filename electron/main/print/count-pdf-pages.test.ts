import { describe, expect, it } from 'vitest';
import { countPdfPages } from './count-pdf-pages';

/** A PDF laid out the way Chromium (Skia) writes one: a page tree, then one uncompressed object per page. */
function chromiumLikePdf(pages: number): Uint8Array {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  const pageObjects = Array.from(
    { length: pages },
    (_, i) => `${i + 3} 0 obj\n<</Type /Page\n/Resources <<>>\n/MediaBox [0 0 594.95996 841.91998]\n/Parent 2 0 R>>\nendobj\n`,
  ).join('');
  const binary = String.fromCharCode(0xe2, 0xe3, 0xcf, 0xd3, 0x2f, 0x54, 0x79, 0x70, 0x65);
  return Buffer.from(
    `%PDF-1.4\n%${binary}\n1 0 obj\n<</Type /Catalog\n/Pages 2 0 R>>\nendobj\n2 0 obj\n<</Type /Pages\n/Count ${pages}\n/Kids [${kids}]>>\nendobj\n${pageObjects}%%EOF\n`,
    'latin1',
  );
}

describe('countPdfPages', () => {
  it.each([1, 3, 12])('counts %i pages', (pages) => {
    expect(countPdfPages(chromiumLikePdf(pages))).toBe(pages);
  });

  it('does not count the page tree as a page, with or without spaces', () => {
    const pdf = Buffer.from('<</Type/Pages/Count 2/Kids [3 0 R 4 0 R]>> <</Type/Page/Parent 2 0 R>> <</Type /Page /Parent 2 0 R>>', 'latin1');
    expect(countPdfPages(pdf)).toBe(2);
  });

  it("reads the page tree's count when the pages sit in compressed object streams", () => {
    const pdf = Buffer.from(
      '%PDF-1.7\n2 0 obj\n<</Count 7/Type/Pages/Kids [5 0 R]>>\nendobj\n9 0 obj\n<</Type/ObjStm/N 7>>\nstream\nx\x9c\x01endstream',
      'latin1',
    );
    expect(countPdfPages(pdf)).toBe(7);
  });

  it('reads a slice of a larger buffer as just that slice', () => {
    const whole = Buffer.concat([chromiumLikePdf(5), chromiumLikePdf(2)]);
    const second = new Uint8Array(whole.buffer, whole.byteOffset + chromiumLikePdf(5).length, chromiumLikePdf(2).length);
    expect(countPdfPages(second)).toBe(2);
  });

  it('is 0 for bytes that are not a PDF', () => {
    expect(countPdfPages(new Uint8Array())).toBe(0);
    expect(countPdfPages(Buffer.from('not a pdf'))).toBe(0);
  });
});
