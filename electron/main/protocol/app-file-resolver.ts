import { stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { contentSecurityPolicy } from '../../../shared/security/csp';
import { APP_HOST, APP_SCHEME } from '../security/navigation-policy';

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The MIME type sent for a file; unknown kinds are served as opaque bytes, which nosniff keeps opaque. */
export function mimeTypeFor(filePath: string): string {
  return mimeTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Headers on every app:// response, errors included: the CSP (the one in shared/security, also sent by the e2e
 * harness), no MIME sniffing, no referrer, and no caching so an updated app never runs a stale file.
 */
export const appResponseHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

export type AppFileResolution =
  | { readonly status: 200; readonly headers: Readonly<Record<string, string>>; readonly filePath: string }
  | { readonly status: 400 | 403 | 404 | 405; readonly headers: Readonly<Record<string, string>>; readonly filePath?: undefined };

const refuse = (status: 400 | 403 | 404 | 405): AppFileResolution => ({
  status,
  headers: { ...appResponseHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
});

/**
 * Maps an `app://koplindung/<path>` request to a file under the built renderer, or says why not. Each path segment
 * is decoded on its own and refused if it could climb out of the root (`..`, an encoded slash or backslash, a drive
 * or stream colon, NUL); the joined path is checked to be inside the root as well. A path ending in `/` means its
 * index.html. No SPA fallback: the renderer uses a hash router, so every page is index.html already.
 */
export async function resolveAppFile(rootDir: string, requestUrl: string, method = 'GET'): Promise<AppFileResolution> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refuse(400);
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(403);
  if (method !== 'GET' && method !== 'HEAD') return refuse(405);

  const segments = url.pathname.split('/').slice(1);
  let decoded: string[];
  try {
    decoded = segments.map((segment) => decodeURIComponent(segment));
  } catch {
    return refuse(400);
  }
  if (decoded.some((segment) => segment === '.' || segment === '..' || /[/\\:\0]/.test(segment))) return refuse(403);
  if (decoded.length === 0 || decoded.at(-1) === '') decoded.push('index.html');

  const root = resolve(rootDir);
  const filePath = join(root, ...decoded.filter((segment) => segment !== ''));
  const inside = relative(root, filePath);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return refuse(403);

  const info = await stat(filePath).catch(() => undefined);
  if (info === undefined || !info.isFile()) return refuse(404);
  return { status: 200, filePath, headers: { ...appResponseHeaders, 'Content-Type': mimeTypeFor(filePath) } };
}
