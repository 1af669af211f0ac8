import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tulisAtomik } from './tulis-atomik';

describe('tulisAtomik', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'koplindung-atomik-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the file whole and leaves no temporary file', async () => {
    const path = join(dir, 'laporan.xlsx');
    writeFileSync(path, 'lama');
    await tulisAtomik(path, new TextEncoder().encode('baru'));
    expect(readFileSync(path, 'utf8')).toBe('baru');
    expect(existsSync(`${path}.tmp`)).toBe(false);
  });

  it('removes its temporary file when the write fails, leaving what was there', async () => {
    // A folder where the file should go: the rename over it fails after the temporary file was written.
    const path = join(dir, 'terhalang');
    mkdirSync(path);
    writeFileSync(join(path, 'isi.txt'), 'tetap');
    await expect(tulisAtomik(path, new TextEncoder().encode('baru'))).rejects.toThrow();
    expect(existsSync(`${path}.tmp`)).toBe(false);
    expect(readFileSync(join(path, 'isi.txt'), 'utf8')).toBe('tetap');
  });
});
