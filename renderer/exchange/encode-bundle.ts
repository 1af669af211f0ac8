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
 * Writes a bundle (docs/exchange-format.md) of records held in memory. The manifest's format fields and each
 * section's count and SHA-256 are set here, over exactly the bytes written, whatever the caller put there. The
 * manifest comes first in the file but its hashes cover what follows, so the records are serialised twice (once to
 * hash, once to write) rather than held whole as JSON: a district database is several hundred MB of it. Records are
 * written as given (JSON.stringify); the caller passes exchange records (no derived fields, no changedAt). Throws a
 * ZodError if the manifest is invalid. An export straight from the database reads in pages instead, so the records
 * are never held whole either (exportBundle); this one serves a backup copy and the tests.
 */
export async function encodeBundle(contents: BundleContents, options: EncodeBundleOptions): Promise<Uint8Array> {
  const sections = bundleSections.map((section) => [section, sectionRecords(contents, section)] as const);
  const recordCount = sections.reduce((sum, [, records]) => sum + records.length, 0);
  const progress = bundleProgress(recordCount * 2, options.onProgress);
  const periksaBatal = () => {
    if (options.dibatalkan?.()) throw new BundleError('cancelled');
  };

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
  return writeBundle(manifest, (section) => [sectionRecords(contents, section)], options, progress);
}

/** A section's records a page at a time: the same records in the same order as when the manifest was hashed. */
export type SectionPages = (section: BundleSection) => AsyncIterable<readonly unknown[]> | Iterable<readonly unknown[]>;

/** A section read again for writing differs from what was hashed: the records changed between the two passes. */
export class SectionChangedError extends Error {
  constructor(readonly section: BundleSection) {
    super(`bundle section ${section} changed while encoding`);
    this.name = 'SectionChangedError';
  }
}

/**
 * The write pass: the manifest line, then every section's records as NDJSON, gzipped and sealed as the manifest
 * says. `pages` must give exactly the records that were hashed: a source that can change between the passes checks
 * that itself and throws SectionChangedError (exportBundle); here each section's count is checked against the
 * manifest. `progress` counts records written.
 */
export async function writeBundle(
  manifest: BundleManifest,
  pages: SectionPages,
  options: EncodeBundleOptions,
  progress: (records: number) => void,
): Promise<Uint8Array> {
  const periksaBatal = () => {
    if (options.dibatalkan?.()) throw new BundleError('cancelled');
  };
  let chunkCount = 0;
  let gagal: unknown = null;
  async function* payload(): AsyncGenerator<Uint8Array<ArrayBuffer>> {
    try {
      yield new TextEncoder().encode(`${JSON.stringify(manifest)}\n`);
      for (const section of bundleSections) {
        const chunker = new NdjsonChunker();
        let jumlah = 0;
        const take = (chunk: NdjsonChunk) => {
          jumlah += chunk.records;
          progress(chunk.records);
          return chunk.bytes;
        };
        for await (const records of pages(section)) {
          for (const record of records) {
            const chunk = chunker.add(record);
            if (chunk === null) continue;
            yield take(chunk);
            if (++chunkCount % YIELD_EVERY_CHUNKS === 0) {
              await yieldToEventLoop();
              periksaBatal();
            }
          }
        }
        const rest = chunker.flush();
        if (rest !== null) yield take(rest);
        if (jumlah !== manifest.isi[section].jumlah) throw new SectionChangedError(section);
      }
    } catch (error) {
      gagal = error;
      throw error;
    }
  }
  try {
    const sealed = await sealBundle(payload(), {
      passphrase: options.passphrase,
      ...(options.iterations === undefined ? {} : { iterations: options.iterations }),
    });
    periksaBatal();
    return sealed;
  } catch (error) {
    // The stream may hand back its own error in place of the one the records threw.
    throw gagal ?? error;
  }
}

/** Reports records done of `total` (hash pass and write pass together), starting at 0. */
export function bundleProgress(total: number, onProgress?: (done: number, total: number) => void): (records: number) => void {
  let done = 0;
  onProgress?.(0, total);
  return (records) => {
    done += records;
    onProgress?.(done, total);
  };
}

function sectionRecords(contents: BundleContents, section: BundleSection): readonly unknown[] {
  return section === 'alias' ? contents.alias : contents.tables[section];
}

export interface NdjsonChunk {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly records: number;
}

/** One record per line, '\n' after each, grouped into UTF-8 chunks of about CHUNK_CHARS, fed a record at a time. */
export class NdjsonChunker {
  private readonly encoder = new TextEncoder();
  private text = '';
  private count = 0;

  /** A chunk once about CHUNK_CHARS are waiting, else null. */
  add(record: unknown): NdjsonChunk | null {
    return this.addLine(JSON.stringify(record));
  }

  /** The same for a record already serialised (one line, without its '\n'). */
  addLine(line: string): NdjsonChunk | null {
    this.text += `${line}\n`;
    this.count++;
    return this.text.length >= CHUNK_CHARS ? this.take() : null;
  }

  /** Whatever is left, or null. */
  flush(): NdjsonChunk | null {
    return this.count > 0 ? this.take() : null;
  }

  private take(): NdjsonChunk {
    const chunk = { bytes: this.encoder.encode(this.text), records: this.count };
    this.text = '';
    this.count = 0;
    return chunk;
  }
}

function* ndjsonChunks(records: readonly unknown[]): Generator<NdjsonChunk> {
  const chunker = new NdjsonChunker();
  for (const record of records) {
    const chunk = chunker.add(record);
    if (chunk) yield chunk;
  }
  const rest = chunker.flush();
  if (rest) yield rest;
}
