import { BundleError } from './bundle-error';

export interface NdjsonLimits {
  /** Longest line, without its '\n'. */
  readonly maxLineBytes: number;
  /** All bytes the stream may produce (the decompressed payload). */
  readonly maxTotalBytes: number;
}

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into lines (without the '\n') as the bytes arrive, so a payload of hundreds of MB is never
 * one string. Works on bytes, not text: '\n' never occurs inside a multi-byte UTF-8 sequence, and the section hash
 * is over these very bytes. Stops with `too-large` the moment a line or the total passes its limit (a zip bomb
 * is cut short), with `corrupt` when the stream fails (gzip damage) or ends inside a line. A yielded line may be
 * a view into the stream's buffer: use it before asking for the next.
 */
export async function* ndjsonLines(source: ReadableStream<Uint8Array>, limits: NdjsonLimits): AsyncGenerator<Uint8Array, void, undefined> {
  const reader = source.getReader();
  let carry: Uint8Array[] = [];
  let carryLength = 0;
  let total = 0;
  try {
    for (;;) {
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch {
        throw new BundleError('corrupt', { issue: 'gzip' });
      }
      if (result.done) break;
      const chunk = result.value;
      total += chunk.length;
      if (total > limits.maxTotalBytes) throw new BundleError('too-large', { issue: 'payload' });
      let start = 0;
      for (let nl = chunk.indexOf(NEWLINE, start); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
        const length = carryLength + nl - start;
        if (length > limits.maxLineBytes) throw new BundleError('too-large', { issue: 'line' });
        if (carryLength === 0) {
          yield chunk.subarray(start, nl);
        } else {
          carry.push(chunk.subarray(start, nl));
          yield join(carry, length);
          carry = [];
          carryLength = 0;
        }
        start = nl + 1;
      }
      if (start < chunk.length) {
        carryLength += chunk.length - start;
        if (carryLength > limits.maxLineBytes) throw new BundleError('too-large', { issue: 'line' });
        // Copy: the stream may reuse its buffer for the next chunk.
        carry.push(chunk.slice(start));
      }
    }
    if (carryLength > 0) throw new BundleError('corrupt', { issue: 'unterminated-line' });
  } finally {
    reader.cancel().catch(() => undefined);
  }
}

function join(parts: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
