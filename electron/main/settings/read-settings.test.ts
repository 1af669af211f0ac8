import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tarifIuranBawaan } from '../../../shared/kepesertaan/tarif-iuran';
import { pengaturanDokumenBawaan } from '../../../shared/settings/pengaturan-dokumen-bawaan';
import type { OfficeProfile } from '../../../shared/settings/settings';
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
    expect(readSettings(store, newId)).toEqual({
      deviceId: 'd',
      locale: 'en',
      officeProfile: null,
      tarifIuran: tarifIuranBawaan,
      dokumen: pengaturanDokumenBawaan(null),
      petugasAktif: '',
      retensiTerhapusHari: 365,
      izinkanImporTanpaEnkripsi: false,
    });
    expect(store.get('officeProfile')).toEqual(stale);
  });

  it('reads the shipped rates until the office saves its own', () => {
    expect(readSettings(createConfSettingsStore(dir), newId).tarifIuran).toBe(tarifIuranBawaan);
  });

  it('reads a stored rate table that fails the schema as the shipped rates, without deleting it', () => {
    const overlapping = [tarifIuranBawaan.at(-1), { ...tarifIuranBawaan.at(-1), id: 'b', berlakuMulai: '2025-06-01' }];
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ deviceId: 'd', locale: 'id', officeProfile: null, tarifIuran: overlapping }));
    const store = createConfSettingsStore(dir);
    expect(readSettings(store, newId).tarifIuran).toBe(tarifIuranBawaan);
    expect(store.get('tarifIuran')).toEqual(overlapping);
  });

  it('does not let a damaged rate table stop the app from starting', () => {
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ deviceId: 'd', locale: 'id', officeProfile: null, tarifIuran: [{ pu: 'x' }] }));
    expect(readSettings(createConfSettingsStore(dir), newId)).toMatchObject({ deviceId: 'd', tarifIuran: tarifIuranBawaan });
  });

  it('reads a settings file from before documents were printed: letterhead from the profile, no officer picked', () => {
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ deviceId: 'd', locale: 'id', officeProfile: profile }));
    const settings = readSettings(createConfSettingsStore(dir), newId);
    expect(settings.officeProfile).toEqual(profile);
    expect(settings.dokumen).toEqual(pengaturanDokumenBawaan(profile));
    expect(settings.dokumen.kopSurat.baris[0]).toBe('PEMERINTAH KABUPATEN KARAWANG');
    expect(settings.dokumen.tempatTandaTangan).toBe('Karawang');
    expect(settings.petugasAktif).toBe('');
  });

  it('reads the stored letterhead and officer once saved', () => {
    const store = createConfSettingsStore(dir);
    store.set('officeProfile', profile);
    const dokumen = { ...pengaturanDokumenBawaan(profile), tempatTandaTangan: 'Cikampek' };
    store.set('dokumen', dokumen);
    store.set('petugasAktif', 'Dewi Lestari');
    expect(readSettings(store, newId)).toMatchObject({ dokumen, petugasAktif: 'Dewi Lestari' });
  });

  it('reads a damaged letterhead as the derived one, without deleting it', () => {
    const damaged = { kopSurat: { logo: 'https://example.com/x.png', baris: ['X'] }, penandatangan: {}, tempatTandaTangan: 1 };
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ deviceId: 'd', locale: 'id', officeProfile: profile, dokumen: damaged }));
    const store = createConfSettingsStore(dir);
    expect(readSettings(store, newId).dokumen).toEqual(pengaturanDokumenBawaan(profile));
    expect(store.get('dokumen')).toEqual(damaged);
  });

  it('keeps unencrypted imports refused unless true is stored', () => {
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ deviceId: 'd', locale: 'id', officeProfile: null }));
    expect(readSettings(createConfSettingsStore(dir), newId).izinkanImporTanpaEnkripsi).toBe(false);
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ deviceId: 'd', locale: 'id', officeProfile: null, izinkanImporTanpaEnkripsi: 'ya' }));
    expect(readSettings(createConfSettingsStore(dir), newId).izinkanImporTanpaEnkripsi).toBe(false);
    const store = createConfSettingsStore(dir);
    store.set('izinkanImporTanpaEnkripsi', true);
    expect(readSettings(store, newId).izinkanImporTanpaEnkripsi).toBe(true);
  });
});

const profile: OfficeProfile = {
  provinsiKode: '32',
  provinsiNama: 'Jawa Barat',
  kabupatenKode: '32.15',
  kabupatenNama: 'Kabupaten Karawang',
  namaKantor: 'Dinas Koperasi dan Usaha Kecil Menengah',
  alamat: ['Jl. Jend. Ahmad Yani No. 1'],
  telepon: '',
  email: '',
  laman: '',
  petugas: ['Dewi Lestari'],
};
