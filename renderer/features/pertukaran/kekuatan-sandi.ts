import { PANJANG_SANDI_MIN } from '../../../shared/sandi/aturan-sandi';

export type KekuatanSandi = 'pendek' | 'lemah' | 'sedang' | 'kuat';

/** Passphrases people pick first; a file locked with one of these is as good as unlocked. */
const umum = [
  'password',
  'passw0rd',
  'qwerty',
  'abc123',
  'admin',
  'rahasia',
  'katasandi',
  'koplindung',
  'koperasi',
  'bismillah',
  'indonesia',
  'iloveyou',
  'dinas',
];

/**
 * A rough strength hint for an export passphrase, shown as it is typed. The file travels by USB stick and chat, so
 * whoever finds it can try passphrases offline for as long as they like; only length and variety help. A few long
 * words beat a short jumble, and the hint says so. Not a guarantee: a hint to steer officers away from "12345678".
 */
export function kekuatanSandi(sandi: string): KekuatanSandi {
  const chars = [...sandi.normalize('NFC')];
  if (chars.length < PANJANG_SANDI_MIN) return 'pendek';
  const lower = sandi.toLowerCase();
  const unik = new Set(chars).size;
  const runtun = /^(?:0123456789|1234567890|9876543210|abcdefghij)/.test(lower.replace(/(.)\1+/g, '$1')) || /^\d+$/.test(sandi);
  if (umum.some((w) => lower.includes(w)) && chars.length < 16) return 'lemah';
  if (unik < 5 || runtun) return 'lemah';
  const jenis = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(sandi)).length;
  const kata = sandi
    .trim()
    .split(/[\s\-_.]+/)
    .filter((w) => w.length >= 3).length;
  if (chars.length >= 16 && (jenis >= 2 || kata >= 3)) return 'kuat';
  if (chars.length >= 12 && jenis >= 3) return 'kuat';
  if (chars.length >= 12 || jenis >= 3) return 'sedang';
  return 'lemah';
}
