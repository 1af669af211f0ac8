import { bytesFromBase64 } from './base64-bytes';
import { BundleError } from './bundle-error';
import type { BundleFrame } from './bundle-header';
import { deriveBundleKey, sameBytes } from './derive-bundle-key';

const GCM_TAG_BYTES = 16;

/**
 * The gzip payload of a bundle, decrypted and authenticated when it is encrypted. AES-GCM checks the whole file
 * (header included) before returning a byte, so an encrypted bundle that opens is exactly what its maker wrote.
 */
export async function openBundlePayload(frame: BundleFrame, passphrase: string | null): Promise<Uint8Array> {
  const { enkripsi } = frame.header;
  if (enkripsi === null) return frame.payload;
  if (passphrase === null || passphrase === '') throw new BundleError('passphrase-required');
  // The header schema has already checked these decode to the right lengths.
  const salt = bytesFromBase64(enkripsi.garam)!;
  const iv = bytesFromBase64(enkripsi.iv)!;
  const { key, verifikasi } = await deriveBundleKey(passphrase, salt, enkripsi.iterasi, enkripsi.kdf);
  if (!sameBytes(verifikasi, bytesFromBase64(enkripsi.verifikasi)!)) throw new BundleError('wrong-passphrase');
  if (frame.payload.length < GCM_TAG_BYTES) throw new BundleError('corrupt', { issue: 'truncated-payload' });
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: plainBuffer(frame.prefix), tagLength: 128 }, key, plainBuffer(frame.payload)),
    );
  } catch {
    throw new BundleError('corrupt', { issue: 'authentication' });
  }
}

/** WebCrypto takes views of a plain ArrayBuffer only; copy just when the caller's bytes sit in a shared one. */
function plainBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice();
}
