import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { bundleManifestSchema, bundleSections, type BundleManifest, type BundleSection } from '../../shared/exchange/bundle-manifest';
import type { BundleContents } from '../../shared/exchange/bundle-contents';
import { BundleError } from './bundle-error';
import { parseBundleFrame } from './bundle-header';
import { bundleLimits } from './bundle-limits';
import { describeIssue } from './describe-issue';
import { createBundleRecordChecker } from './bundle-record-checker';
import { ndjsonLines } from './ndjson-lines';
import { openBundlePayload } from './open-bundle-payload';
import { scanParsedValue } from './scan-parsed-value';
import { yieldToEventLoop } from './yield-to-event-loop';

export interface DecodeBundleOptions {
  /** null when the officer gave none; an encrypted bundle then fails with `passphrase-required`. */
  readonly passphrase: string | null;
  /** This app's database schema version: a bundle read from a newer one is refused (`newer-schema`). */
  readonly schemaVersion: number;
  /** This laptop's wall clock (ms) for the future-clock check; Date.now() unless a test fixes it. */
  readonly now?: number;
  /** Records checked so far of all the manifest announces (all sections, aliases included). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Asked after the key derivation and every few thousand lines: true stops with BundleError('cancelled') (Batal while checking). */
  readonly dibatalkan?: () => boolean;
}

const NEWLINE = new Uint8Array([0x0a]);
const PROGRESS_EVERY = 1024;
const YIELD_EVERY = 8192;

/**
 * Opens, decompresses, parses and checks a whole bundle, streaming line by line, and returns its contents only
 * when every check has passed: the caller writes nothing unless this resolves. Throws BundleError.
 *
 * When several things are wrong, the one reported is the most basic: a wrong number of lines (`count-mismatch`)
 * before a section whose bytes differ from the manifest's hash (`hash-mismatch`) before the first bad record. So
 * a damaged unencrypted file reads as damaged, not as a bad record somewhere in it; the decoder keeps hashing to
 * the end after a first problem (it stops parsing), which the size limits keep bounded.
 */
export async function decodeBundle(bytes: Uint8Array, options: DecodeBundleOptions): Promise<BundleContents> {
  const frame = parseBundleFrame(bytes);
  const compressed = await openBundlePayload(frame, options.passphrase);
  const periksaBatal = () => {
    if (options.dibatalkan?.()) throw new BundleError('cancelled');
  };
  periksaBatal();
  const now = options.now ?? Date.now();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const stream = streamOf(compressed).pipeThrough(new DecompressionStream('gzip'));
  const lines = ndjsonLines(stream, { maxLineBytes: bundleLimits.maxLineBytes, maxTotalBytes: bundleLimits.maxPayloadBytes });

  let manifest: BundleManifest | null = null;
  let sectionAt = 0;
  let index = 0;
  let done = 0;
  let total = 0;
  let hasher = sha256.create();
  let hashMismatch: BundleSection | null = null;
  let firstProblem: BundleError | null = null;
  const records: Record<string, unknown[]> = Object.fromEntries(bundleSections.map((s) => [s, []]));
  let check = createBundleRecordChecker(bundleSections[0], now);

  /** Closes finished sections (empty ones at once), comparing each one's hash with the manifest. */
  const closeFinishedSections = (m: BundleManifest) => {
    while (sectionAt < bundleSections.length && index === m.isi[bundleSections[sectionAt]!].jumlah) {
      const section = bundleSections[sectionAt]!;
      if (hashMismatch === null && bytesToHex(hasher.digest()) !== m.isi[section].sha256) hashMismatch = section;
      sectionAt++;
      index = 0;
      hasher = sha256.create();
      if (sectionAt < bundleSections.length) check = createBundleRecordChecker(bundleSections[sectionAt]!, now);
    }
  };

  try {
    for await (const line of lines) {
      if (manifest === null) {
        manifest = parseManifest(decoder, line, frame.header.formatVersion, options.schemaVersion);
        if (manifest.isi.alias.jumlah > bundleLimits.maxAliases) throw new BundleError('too-large', { section: 'alias', issue: 'count' });
        total = bundleSections.reduce((sum, s) => sum + manifest!.isi[s].jumlah, 0);
        options.onProgress?.(0, total);
        periksaBatal();
        closeFinishedSections(manifest);
        continue;
      }
      const section = bundleSections[sectionAt];
      if (section === undefined) throw new BundleError('count-mismatch', { issue: 'extra-lines' });
      hasher.update(line);
      hasher.update(NEWLINE);
      if (firstProblem === null && hashMismatch === null) {
        try {
          records[section]!.push(check(parseLine(decoder, line, section, index), index));
        } catch (error) {
          if (!(error instanceof BundleError)) throw error;
          firstProblem = error;
        }
      }
      index++;
      done++;
      if (done % PROGRESS_EVERY === 0) {
        options.onProgress?.(done, total);
        periksaBatal();
      }
      // The worker's messages (Batal among them) are delivered while it yields.
      if (done % YIELD_EVERY === 0) await yieldToEventLoop();
      closeFinishedSections(manifest);
    }
  } catch (error) {
    // A line too long is found by the splitter, which does not know where it is: say where.
    if (error instanceof BundleError && error.code === 'too-large' && error.detail?.issue === 'line') {
      const section = manifest === null ? 'manifest' : bundleSections[sectionAt];
      throw new BundleError('too-large', {
        ...(section === undefined ? {} : { section }),
        ...(manifest === null || section === undefined ? {} : { index }),
        issue: 'line',
      });
    }
    throw error;
  }

  if (manifest === null) throw new BundleError('invalid-manifest', { section: 'manifest', issue: 'missing' });
  if (sectionAt < bundleSections.length) {
    const section = bundleSections[sectionAt]!;
    throw new BundleError('count-mismatch', { section, issue: `${index}/${manifest.isi[section].jumlah}` });
  }
  if (hashMismatch !== null) throw new BundleError('hash-mismatch', { section: hashMismatch });
  if (firstProblem !== null) throw firstProblem;
  options.onProgress?.(total, total);

  const { alias, ...tables } = records;
  return { manifest, tables: tables as unknown as BundleContents['tables'], alias: alias as BundleContents['alias'] };
}

