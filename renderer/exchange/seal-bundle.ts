import { BUNDLE_FORMAT_VERSION } from '../../shared/exchange/bundle-manifest';
import { base64FromBytes } from './base64-bytes';
import { bundlePrefix, type BundleHeaderJson } from './bundle-header';
import { bundleLimits, DEFAULT_KDF_ITERATIONS } from './bundle-limits';
import { deriveBundleKey, KDF_HKDF, type BundleKdf } from './derive-bundle-key';

export interface SealOptions {
  /** null: no encryption (the officer chose so, e.g. for a copy that stays in the office). */
  readonly passphrase: string | null;
  /** PBKDF2 iterations; only tests lower it. The header records the count used. */
  readonly iterations?: number;
  /** Only tests pass the legacy derivation, to prove files made before still open. */
  readonly kdf?: BundleKdf;
}

/**
 * Turns NDJSON bytes into a bundle file: gzip while the bytes are produced (nothing holds the plain text whole),
 * then AES-256-GCM over the compressed payload with the magic, length and header as additional data, so not one
 * byte of the file can change unnoticed. Used by encodeBundle, and by the hostile corpus to wrap crafted payloads.
 * Each whole copy of the compressed payload (a district's is about 100 MB) is let go once the next is made: the
 * compressor's pieces once joined (or, unencrypted, joined straight into the file), the joined payload once WebCrypto
 * has copied it, the ciphertext once it is in the file.
 */
export async function sealBundle(
  plain: AsyncIterator<Uint8Array<ArrayBuffer>> | Iterator<Uint8Array<ArrayBuffer>>,
  options: SealOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const { passphrase } = options;
  const iterations = options.iterations ?? DEFAULT_KDF_ITERATIONS;
  const kdf = options.kdf ?? KDF_HKDF;
  if (passphrase === '') throw new RangeError('empty passphrase: pass null for an unencrypted bundle');
  if (!Number.isInteger(iterations) || iterations < bundleLimits.minIterations || iterations > bundleLimits.maxIterations) {
    throw new RangeError(`PBKDF2 iterations out of range: ${iterations}`);
  }
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  // Key derivation takes a good part of a second: let it run while the payload compresses.
  const keyPromise = passphrase === null ? null : deriveBundleKey(passphrase, salt, iterations, kdf);
  keyPromise?.catch(() => undefined);
  if (keyPromise === null) {
    // Unencrypted: the compressor's pieces go straight into the file after its prefix.
    const prefix = bundlePrefix({ formatVersion: BUNDLE_FORMAT_VERSION, kompresi: 'gzip', enkripsi: null });
    return concat([prefix, ...(await gzip(plain))]);
  }
  const compressed = concat(await gzip(plain));
  const { key, verifikasi } = await keyPromise;
  const header: BundleHeaderJson = {
    formatVersion: BUNDLE_FORMAT_VERSION,
    kompresi: 'gzip',
    enkripsi: {
      algoritma: 'AES-256-GCM',
      kdf,
      iterasi: iterations,
      garam: base64FromBytes(salt),
      iv: base64FromBytes(iv),
      verifikasi: base64FromBytes(verifikasi),
    },
  };
  const prefix = bundlePrefix(header);
  // WebCrypto copies `compressed` as it starts; nothing uses it after, so the frame waiting below does not keep it.
  const encrypting = crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: prefix, tagLength: 128 }, key, compressed);
  return concat([prefix, new Uint8Array(await encrypting)]);
}

/** The compressor's output, in the pieces it came in. */
async function gzip(plain: AsyncIterator<Uint8Array<ArrayBuffer>> | Iterator<Uint8Array<ArrayBuffer>>): Promise<Uint8Array[]> {
  const source = new ReadableStream<Uint8Array<ArrayBuffer>>({
    async pull(controller) {
      const next = await plain.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
  });
  const parts: Uint8Array[] = [];
  const reader = source.pipeThrough(new CompressionStream('gzip')).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  return parts;
}

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
