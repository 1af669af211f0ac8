/** What a passphrase yields for one bundle: the AES key, and a check value stored in the header. */
export interface BundleKey {
  readonly key: CryptoKey;
  readonly verifikasi: Uint8Array<ArrayBuffer>;
}

/**
 * PBKDF2-SHA-256 → 512 bits: the first 256 are the AES-256-GCM key, the next 128 the check value. Storing the
 * check value lets the importer say "wrong passphrase" (check differs) apart from "file damaged" (check matches,
 * GCM tag fails); it reveals nothing about the key, which comes from different bits of the same derivation.
 * The passphrase is NFC-normalised so the same words typed on two keyboards give the same key.
 */
export async function deriveBundleKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<BundleKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 512));
  const key = await crypto.subtle.importKey('raw', bits.slice(0, 32), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  const verifikasi = bits.slice(32, 48);
  bits.fill(0);
  return { key, verifikasi };
}

/** Compares without stopping at the first difference, so timing says nothing about how close a guess was. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
