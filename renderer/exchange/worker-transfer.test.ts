import { expose, wrap, type Remote } from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import type { MataRantai } from './exchange-worker-api';
import { transferLinks } from './transfer-links';
import { withOutcomes, type Outcomes } from './worker-outcome';

/** A stand-in worker api: it keeps what it returns and what it was sent, so the test can see both sides' buffers. */
function fakeApi() {
  const seen = { sent: [] as Uint8Array[], returned: [] as Uint8Array[] };
  const api = {
    async export(): Promise<{ bytes: Uint8Array; jumlah: number }> {
      const bytes = new Uint8Array([1, 2, 3, 4]);
      seen.returned.push(bytes);
      return { bytes, jumlah: 4 };
    },
    async copyCadangan(rantai: readonly MataRantai[]): Promise<Uint8Array> {
      seen.sent.push(...rantai.map((m) => m.bytes));
      const bytes = new Uint8Array(rantai.reduce((n, m) => n + m.bytes.byteLength, 0));
      seen.returned.push(bytes);
      return bytes;
    },
  };
  return { api, seen };
}

describe('bundle bytes between the exchange worker and the UI', () => {
  const channels: MessageChannel[] = [];
  afterEach(() => {
    for (const c of channels.splice(0)) {
      c.port1.close();
      c.port2.close();
    }
  });

  const connect = <A extends Record<string, (...args: never[]) => unknown>>(api: A): Remote<Outcomes<A>> => {
    const channel = new MessageChannel();
    channels.push(channel);
    expose(withOutcomes(api), channel.port1);
    return wrap<Outcomes<A>>(channel.port2);
  };

  it("moves a result's bytes to the UI: the worker's buffer is detached, the UI gets them whole", async () => {
    const { api, seen } = fakeApi();
    const outcome = await connect(api).export();
    expect(outcome).toMatchObject({ ok: true, value: { jumlah: 4 } });
    if (!outcome.ok) throw new Error('expected a value');
    expect([...outcome.value.bytes]).toEqual([1, 2, 3, 4]);
    expect(seen.returned[0]!.buffer.byteLength).toBe(0);
  });

  it('moves a bare Uint8Array result, and a backup chain sent with transferLinks, without copies', async () => {
    const { api, seen } = fakeApi();
    const rantai = [
      { berkas: 'a.kopl', bytes: new Uint8Array([1, 2]) },
      { berkas: 'b.kopl', bytes: new Uint8Array([3]) },
    ];
    const outcome = await connect(api).copyCadangan(transferLinks(rantai));
    if (!outcome.ok) throw new Error('expected a value');
    expect(outcome.value.byteLength).toBe(3);
    expect(seen.sent.map((b) => [...b])).toEqual([[1, 2], [3]]);
    expect(rantai.map((m) => m.bytes.buffer.byteLength)).toEqual([0, 0]);
    expect(seen.returned[0]!.buffer.byteLength).toBe(0);
  });

  it('copies what is not marked: a chain sent as is stays readable on the UI side', async () => {
    const { api } = fakeApi();
    const rantai = [{ berkas: 'a.kopl', bytes: new Uint8Array([1, 2]) }];
    await connect(api).copyCadangan(rantai);
    expect([...rantai[0]!.bytes]).toEqual([1, 2]);
  });
});
