/**
 * The keyed hash an erased person's record keeps instead of their NIK: HMAC-SHA256 (WebCrypto) with a key derived
 * from the office's region code, so every laptop of one office hashes a NIK alike and the hash alone does not give
 * the NIK back to someone without the key. Empty NIK: no hash.
 */
export async function hashNik(nik: string, kabupatenKode: string): Promise<string | undefined> {
  if (!nik) return undefined;
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(`koplindung/hapus-data-pribadi/v1/${kabupatenKode}`), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(nik)));
  return [...mac].map((b) => b.toString(16).padStart(2, '0')).join('');
}
