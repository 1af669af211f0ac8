/** What a passphrase yields for one bundle: the AES key, and a check value stored in the header. */
export interface BundleKey {
  readonly key: CryptoKey;
  readonly verifikasi: Uint8Array<ArrayBuffer>;
}

/**
 * The key derivations a bundle header may name (`enkripsi.kdf`, docs/exchange-format.md). New bundles use
 * {@link KDF_HKDF}; {@link KDF_PBKDF2_LEGACY} is read so every file and backup made before stays open.
 */
export const KDF_HKDF = 'PBKDF2-SHA-256+HKDF-SHA-256';
export const KDF_PBKDF2_LEGACY = 'PBKDF2-SHA-256';
export const bundleKdfs = [KDF_HKDF, KDF_PBKDF2_LEGACY] as const;
export type BundleKdf = (typeof bundleKdfs)[number];

const HKDF_INFO_KEY = new TextEncoder().encode('koplindung/bundle/aes-256-gcm');
const HKDF_INFO_CHECK = new TextEncoder().encode('koplindung/bundle/verifikasi');

/**
 * The passphrase's key and check value. The passphrase is NFC-normalised so the same words typed on two keyboards
 * give the same key. Storing the check value lets the importer say "wrong passphrase" (check differs) apart from
 * "file damaged" (check matches, GCM tag fails); it reveals nothing about the key.
 *
 * - `PBKDF2-SHA-256+HKDF-SHA-256` (new bundles): one PBKDF2 output block (256 bits), then HKDF-SHA-256 with two
 *   labels for the AES-256-GCM key and the 16-byte check value. The app pays exactly one PBKDF2 run per open, as an
 *   attacker pays per guess.
 * - `PBKDF2-SHA-256` (format 1 bundles made before): 512 bits of PBKDF2, key from the first 256, check value from
 *   the next 128. That costs two full PBKDF2 runs, and a guess can be tested against the check value with only the
 *   second: the app paid twice what an attacker pays. Read, never written.
 */
export async function deriveBundleKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number, kdf: BundleKdf = KDF_HKDF): Promise<BundleKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const pbkdf2 = { name: 'PBKDF2', hash: 'SHA-256', salt, iterations };
  if (kdf === KDF_PBKDF2_LEGACY) {
    const bits = new Uint8Array(await crypto.subtle.deriveBits(pbkdf2, material, 512));
    const key = await crypto.subtle.importKey('raw', bits.slice(0, 32), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
    const verifikasi = bits.slice(32, 48);
    bits.fill(0);
    return { key, verifikasi };
  }
  const master = new Uint8Array(await crypto.subtle.deriveBits(pbkdf2, material, 256));
  const hkdfKey = await crypto.subtle.importKey('raw', master, 'HKDF', false, ['deriveBits', 'deriveKey']);
  master.fill(0);
  const hkdf = (info: Uint8Array<ArrayBuffer>) => ({ name: 'HKDF', hash: 'SHA-256', salt, info });
  const key = await crypto.subtle.deriveKey(hkdf(HKDF_INFO_KEY), hkdfKey, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const verifikasi = new Uint8Array(await crypto.subtle.deriveBits(hkdf(HKDF_INFO_CHECK), hkdfKey, 128));
  return { key, verifikasi };
}

/** Compares without stopping at the first difference, so timing says nothing about how close a guess was. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
