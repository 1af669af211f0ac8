import { readFile } from 'node:fs/promises';
import { resolveAppFile } from './app-file-resolver';

/**
 * The whole app:// protocol handler as a function of a web Request, so it is tested here with real files and the
 * Electron wiring is a one-liner (`protocol.handle('app', (r) => serveAppRequest(root, r))`). Files are read with
 * fs, which also reads inside app.asar under Electron.
 */
export async function serveAppRequest(rootDir: string, request: Request): Promise<Response> {
  const resolution = await resolveAppFile(rootDir, request.url, request.method);
  if (resolution.status !== 200) {
    return new Response(request.method === 'HEAD' ? null : statusText(resolution.status), {
      status: resolution.status,
      headers: resolution.headers,
    });
  }
  const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(resolution.filePath));
  return new Response(body, { status: 200, headers: resolution.headers });
}

function statusText(status: 400 | 403 | 404 | 405): string {
  switch (status) {
    case 400:
      return 'Bad Request';
    case 403:
      return 'Forbidden';
    case 404:
      return 'Not Found';
    case 405:
      return 'Method Not Allowed';
  }
}
