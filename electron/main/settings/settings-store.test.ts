import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConfSettingsStore } from './settings-store';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'koplindung-settings-'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('createConfSettingsStore', () => {
  it('reads defaults before anything is saved', () => {
    const store = createConfSettingsStore(dir);
    expect(store.get('locale')).toBe('id');
    expect(store.get('officeProfile')).toBeNull();
    expect(store.get('deviceId')).toBeUndefined();
  });

  it('persists to settings.json in the given folder', () => {
    createConfSettingsStore(dir).set('locale', 'en');
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toMatchObject({ locale: 'en' });
    expect(createConfSettingsStore(dir).get('locale')).toBe('en');
  });

  it('refuses a value of the wrong shape', () => {
    const store = createConfSettingsStore(dir);
    expect(() => store.set('locale', 'fr' as 'en')).toThrow();
    expect(store.get('locale')).toBe('id');
  });

  it('keeps a damaged file aside and starts from defaults when it cannot be read at all', () => {
    writeFileSync(join(dir, 'settings.json'), '{ "locale": "en", ');
    const store = createConfSettingsStore(dir);
    expect(store.get('locale')).toBe('id');
    expect(store.dipulihkan?.kunci).toEqual(['*']);
    expect(readFileSync(join(dir, store.dipulihkan!.berkas), 'utf8')).toBe('{ "locale": "en", ');
  });

  it('keeps every sound key of a file with one bad value, and names the bad one', () => {
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ locale: 'en', deviceId: 42, petugasAktif: 'Siti' }));
    const store = createConfSettingsStore(dir);
    expect(store.get('deviceId')).toBeUndefined();
    expect(store.get('locale')).toBe('en');
    expect(store.get('petugasAktif')).toBe('Siti');
    expect(store.dipulihkan?.kunci).toEqual(['deviceId']);
  });

  it('says nothing of a sound file', () => {
    createConfSettingsStore(dir).set('locale', 'en');
    expect(createConfSettingsStore(dir).dipulihkan).toBeNull();
  });
});
