/**
 * Log lines go to support staff outside the office, so nothing in them may identify a person (UU 27/2022):
 * NIKs, phone numbers and e-mail addresses anywhere in the text, and the value of any field that holds a name, an
 * address or a contact, in JSON (`"nama":"…"`) or in `key: value` / `key=value` text. What stays is what support
 * needs: what failed, where in the code, and when. Pure, so main masks every line it writes with the same code the
 * unit test checks.
 */

const DISAMARKAN = '[disamarkan]';

/** Fields whose values are personal in every table and form (anggota, pengurus, petugas, penandatangan, kop surat). */
const kunciPribadi = [
  'nama',
  'namaLengkap',
  'namaIbu',
  'namaIbuKandung',
  'nik',
  'nikSemua',
  'nikHash',
  'telepon',
  'hp',
  'email',
  'alamat',
  'tempatLahir',
  'tanggalLahir',
  'petugas',
  'petugasPengirim',
  'penandatangan',
  'nip',
  'perwakilan',
  'npwp',
  'rekening',
];
const kunciPola = kunciPribadi.join('|');

/** `"nama": "Siti"`, `"nama":["a","b"]` (JSON). */
const jsonBernilai = new RegExp(`("(?:${kunciPola})"\\s*:\\s*)("(?:[^"\\\\]|\\\\.)*"|\\[[^\\]]*\\]|-?\\d+)`, 'gi');
/** `nama: Siti Aminah`, `nama='Siti'`, `telepon=0812…` (text, up to the next separator). */
const teksBernilai = new RegExp(`(\\b(?:${kunciPola})\\b\\s*[:=]\\s*)(?!\\s*\\[disamarkan\\])("[^"]*"|'[^']*'|[^,;}\\]\\n]+)`, 'gi');
/** 16 digits, possibly grouped with spaces, dots or dashes: a NIK (a Kartu Keluarga number looks the same). */
const nik = /(?<!\d)\d{2}(?:[ .-]?\d){14}(?!\d)/g;
/** Indonesian mobile and fixed numbers: +62 / 62 / 0, then 7–13 digits in groups. */
const telepon = /(?<![\d\w])(?:\+62|62|0)[ -]?\d{2,4}(?:[ -]?\d{2,5}){1,4}(?![\d\w])/g;
const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** `text` with every personal value replaced by a marker (masking a masked text again changes nothing); `rumah` (the user's home folder, which names them) becomes `~`. */
export function samarkanLog(text: string, rumah?: string): string {
  let out = text;
  if (rumah !== undefined && rumah.length > 1) out = out.split(rumah).join('~');
  return out
    .replace(jsonBernilai, (_m, kunci: string) => `${kunci}"${DISAMARKAN}"`)
    .replace(teksBernilai, (_m, kunci: string) => `${kunci}${DISAMARKAN}`)
    .replace(email, '[email]')
    .replace(nik, '[NIK]')
    .replace(telepon, (m) => (m.replace(/\D/g, '').length >= 9 ? '[telepon]' : m));
}
