/**
 * CSV as offices save it from Excel: comma or semicolon (Excel in Indonesian locale writes ";"), quoted fields
 * with doubled quotes, CR/LF or LF. Every cell stays text: a NIK or a phone never passes through a number.
 */
export function tebakPemisah(teks: string): ',' | ';' | '\t' {
  const baris = teks
    .split(/\r?\n/)
    .slice(0, 10)
    .join('\n')
    .replace(/"[^"]*"/g, '');
  const hitung = (c: string) => baris.split(c).length - 1;
  const calon = ([';', ',', '\t'] as const).map((c) => [c, hitung(c)] as const).sort((a, b) => b[1] - a[1]);
  return calon[0]![1] > 0 ? calon[0]![0] : ',';
}

/** The rows of a CSV text (already decoded), at most `batasBaris` of them (the caller refuses the file past that). */
export function bacaCsv(teks: string, pemisah: string, batasBaris = Number.POSITIVE_INFINITY): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = teks.charCodeAt(0) === 0xfeff ? teks.slice(1) : teks;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === pemisah) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      if (rows.length > batasBaris) return rows;
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
