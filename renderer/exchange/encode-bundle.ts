import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { BUNDLE_FORMAT_VERSION, bundleManifestSchema, bundleSections, type BundleManifest, type BundleSection } from '../../shared/exchange/bundle-manifest';
import type { BundleContents } from '../../shared/exchange/bundle-contents';
import { BundleError } from './bundle-error';
import { sealBundle } from './seal-bundle';
import { yieldToEventLoop } from './yield-to-event-loop';

export interface EncodeBundleOptions {
  /** null: the bundle is not encrypted (the UI warns; personal data then travels readable). */
  readonly passphrase: string | null;
  /** Work done of the total: records serialised, over two passes (hashing, then writing). */
  readonly onProgress?: (done: number, total: number) => void;
  /** PBKDF2 iterations; tests lower it for speed, the app never passes it (600,000). */
  readonly iterations?: number;
  /** Asked every few chunks: true stops with BundleError('cancelled') before anything leaves the worker (Batal while exporting). */
  readonly dibatalkan?: () => boolean;
}

/** About 256 KB of JSON per chunk handed to the compressor: few calls, little memory. */
const CHUNK_CHARS = 256 * 1024;
const YIELD_EVERY_CHUNKS = 16;

/**
 * Writes a bundle (docs/exchange-format.md). The manifest's format fields and each section's count and SHA-256
 * are set here, over exactly the bytes written, whatever the caller put there. The manifest comes first in the
 * file but its hashes cover what follows, so the records are serialised twice (once to hash, once to write)
 * rather than held whole: a district database is several hundred MB of JSON. Records are written as given
 * (JSON.stringify); the caller passes exchange records (no derived fields, no changedAt). Throws a ZodError if
 * the manifest is invalid.
 */
export async function encodeBundle(contents: BundleContents, options: EncodeBundleOptions): Promise<Uint8Array> {
  const sections = bundleSections.map((section) => [section, sectionRecords(contents, section)] as const);
  const recordCount = sections.reduce((sum, [, records]) => sum + records.length, 0);
  const total = recordCount * 2;
  let done = 0;
  const progress = (records: number) => {
    done += records;
    options.onProgress?.(done, total);
  };
  const periksaBatal = () => {
    if (options.dibatalkan?.()) throw new BundleError('cancelled');
  };
  options.onProgress?.(0, total);

  const isi = {} as Record<BundleSection, { jumlah: number; sha256: string }>;
  let chunkCount = 0;
  for (const [section, records] of sections) {
    const hasher = sha256.create();
    for (const { bytes, records: n } of ndjsonChunks(records)) {
      hasher.update(bytes);
      progress(n);
      if (++chunkCount % YIELD_EVERY_CHUNKS === 0) {
        await yieldToEventLoop();
        periksaBatal();
      }
    }
    isi[section] = { jumlah: records.length, sha256: bytesToHex(hasher.digest()) };
  }
  periksaBatal();
  const manifest: BundleManifest = bundleManifestSchema.parse({ ...contents.manifest, format: 'koplindung-bundle', formatVersion: BUNDLE_FORMAT_VERSION, isi });

  async function* payload(): AsyncGenerator<Uint8Array<ArrayBuffer>> {
    yield new TextEncoder().encode(`${JSON.stringify(manifest)}\n`);
    for (const [, records] of sections) {
      for (const { bytes, records: n } of ndjsonChunks(records)) {
        yield bytes;
        progress(n);
        if (++chunkCount % YIELD_EVERY_CHUNKS === 0) {
          await yieldToEventLoop();
          periksaBatal();
        }
      }
    }
  }
  const sealed = await sealBundle(payload(), {
    passphrase: options.passphrase,
    ...(options.iterations === undefined ? {} : { iterations: options.iterations }),
  });
  if (done !== total) throw new Error('bundle records changed while encoding');
  periksaBatal();
  return sealed;
}

function sectionRecords(contents: BundleContents, section: BundleSection): readonly unknown[] {
  return section === 'alias' ? contents.alias : contents.tables[section];
}

/** One record per line, '\n' after each, grouped into UTF-8 chunks of about CHUNK_CHARS. */
function* ndjsonChunks(records: readonly unknown[]): Generator<{ bytes: Uint8Array<ArrayBuffer>; records: number }> {
  const encoder = new TextEncoder();
  let text = '';
  let count = 0;
  for (const record of records) {
    text += `${JSON.stringify(record)}\n`;
    count++;
    if (text.length >= CHUNK_CHARS) {
      yield { bytes: encoder.encode(text), records: count };
      text = '';
      count = 0;
    }
  }
  if (count > 0) yield { bytes: encoder.encode(text), records: count };
}