function parseLine(decoder: TextDecoder, line: Uint8Array, section: string, index: number): unknown {
  try {
    return JSON.parse(decoder.decode(line));
  } catch {
    throw new BundleError('invalid-record', { section, index, issue: 'json' });
  }
}

/**
 * The manifest, checked in the order that gives the most useful answer: a bundle from a newer database is
 * "update the app", even if its manifest has fields this version does not know.
 */
function parseManifest(decoder: TextDecoder, line: Uint8Array, headerFormatVersion: number, schemaVersion: number): BundleManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(decoder.decode(line));
  } catch {
    throw new BundleError('invalid-manifest', { section: 'manifest', issue: 'json' });
  }
  const finding = scanParsedValue(raw);
  if (finding)
    throw new BundleError(finding.code === 'forbidden-key' ? 'forbidden-key' : 'invalid-manifest', {
      section: 'manifest',
      path: finding.path,
      issue: finding.issue,
    });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new BundleError('invalid-manifest', { section: 'manifest', issue: 'not-an-object' });
  const claimed = raw as { schemaVersion?: unknown; formatVersion?: unknown };
  if (typeof claimed.schemaVersion === 'number' && claimed.schemaVersion > schemaVersion) {
    throw new BundleError('newer-schema', { section: 'manifest', path: 'schemaVersion', issue: String(claimed.schemaVersion) });
  }
  if (claimed.formatVersion !== headerFormatVersion) {
    throw new BundleError('invalid-manifest', { section: 'manifest', path: 'formatVersion', issue: 'differs-from-header' });
  }
  const parsed = bundleManifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new BundleError('invalid-manifest', { section: 'manifest', ...describeIssue(parsed.error.issues[0]) });
  }
  return parsed.data;
}

/** Feeds the payload to the decompressor in 1 MB views, without copying it. */
function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array<ArrayBuffer>> {
  const CHUNK = 1024 * 1024;
  let offset = 0;
  return new ReadableStream<Uint8Array<ArrayBuffer>>({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.subarray(offset, offset + CHUNK) as Uint8Array<ArrayBuffer>);
      offset += CHUNK;
    },
  });
}
