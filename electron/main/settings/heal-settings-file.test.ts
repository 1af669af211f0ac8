import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { healSettingsFile } from './heal-settings-file';

let dir: string;
const now = new Date('2026-12-06T04:10:00.000Z');
const profile = {
  provinsiKode: '32',
  provinsiNama: 'Jawa Barat',
  kabupatenKode: '32.15',
  kabupatenNama: 'Kabupaten Karawang',
  namaKantor: 'Dinas Koperasi',
  alamat: ['Jl. Ahmad Yani 1'],
  telepon: '',
  email: '',
  laman: '',
  petugas: ['Siti'],
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'koplindung-heal-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (content: string) => writeFileSync(join(dir, 'settings.json'), content);
const read = () => JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')) as Record<string, unknown>;

describe('healSettingsFile', () => {
  it('leaves an absent or sound file alone', () => {
    expect(healSettingsFile(dir, 'settings', now)).toBeNull();
    write(JSON.stringify({ locale: 'en', deviceId: 'd-1', officeProfile: profile }));
    expect(healSettingsFile(dir, 'settings', now)).toBeNull();
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });

  it('drops only the bad keys, keeps the device id and the office profile, and keeps the damaged file', () => {
    const damaged = JSON.stringify({ locale: 'fr', deviceId: 'd-1', officeProfile: profile, tarifIuran: 'rusak', masaDepan: 1 });
    write(damaged);
    const healed = healSettingsFile(dir, 'settings', now);
    expect(healed).toEqual({ berkas: 'settings.corrupt-2026-12-06T04-10-00-000Z.json', kunci: ['locale', 'tarifIuran'] });
    expect(read()).toEqual({ deviceId: 'd-1', officeProfile: profile, masaDepan: 1 });
    expect(readFileSync(join(dir, healed!.berkas), 'utf8')).toBe(damaged);
    expect(existsSync(join(dir, 'settings.json.tmp'))).toBe(false);
  });

  it('sets aside a file that is not JSON, or not an object, and names every key', () => {
    write('{"locale": "en", "deviceId": "d-');
    expect(healSettingsFile(dir, 'settings', now)?.kunci).toEqual(['*']);
    expect(read()).toEqual({});
    write('[1, 2]');
    expect(healSettingsFile(dir, 'settings', new Date(now.getTime() + 1000))?.kunci).toEqual(['*']);
  });
});
