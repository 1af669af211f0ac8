import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../shared/security/csp';
import { serveAppRequest } from './serve-app-request';

let root: string;
const html = '<!doctype html><title>KopLindung</title><p>Koperasi Sejahtera — Malang</p>';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'koplindung-serve-'));
  writeFileSync(join(root, 'index.html'), html);
  writeFileSync(join(root, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('serveAppRequest', () => {
  it('returns the file with its headers', async () => {
    const response = await serveAppRequest(root, new Request('app://koplindung/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(html);
  });

  it('returns binary files byte for byte', async () => {
    const response = await serveAppRequest(root, new Request('app://koplindung/logo.png'));
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]);
  });

  it('returns no body for HEAD', async () => {
    const response = await serveAppRequest(root, new Request('app://koplindung/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('refuses traversal with a plain-text 403 carrying the CSP', async () => {
    const response = await serveAppRequest(root, new Request('app://koplindung/..%2f..%2fetc%2fpasswd'));
    expect(response.status).toBe(403);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await response.text()).toBe('Forbidden');
  });

  it('answers 404 for a missing file', async () => {
    expect((await serveAppRequest(root, new Request('app://koplindung/nope.js'))).status).toBe(404);
  });
});
