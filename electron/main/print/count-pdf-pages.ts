/**
 * How many pages a PDF has, for the print log ("3 halaman") and the saved-file message. Chromium writes every page
 * object uncompressed (`/Type /Page`), so counting those is exact for what this app makes; `/Type /Pages` (the
 * page tree) is not a page. Should a PDF keep its objects in compressed streams, the page tree's largest `/Count`
 * is the answer instead. Reads the bytes as Latin-1, so binary streams cannot break the match.
 */
export function countPdfPages(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
  if (pages > 0) return pages;
  let most = 0;
  for (const match of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)) {
    most = Math.max(most, Number(match[1] ?? match[2]));
  }
  return most;
}
