import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSettings } from './read-settings';
import { createConfSettingsStore } from './settings-store';

/**
 * The settings file's half of an update from a USB stick (docs/pembaruan.md; the database's half is
 * renderer/db/migrations.test.ts): settings.json as each earlier release wrote it, frozen here, must open in this
 * build with every value kept, nothing set aside as damaged, and each key added since read as its default. Offices
 * skip versions, so every generation is tried, not only the last. Append a generation when a release adds a key;
 * never edit one.
 */
const profile = {
  provinsiKode: '32',
  provinsiNama: 'Jawa Barat',
  kabupatenKode: '32.15',
  kabupatenNama: 'Kabupaten Karawang',
  namaKantor: 'Dinas Koperasi dan Usaha Kecil Menengah',
  alamat: ['Jl. Jend. Ahmad Yani No. 1'],
  telepon: '(0267) 8632100',
  email: '',
  laman: '',
  petugas: ['Dewi Lestari', 'Budi Santoso'],
};
const tarif = [
  {
    id: 'kantor-2026-01-01',
    berlakuMulai: '2026-01-01',
    berlakuSampai: '',
    sumber: 'Pengumuman BPJS Ketenagakerjaan 2026',
    pu: {
      jkkPersen: [0.24, 0.54, 0.89, 1.27, 1.74],
      jkmPersen: 0.3,
      jhtPemberiKerjaPersen: 3.7,
      jhtPekerjaPersen: 2,
      jpPemberiKerjaPersen: 2,
      jpPekerjaPersen: 1,
      jpBatasUpah: 11_086_300,
    },
    bpu: { jkkPersen: 1, jkkMinimum: 10_000, jkmTetap: 6_800, jhtPersen: 2 },
  },
];
const dokumen = {
  kopSurat: { logo: '', baris: ['PEMERINTAH KABUPATEN KARAWANG', 'DINAS KOPERASI DAN USAHA KECIL MENENGAH', 'Jl. Jend. Ahmad Yani No. 1'] },
  penandatangan: {
    nama: 'Drs. H. Asep Supriatna',
    jabatan: 'Kepala Dinas Koperasi dan Usaha Kecil Menengah Kabupaten Karawang',
    pangkat: 'Pembina Utama Muda',
    nip: '196805121994031005',
  },
  tempatTandaTangan: 'Karawang',
};

const generations: Record<string, Record<string, unknown>> = {
  'first release: the office profile': { deviceId: 'laptop-lama', locale: 'id', officeProfile: profile },
  "with the office's own rates": { deviceId: 'laptop-lama', locale: 'id', officeProfile: profile, tarifIuran: tarif },
  'with letterhead, officer on duty and retention': {
    deviceId: 'laptop-lama',
    locale: 'en',
    officeProfile: profile,
    tarifIuran: tarif,
    dokumen,
    petugasAktif: 'Budi Santoso',
    retensiTerhapusHari: 730,
  },
};

describe('settings.json written by an earlier release', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'koplindung-settings-migration-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each(Object.entries(generations))('opens with every value kept: %s', (_name, stored) => {
    writeFileSync(join(dir, 'settings.json'), JSON.stringify(stored, null, '\t'));
    const store = createConfSettingsStore(dir);
    expect(store.dipulihkan).toBeNull();
    const settings = readSettings(store, () => 'tidak-boleh-dipakai');
    expect(settings.deviceId).toBe('laptop-lama');
    expect(settings.locale).toBe(stored.locale);
    expect(settings.officeProfile).toEqual(profile);
    if (stored.tarifIuran) expect(settings.tarifIuran).toEqual(tarif);
    // Added since: the signer's *a.n.* line, empty until the office sets it.
    if (stored.dokumen) expect(settings.dokumen).toEqual({ ...dokumen, penandatangan: { atasNama: '', ...dokumen.penandatangan } });
    expect(settings.petugasAktif).toBe(stored.petugasAktif ?? '');
    expect(settings.retensiTerhapusHari).toBe(stored.retensiTerhapusHari ?? 365);
    // Added since: unencrypted imports stay refused after an update.
    expect(settings.izinkanImporTanpaEnkripsi).toBe(false);
    // Reading wrote nothing over what the office had.
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual(stored);
  });
});
