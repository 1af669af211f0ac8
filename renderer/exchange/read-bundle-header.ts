import { parseBundleFrame } from './bundle-header';

/** What the import screen needs before it asks anything: the format, and whether to ask for a passphrase. */
export interface BundleHeader {
  readonly formatVersion: number;
  readonly encrypted: boolean;
}

/**
 * Reads only the framing and header (no key derivation, no decompression), so the UI can refuse a stray file or
 * one from a newer app at once, and ask for a passphrase only when the file has one. Throws BundleError.
 */
export function readBundleHeader(bytes: Uint8Array): BundleHeader {
  const { header } = parseBundleFrame(bytes);
  return { formatVersion: header.formatVersion, encrypted: header.enkripsi !== null };
}
