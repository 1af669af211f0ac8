import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary, platformExecutable } from './electron-binary.mjs';

let dir;
let electronDir;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'koplindung-electron-binary-'));
  electronDir = join(dir, 'node_modules', 'electron');
  mkdirSync(electronDir, { recursive: true });
  writeFileSync(join(electronDir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('findElectronBinary', () => {
  it('reports a never-downloaded binary, and says how to get one', () => {
    const found = findElectronBinary({ env: {}, electronDir, platform: 'linux' });
    expect(found.path).toBeUndefined();
    expect(found.missing).toMatch(/No Electron binary on this machine/);
    expect(found.missing).toMatch(/ELECTRON_OVERRIDE_DIST_PATH/);
    expect(found.missing).toMatch(/internet/);
  });

  it('finds the binary the package downloaded', () => {
    writeFileSync(join(electronDir, 'path.txt'), 'electron');
    mkdirSync(join(electronDir, 'dist'));
    writeFileSync(join(electronDir, 'dist', 'electron'), '');
    expect(findElectronBinary({ env: {}, electronDir, platform: 'linux' })).toEqual({ path: join(electronDir, 'dist', 'electron') });
  });

  it('reports path.txt pointing at a missing file', () => {
    writeFileSync(join(electronDir, 'path.txt'), 'electron');
    expect(findElectronBinary({ env: {}, electronDir, platform: 'linux' }).missing).toMatch(/does not exist/);
  });

  it('prefers ELECTRON_OVERRIDE_DIST_PATH, as require("electron") does', () => {
    const unpacked = join(dir, 'electron-v45');
    mkdirSync(unpacked);
    writeFileSync(join(unpacked, 'electron.exe'), '');
    const found = findElectronBinary({ env: { ELECTRON_OVERRIDE_DIST_PATH: unpacked }, electronDir, platform: 'win32' });
    expect(found).toEqual({ path: join(unpacked, 'electron.exe') });
  });

  it('reports an override folder without the executable', () => {
    const found = findElectronBinary({ env: { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'nothing') }, electronDir, platform: 'linux' });
    expect(found.missing).toMatch(/ELECTRON_OVERRIDE_DIST_PATH is set/);
  });

  it('reports a missing electron package', () => {
    expect(findElectronBinary({ env: {}, electronDir: join(dir, 'none') }).missing).toMatch(/npm ci/);
  });
});

describe('platformExecutable', () => {
  it('names the executable as electron/install.js does', () => {
    expect(platformExecutable('linux')).toBe('electron');
    expect(platformExecutable('win32')).toBe('electron.exe');
    expect(platformExecutable('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
  });
});
