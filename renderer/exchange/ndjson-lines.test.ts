import { describe, expect, it } from 'vitest';
import { ndjsonLines } from './ndjson-lines';

const enc = new TextEncoder();
const dec = new TextDecoder();

function streamOfChunks(chunks: readonly string[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(enc.encode(c));
      controller.close();
    },
  });
}

async function collect(chunks: readonly string[], limits = { maxLineBytes: 100, maxTotalBytes: 1000 }): Promise<string[]> {
  const out: string[] = [];
  for await (const line of ndjsonLines(streamOfChunks(chunks), limits)) out.push(dec.decode(line));
  return out;
}

describe('ndjsonLines', () => {
  it('splits lines across chunk boundaries, multi-byte characters included', async () => {
    const text = '{"nama":"Siti Aminah"}\n{"nama":"Dédé Rusmana"}\n\n{"kota":"Bandung"}\n';
    const bytes = enc.encode(text);
    // Cut the bytes at every position, including inside the two-byte "é".
    for (let cut = 0; cut <= bytes.length; cut++) {
      const stream = new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(bytes.slice(0, cut));
          c.enqueue(bytes.slice(cut));
          c.close();
        },
      });
      const lines: string[] = [];
      for await (const line of ndjsonLines(stream, { maxLineBytes: 100, maxTotalBytes: 1000 })) lines.push(dec.decode(line));
      expect(lines, `cut at ${cut}`).toEqual(['{"nama":"Siti Aminah"}', '{"nama":"Dédé Rusmana"}', '', '{"kota":"Bandung"}']);
    }
  });

  it('accepts a line of exactly the limit and refuses one byte more, even spread over many chunks', async () => {
    expect(await collect(['a'.repeat(50), 'a'.repeat(50), '\n'])).toEqual(['a'.repeat(100)]);
    await expect(collect(['a'.repeat(50), 'a'.repeat(51), '\n'])).rejects.toMatchObject({ code: 'too-large', detail: { issue: 'line' } });
    await expect(collect(['a'.repeat(60), 'a'.repeat(60)])).rejects.toMatchObject({ code: 'too-large', detail: { issue: 'line' } });
  });

  it('stops as soon as the total passes its limit, without reading the rest', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(enc.encode('{"x":1}\n'.repeat(10)));
      },
    });
    const read = async () => {
      for await (const _line of ndjsonLines(endless, { maxLineBytes: 100, maxTotalBytes: 1000 })) {
        // keep reading
      }
    };
    await expect(read()).rejects.toMatchObject({ code: 'too-large', detail: { issue: 'payload' } });
    expect(pulled).toBeLessThan(20);
  });

  it('refuses a last line without its newline, and a stream that fails, as corrupt', async () => {
    await expect(collect(['{"a":1}\n{"b":'])).rejects.toMatchObject({ code: 'corrupt', detail: { issue: 'unterminated-line' } });
    const failing = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(enc.encode('{"a":1}\n'));
        c.error(new TypeError('incorrect header check'));
      },
    });
    const read = async () => {
      for await (const _line of ndjsonLines(failing, { maxLineBytes: 100, maxTotalBytes: 1000 })) {
        // keep reading
      }
    };
    await expect(read()).rejects.toMatchObject({ code: 'corrupt', detail: { issue: 'gzip' } });
  });
});
