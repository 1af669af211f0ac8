/** What the save dialog accepts (shared/ipc/contract.ts): at most 120 characters, none Windows refuses. */
export const NAMA_BERKAS_MAKS = 120;

const TERLARANG = /[\\/:*?"<>|]/g;
const kendali = (c: string) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f;

/** Makes a piece of a file name safe: forbidden and control characters become spaces, runs of spaces one, no dots at the ends. */
function bersihkan(part: string): string {
  const visible = [...part].map((c) => (kendali(c) ? ' ' : c)).join('');
  return visible
    .replace(TERLARANG, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
}

/**
 * The PDF name a document suggests: "Daftar Hadir - Sosialisasi BPJS Kecamatan Setu - 2026-11-21.pdf". The title
 * comes from what officers typed (slashes in "Kec. Setu / Serpong" are common), so it is cleaned, and shortened
 * (with "…") so the whole name stays within what the save dialog accepts. Empty parts are left out. The ".pdf" is
 * always there: a title with a dot would otherwise look like an extension to the save handler.
 */
export function namaBerkasPdf(jenis: string, judul: string, tanggal = '', ext = '.pdf'): string {
  const head = bersihkan(jenis);
  const tail = bersihkan(tanggal);
  const sep = ' - ';
  const fixed = [head, tail].filter((p) => p !== '');
  const fixedLength = fixed.join(sep).length + ext.length;
  const room = NAMA_BERKAS_MAKS - fixedLength - sep.length * fixed.length;
  let middle = bersihkan(judul);
  if (middle.length > room) middle = room > 1 ? `${middle.slice(0, room - 1).trimEnd()}…` : '';
  const name = [head, middle, tail].filter((p) => p !== '').join(sep);
  return `${(name || 'Dokumen').slice(0, NAMA_BERKAS_MAKS - ext.length)}${ext}`;
}

/** An export bundle's name: "KopLindung 7 - Kantor Dinas - 2026-11-21.kopl" (this laptop's export number, destination, date). */
export function namaBerkasBundel(nomorEkspor: number, tujuan: string, tanggal: string): string {
  return namaBerkasPdf(`KopLindung ${nomorEkspor}`, tujuan, tanggal, '.kopl');
}
