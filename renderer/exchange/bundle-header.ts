import { z } from 'zod';
import { BUNDLE_FORMAT_VERSION } from '../../shared/exchange/bundle-manifest';
import { bytesFromBase64 } from './base64-bytes';
import { BundleError } from './bundle-error';
import { bundleLimits } from './bundle-limits';
import { bundleKdfs } from './derive-bundle-key';

/** The first 8 bytes of every bundle: lets any tool tell a bundle from a stray file without reading further. */
export const BUNDLE_MAGIC = new TextEncoder().encode('KOPLBNDL');
/** Magic plus the big-endian uint32 header length. */
export const BUNDLE_PREFIX_BYTES = BUNDLE_MAGIC.length + 4;

const base64Of = (length: number) => z.string().refine((s) => bytesFromBase64(s)?.length === length, { message: `base64 of ${length} bytes` });

/** How the payload was protected; null when the officer chose no passphrase. */
export const bundleEncryptionSchema = z.strictObject({
  algoritma: z.literal('AES-256-GCM'),
  /** How the key and check value come from the passphrase (derive-bundle-key.ts); older files name the legacy one. */
  kdf: z.enum(bundleKdfs),
  iterasi: z.number().int().min(bundleLimits.minIterations).max(bundleLimits.maxIterations),
  garam: base64Of(16),
  iv: base64Of(12),
  /** 16 bytes derived from the passphrase beside the key: tells a wrong passphrase from a damaged file. */
  verifikasi: base64Of(16),
});
export type BundleEncryption = z.output<typeof bundleEncryptionSchema>;

/** The readable header of format 1 (docs/exchange-format.md). Unknown keys are refused. */
export const bundleHeaderSchema = z.strictObject({
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  kompresi: z.literal('gzip'),
  enkripsi: z.union([z.null(), bundleEncryptionSchema]),
});
export type BundleHeaderJson = z.output<typeof bundleHeaderSchema>;

/** A bundle split into its parts; `prefix` (magic, length, header) is the AES-GCM additional data. */
export interface BundleFrame {
  readonly header: BundleHeaderJson;
  readonly prefix: Uint8Array;
  readonly payload: Uint8Array;
}

/** Magic, length and header bytes: written before the payload and authenticated with it. */
export function bundlePrefix(header: BundleHeaderJson): Uint8Array<ArrayBuffer> {
  const json = new TextEncoder().encode(JSON.stringify(header));
  if (json.length > bundleLimits.maxHeaderBytes) throw new RangeError('bundle header too long');
  const prefix = new Uint8Array(BUNDLE_PREFIX_BYTES + json.length);
  prefix.set(BUNDLE_MAGIC, 0);
  new DataView(prefix.buffer).setUint32(BUNDLE_MAGIC.length, json.length, false);
  prefix.set(json, BUNDLE_PREFIX_BYTES);
  return prefix;
}

/**
 * Splits and checks the framing and header without a passphrase. The format version is looked at before the rest
 * of the header, so a file from a newer app is reported as such even when its header has fields we do not know.
 */
export function parseBundleFrame(bytes: Uint8Array): BundleFrame {
  if (bytes.length > bundleLimits.maxFileBytes) throw new BundleError('too-large', { issue: 'file' });
  if (bytes.length < BUNDLE_PREFIX_BYTES) {
    const startsLikeBundle = bytes.length > 0 && bytes.every((b, i) => i >= BUNDLE_MAGIC.length || b === BUNDLE_MAGIC[i]);
    throw new BundleError(startsLikeBundle ? 'corrupt' : 'not-a-bundle');
  }
  if (!BUNDLE_MAGIC.every((b, i) => bytes[i] === b)) throw new BundleError('not-a-bundle');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(BUNDLE_MAGIC.length, false);
  if (headerLength === 0 || headerLength > bundleLimits.maxHeaderBytes) throw new BundleError('not-a-bundle', { issue: 'header-length' });
  const end = BUNDLE_PREFIX_BYTES + headerLength;
  if (end > bytes.length) throw new BundleError('corrupt', { issue: 'truncated-header' });

  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(BUNDLE_PREFIX_BYTES, end)));
  } catch {
    throw new BundleError('not-a-bundle', { issue: 'header-json' });
  }
  const formatVersion = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as { formatVersion?: unknown }).formatVersion : undefined;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    throw new BundleError('not-a-bundle', { issue: 'header-format-version' });
  }
  if (formatVersion > BUNDLE_FORMAT_VERSION) throw new BundleError('newer-format', { issue: String(formatVersion) });
  const parsed = bundleHeaderSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BundleError('not-a-bundle', { path: issue?.path.join('.') ?? '', issue: issue?.message ?? 'header' });
  }
  return { header: parsed.data, prefix: bytes.subarray(0, end), payload: bytes.subarray(end) };
}
