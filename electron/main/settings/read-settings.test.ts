import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSettings } from './read-settings';
import { createConfSettingsStore } from './settings-store';

let dir: string;
let made: number;
const newId = () => `device-${++made}`;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'koplindung-read-settings-'));
  made = 0;
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readSettings', () => {
  it('makes a device id on first read only', () => {
    const store = createConfSettingsStore(dir);
    expect(readSettings(store, newId).deviceId).toBe('device-1');
    expect(readSettings(store, newId).deviceId).toBe('device-1');
    expect(readSettings(createConfSettingsStore(dir), newId).deviceId).toBe('device-1');
    expect(made).toBe(1);
  });

  it('reads a stored profile that no longer passes the schema as unset, without deleting it', () => {
    const stale = { namaKantor: 'Dinkop', provinsiKode: '3' };
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ deviceId: 'd', locale: 'en', officeProfile: stale }));
    const store = createConfSettingsStore(dir);
    expect(readSettings(store, newId)).toEqual({ deviceId: 'd', locale: 'en', officeProfile: null });
    expect(store.get('officeProfile')).toEqual(stale);
  });
});
