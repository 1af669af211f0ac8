/** How a letterhead line is set: the government line, the office's name (the biggest), or address and contacts. */
export type GayaBarisKop = 'pemerintah' | 'kantor' | 'alamat';

/**
 * Reads the office's lines the way a letterhead is built (docs/domain.md §5): the leading lines in capitals are the
 * heading — the last of them is the office itself, set biggest, the ones above it the government — and the rest
 * (address, telephone, website, email) follow in small type. A capitalised line with digits is an address. Without
 * any line in capitals the first line is taken as the office's name.
 */
export function gayaBarisKop(baris: readonly string[]): GayaBarisKop[] {
  let judul = 0;
  while (judul < baris.length && isJudul(baris[judul]!)) judul++;
  const kantor = Math.max(judul - 1, 0);
  return baris.map((_, i) => (i < kantor ? 'pemerintah' : i === kantor ? 'kantor' : 'alamat'));
}

function isJudul(line: string): boolean {
  return /\p{L}/u.test(line) && line === line.toLocaleUpperCase('id-ID') && !/\d/.test(line);
}
