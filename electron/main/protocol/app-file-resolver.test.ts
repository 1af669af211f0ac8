import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../shared/security/csp';
import { mimeTypeFor, resolveAppFile } from './app-file-resolver';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'koplindung-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  mkdirSync(join(root, 'regions', 'nested'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>KopLindung</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'export {};');
  writeFileSync(join(root, 'assets', 'nama file.css'), 'body{}');
  writeFileSync(join(root, 'regions', '35.json'), '{}');
  writeFileSync(join(root, 'regions', 'nested', 'index.html'), '<p>nested</p>');
  writeFileSync(join(base, 'secret.txt'), 'outside the root');
  writeFileSync(join(base, 'renderer-evil.txt'), 'sibling with a shared prefix');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveAppFile', () => {
  it.each([
    ['app://koplindung/index.html', 'index.html'],
    ['app://koplindung/', 'index.html'],
    ['app://koplindung', 'index.html'],
    ['app://koplindung/index.html#/koperasi/12', 'index.html'],
    ['app://koplindung/assets/index-abc.js?v=2', join('assets', 'index-abc.js')],
    ['app://koplindung/assets/nama%20file.css', join('assets', 'nama file.css')],
    ['app://koplindung/regions/35.json', join('regions', '35.json')],
    ['app://koplindung/regions/nested/', join('regions', 'nested', 'index.html')],
    ['app://koplindung//assets//index-abc.js', join('assets', 'index-abc.js')],
  ])('serves %s', async (url, expected) => {
    const resolution = await resolveAppFile(root, url);
    expect(resolution.status).toBe(200);
    expect(resolution.filePath).toBe(join(root, expected));
  });

  it.each([
    'app://koplindung/../secret.txt',
    'app://koplindung/%2e%2e/secret.txt',
    'app://koplindung/assets/%2e%2e/%2e%2e/secret.txt',
    'app://koplindung/..%2fsecret.txt',
    'app://koplindung/..%2Fsecret.txt',
    'app://koplindung/..%5csecret.txt',
    'app://koplindung/..\\secret.txt',
    'app://koplindung/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://koplindung/%2fetc%2fpasswd',
    'app://koplindung/%5c%5cserver%5cshare',
    'app://koplindung/C:%5cWindows%5cwin.ini',
    'app://koplindung/index.html%00.png',
    'app://koplindung/index.html::$DATA',
    'app://koplindung/../renderer-evil.txt',
  ])('never serves a file outside the root for %s', async (url) => {
    const resolution = await resolveAppFile(root, url);
    expect(resolution.status).not.toBe(200);
    expect(resolution.filePath).toBeUndefined();
  });

  it('refuses encoded traversal with 403', async () => {
    expect((await resolveAppFile(root, 'app://koplindung/..%2fsecret.txt')).status).toBe(403);
  });

  it('refuses malformed percent-encoding with 400', async () => {
    expect((await resolveAppFile(root, 'app://koplindung/%E0%A4%A.js')).status).toBe(400);
    expect((await resolveAppFile(root, 'not a url')).status).toBe(400);
  });

  it('refuses other hosts and schemes with 403', async () => {
    expect((await resolveAppFile(root, 'app://other/index.html')).status).toBe(403);
    expect((await resolveAppFile(root, 'app://koplindung:1/index.html')).status).toBe(403);
    expect((await resolveAppFile(root, 'file:///index.html')).status).toBe(403);
  });

  it('answers 404 for a missing file or a folder without index.html', async () => {
    expect((await resolveAppFile(root, 'app://koplindung/missing.js')).status).toBe(404);
    expect((await resolveAppFile(root, 'app://koplindung/assets')).status).toBe(404);
    expect((await resolveAppFile(root, 'app://koplindung/assets/')).status).toBe(404);
  });

  it('answers 405 for anything but GET and HEAD', async () => {
    expect((await resolveAppFile(root, 'app://koplindung/index.html', 'POST')).status).toBe(405);
    expect((await resolveAppFile(root, 'app://koplindung/index.html', 'HEAD')).status).toBe(200);
  });

  it('sends the CSP, nosniff and the MIME type', async () => {
    const { headers } = await resolveAppFile(root, 'app://koplindung/index.html');
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
  });

  it('sends the CSP and nosniff on refusals too', async () => {
    const { headers } = await resolveAppFile(root, 'app://koplindung/missing.js');
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['a.html', 'text/html; charset=utf-8'],
    ['a.JS', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['a.woff2', 'font/woff2'],
    ['a.wasm', 'application/wasm'],
    ['a.exe', 'application/octet-stream'],
    ['noextension', 'application/octet-stream'],
  ])('%s is %s', (file, type) => expect(mimeTypeFor(file)).toBe(type));
});
