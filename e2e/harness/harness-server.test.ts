import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HarnessSudahBerjalan, startHarnessServer } from './harness-server';

let blocker: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (blocker ? blocker.close(() => resolve()) : resolve())));

describe('startHarnessServer', () => {
  it('on a port already taken, refuses with the bilingual "already running" message instead of EADDRINUSE', async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker!.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;

    const started = startHarnessServer('/nonexistent', port);

    await expect(started).rejects.toBeInstanceOf(HarnessSudahBerjalan);
    await expect(started).rejects.toThrow(`KopLindung (harness) sudah berjalan di http://127.0.0.1:${port}.`);
    await expect(started).rejects.toThrow(`KopLindung (harness) is already running at http://127.0.0.1:${port}.`);
  });

  it('serves on a free port', async () => {
    const server = await startHarnessServer('/nonexistent', 0);
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await server.close();
  });
});
