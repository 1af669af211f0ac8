import { sha256 } from '@noble/hashes/sha2.js';
import type { BundleContents } from '../shared/exchange/bundle-contents';
import { bundleSections, type BundleSection } from '../shared/exchange/bundle-manifest';
import { parseBundleFrame } from '../renderer/exchange/bundle-header';
import { bundleLimits, DEFAULT_KDF_ITERATIONS } from '../renderer/exchange/bundle-limits';
import { createBundleRecordChecker } from '../renderer/exchange/bundle-record-checker';
import { deriveBundleKey } from '../renderer/exchange/derive-bundle-key';
import { ndjsonLines } from '../renderer/exchange/ndjson-lines';
import { openBundlePayload } from '../renderer/exchange/open-bundle-payload';
import { sealBundle } from '../renderer/exchange/seal-bundle';
import type { DecodeParts, EncodeParts } from './bench-types';

/**
 * Where encodeBundle's and decodeBundle's time goes: each step done alone, over the same records or bytes, with the
 * app's own pieces (sealBundle, deriveBundleKey, openBundlePayload, ndjsonLines, the record checker) where they are
 * exported and the same few lines where they are not (the NDJSON chunker, the 1 MB stream views). Each pass is
 * timed on its own after the real encode/decode, so the parts are not a breakdown of one run: they add up to about
 * the real figure, less what overlaps (the key derivation runs beside the compression in encodeBundle).
 */

const CHUNK_CHARS = 256 * 1024;
const NEWLINE = new Uint8Array([0x0a]);

const sectionRecords = (contents: BundleContents, section: BundleSection): readonly unknown[] =>
  section === 'alias' ? contents.alias : contents.tables[section];

/** encode-bundle.ts's chunker: one record per line, about 256 KB of JSON per UTF-8 chunk. */
function* ndjsonChunks(records: readonly unknown[]): Generator<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder();
  let text = '';
  for (const record of records) {
    text += `${JSON.stringify(record)}\n`;
    if (text.length >= CHUNK_CHARS) {
      yield encoder.encode(text);
      text = '';
    }
  }
  if (text.length > 0) yield encoder.encode(text);
}

function* allChunks(contents: BundleContents): Generator<Uint8Array<ArrayBuffer>> {
  for (const section of bundleSections) yield* ndjsonChunks(sectionRecords(contents, section));
}

const since = (started: number) => Math.round(performance.now() - started);

/** The size of `JSON.stringify(contents)` in UTF-8 bytes, counted piece by piece (the whole string could pass V8's limit). */
export function plainJsonBytes(contents: BundleContents): number {
  const encoder = new TextEncoder();
  let bytes = encoder.encode(`{"manifest":${JSON.stringify(contents.manifest)},"tables":{`).length;
  const array = (records: readonly unknown[]) => {
    let n = 2 + Math.max(0, records.length - 1); // [ ] and the commas
    for (const chunk of ndjsonChunks(records)) n += chunk.length;
    return n - records.length; // the chunker's newlines
  };
  bundleSections.forEach((section, i) => {
    if (section === 'alias') return;
    bytes += encoder.encode(`${i === 0 ? '' : ','}"${section}":`).length + array(sectionRecords(contents, section));
  });
  bytes += encoder.encode('},"alias":').length + array(contents.alias) + 1;
  return bytes;
}

/** The encode's steps one by one: KDF alone, one serialising pass alone, with SHA-256, with gzip, and AES-GCM of the gzip. */
export async function encodeParts(contents: BundleContents, passphrase: string): Promise<EncodeParts> {
  let started = performance.now();
  let ndjsonBytes = 0;
  for (const chunk of allChunks(contents)) ndjsonBytes += chunk.length;
  const serialiseMs = since(started);

  started = performance.now();
  for (const section of bundleSections) {
    const hasher = sha256.create();
    for (const chunk of ndjsonChunks(sectionRecords(contents, section))) hasher.update(chunk);
    hasher.digest();
  }
  const serialiseHashMs = since(started);

  started = performance.now();
  const gzipped = await sealBundle(allChunks(contents), { passphrase: null });
  const serialiseGzipMs = since(started);

  const salt = crypto.getRandomValues(new Uint8Array(16));
  started = performance.now();
  const { key } = await deriveBundleKey(passphrase, salt, DEFAULT_KDF_ITERATIONS);
  const kdfMs = since(started);

  started = performance.now();
  await crypto.subtle.encrypt({ name: 'AES-GCM', iv: crypto.getRandomValues(new Uint8Array(12)), tagLength: 128 }, key, gzipped);
  const encryptMs = since(started);
  return { kdfMs, serialiseMs, serialiseHashMs, serialiseGzipMs, encryptMs, ndjsonBytes, gzipOnlyBytes: gzipped.length };
}

/** decode-bundle.ts's feed: the payload in 1 MB views. */
function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array<ArrayBuffer>> {
  const CHUNK = 1024 * 1024;
  let offset = 0;
  return new ReadableStream<Uint8Array<ArrayBuffer>>({
    pull(controller) {
      if (offset >= bytes.length) controller.close();
      else controller.enqueue(bytes.subarray(offset, offset + CHUNK) as Uint8Array<ArrayBuffer>);
      offset += CHUNK;
    },
  });
}

const lines = (compressed: Uint8Array) =>
  ndjsonLines(streamOf(compressed).pipeThrough(new DecompressionStream('gzip')), {
    maxLineBytes: bundleLimits.maxLineBytes,
    maxTotalBytes: bundleLimits.maxPayloadBytes,
  });

/**
 * The decode's steps one by one: open (key derivation + AES-GCM decrypt and check), inflate and split into lines,
 * the same with SHA-256 of every line, the same with UTF-8 decoding and JSON.parse of every line, and the record
 * checks (generic scan, zod, unique ids, clocks) over the decoded records.
 */
export async function decodeParts(bytes: Uint8Array, passphrase: string, decoded: BundleContents): Promise<DecodeParts> {
  let started = performance.now();
  const compressed = await openBundlePayload(parseBundleFrame(bytes), passphrase);
  const openMs = since(started);

  started = performance.now();
  let count = 0;
  let inflatedBytes = 0;
  for await (const line of lines(compressed)) {
    count++;
    inflatedBytes += line.length + 1;
  }
  const inflateMs = since(started);

  started = performance.now();
  const hasher = sha256.create();
  for await (const line of lines(compressed)) {
    hasher.update(line);
    hasher.update(NEWLINE);
  }
  hasher.digest();
  const inflateHashMs = since(started);

  started = performance.now();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parsed = 0;
  for await (const line of lines(compressed)) if (JSON.parse(decoder.decode(line)) !== null) parsed++;
  const inflateParseMs = since(started);

  const now = Date.now();
  started = performance.now();
  for (const section of bundleSections) {
    const check = createBundleRecordChecker(section, now);
    sectionRecords(decoded, section).forEach((record, index) => check(record, index));
  }
  const validateMs = since(started);
  if (parsed !== count) throw new Error(`decode parts: ${count} lines, ${parsed} parsed`);
  return { openMs, inflateMs, inflateHashMs, inflateParseMs, validateMs, lines: count, inflatedBytes };
}
