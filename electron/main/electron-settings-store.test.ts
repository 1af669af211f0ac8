import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readSettings } from './settings/read-settings';
import { createConfSettingsStore } from './settings/settings-store';

/**
 * electron-store needs the `electron` module, which cannot load outside Electron here, so this is the one test
 * that fakes it: just enough of `app` and `ipcMain` for electron-store's constructor. What it checks is real:
 * electron-store accepts our options and writes the same file the conf store (tests, harness) reads.
 */
vi.mock('electron', () => {
  const electron = {
    app: { getPath: () => tmpdir(), getVersion: () => '0.1.0' },
    ipcMain: { on: () => {} },
    shell: {},
  };
  return { default: electron, ...electron };
});

const { createElectronSettingsStore } = await import('./electron-settings-store');

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'koplindung-electron-store-'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('createElectronSettingsStore', () => {
  it('keeps settings in <userData>/settings.json, the same file the conf store uses', () => {
    const store = createElectronSettingsStore(dir);
    expect(store.get('locale')).toBe('id');
    store.set('locale', 'en');
    const { deviceId } = readSettings(store, () => 'device-from-electron-store');
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toMatchObject({ locale: 'en', deviceId });
    expect(readSettings(createConfSettingsStore(dir), () => 'other')).toMatchObject({ locale: 'en', deviceId });
  });

  it('applies the same schema', () => {
    expect(() => createElectronSettingsStore(dir).set('locale', 'fr' as 'en')).toThrow();
  });
});
