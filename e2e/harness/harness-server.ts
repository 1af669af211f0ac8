import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pesanSudahBerjalan } from '../../scripts/harness-messages.mjs';
import { serveAppRequest } from '../../electron/main/protocol/serve-app-request';
import { APP_ORIGIN } from '../../electron/main/security/navigation-policy';

/** The port is taken, most likely by a harness started earlier: the message says so, and where, in both languages. */
export class HarnessSudahBerjalan extends Error {
  constructor(readonly origin: string) {
    super(pesanSudahBerjalan(origin));
    this.name = 'HarnessSudahBerjalan';
  }
}

/**
 * Serves the built renderer over http://127.0.0.1 (Chromium blocks module scripts from file://) through the very
 * function behind the app:// scheme, so the harness gets the same files, MIME types and security headers (CSP
 * included) as the desktop app.
 */
export async function startHarnessServer(rendererDir: string, port = 0): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    try {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const response = await serveAppRequest(rendererDir, new Request(`${APP_ORIGIN}${path}`, { method: req.method ?? 'GET' }));
      res.writeHead(response.status, Object.fromEntries(response.headers));
      if (response.body) Readable.fromWeb(response.body as never).pipe(res);
      else res.end();
    } catch {
      res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new HarnessSudahBerjalan(`http://127.0.0.1:${port}`) : error));
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
