import { daftarKata } from './daftar-kata';

/**
 * The shortest passphrase an export accepts, in characters. A bundle travels by USB stick and chat app, and
 * whoever finds one can try passphrases offline for as long as they like; eight characters such as `12345678` fall
 * in seconds. Twelve is the floor; a generated passphrase (below) is better.
 */
export const PANJANG_SANDI_MIN = 12;

/** Words in a generated passphrase: five of 256 give 40 bits, about 600,000 PBKDF2 iterations each guess. */
export const JUMLAH_KATA_SANDI = 5;

/** True when a typed passphrase is long enough to lock a bundle; counts characters, not UTF-16 units. */
export function sandiCukupPanjang(sandi: string): boolean {
  return [...sandi.normalize('NFC')].length >= PANJANG_SANDI_MIN;
}

/**
 * *Buatkan kata sandi*: common Indonesian words joined by hyphens ("kopi-pantai-merah-sapi-lilin"), easy to write
 * down and to read over the phone. One random byte per word: the list has exactly 256 words, so every word is
 * equally likely. `acak` fills bytes at random: `crypto.getRandomValues` (WebCrypto) in the app, fixed in tests.
 */
export function buatSandi(acak: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>, jumlahKata: number = JUMLAH_KATA_SANDI): string {
  const bytes = acak(new Uint8Array(jumlahKata));
  return [...bytes].map((b) => daftarKata[b]!).join('-');
}
