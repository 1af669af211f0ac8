import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { koperasiSchema } from '../../koperasi/koperasi-schema';
import type { KabupatenRegions } from '../../region/region-types';
import { generateKoperasi, koperasiStream } from './district-generator';

const kel = (kec: string, n: number, desa = false) =>
  Array.from({ length: n }, (_, i) => ({ kode: `${kec}.${desa ? 2 : 1}${String(i + 1).padStart(3, '0')}`, nama: `Kel ${kec.slice(-2)}-${i + 1}` }));

/** A small made-up kabupaten with kelurahan and desa, so the test does not depend on built assets. */
const fixture: KabupatenRegions = {
  kode: '32.98',
  nama: 'Kabupaten Contoh',
  kecamatan: [
    { kode: '32.98.01', nama: 'Sukamaju', kelurahan: kel('32.98.01', 6) },
    { kode: '32.98.02', nama: 'Cibadak', kelurahan: kel('32.98.02', 9, true) },
    { kode: '32.98.03', nama: 'Telukjambe', kelurahan: kel('32.98.03', 3, true) },
    { kode: '32.98.04', nama: 'Pasirmulya', kelurahan: kel('32.98.04', 1) },
  ],
};
const district = generateKoperasi({ seed: 42, count: 2000, kabupaten: fixture });
const share = (pred: (k: (typeof district)[number]) => boolean) => district.filter(pred).length / district.length;

describe('generateKoperasi', () => {
  it('gives the same district for the same seed, another for another seed', () => {
    expect(generateKoperasi({ seed: 42, count: 2000, kabupaten: fixture })).toEqual(district);
    expect(generateKoperasi({ seed: 43, count: 50, kabupaten: fixture })).not.toEqual(district.slice(0, 50));
    expect(Array.from(koperasiStream({ seed: 42, count: 10, kabupaten: fixture }))).toEqual(district.slice(0, 10));
  });

  it('produces records the registry accepts unchanged', () => {
    for (const k of district) expect(koperasiSchema.parse(k)).toEqual(k);
  });

  it('never repeats a name in a district', () => {
    expect(new Set(district.map((k) => k.nama)).size).toBe(district.length);
  });

  it('spreads over every kecamatan, with kelurahan from the chosen kecamatan', () => {
    expect(new Set(district.map((k) => k.kecamatanKode))).toEqual(new Set(fixture.kecamatan.map((k) => k.kode)));
    for (const k of district) expect(k.kelurahanKode.startsWith(`${k.kecamatanKode}.`)).toBe(true);
  });

  it('keeps legal numbers in the format of their year and Nomor Induk Koperasi in the district', () => {
    for (const k of district.filter((x) => x.tanggalBadanHukum)) {
      const year = k.tanggalBadanHukum.slice(0, 4);
      if (Number(year) >= 2019) expect(k.nomorBadanHukum).toMatch(new RegExp(`^AHU-\\d{7}\\.AH\\.01\\.26\\.TAHUN ${year}$`));
      else expect(k.nomorBadanHukum).toMatch(new RegExp(`/BH/.*/[IVX]+/${year}$`));
    }
    const withNomorInduk = district.filter((k) => k.nomorIndukKoperasi);
    expect(withNomorInduk.length / district.length).toBeGreaterThan(0.6);
    expect(withNomorInduk.length / district.length).toBeLessThan(0.8);
    for (const k of withNomorInduk) expect(k.nomorIndukKoperasi).toMatch(/^3298\d{12}$/);
    expect(new Set(withNomorInduk.map((k) => k.nomorIndukKoperasi)).size).toBe(withNomorInduk.length);
  });

  it('has a realistic mix of status, scale, members and staff', () => {
    expect(share((k) => k.status === 'tidak_aktif')).toBeGreaterThan(0.05);
    expect(share((k) => k.status === 'tidak_aktif')).toBeLessThan(0.16);
    expect(share((k) => k.skalaUsaha === 'mikro' || k.skalaUsaha === 'kecil')).toBeGreaterThan(0.85);
    for (const k of district) expect(k.karyawanLaki + k.karyawanPerempuan).toBeLessThanOrEqual(40);
    for (const k of district.filter((x) => x.jenis === 'simpan_pinjam' && x.bentuk === 'primer')) {
      expect(k.anggotaLaki + k.anggotaPerempuan).toBeGreaterThanOrEqual(20);
      expect(k.anggotaLaki + k.anggotaPerempuan).toBeLessThanOrEqual(3000);
    }
    expect(new Set(district.map((k) => k.statusBpjs))).toEqual(new Set(['belum', 'proses', 'terdaftar']));
    expect(share((k) => k.golongan === 'karyawan')).toBeGreaterThan(0.1);
    expect(share((k) => k.pola === 'syariah')).toBeGreaterThan(0.05);
  });

  it('names cooperatives consistently with their type', () => {
    for (const k of district) {
      if (/^(KSP |Koperasi Simpan Pinjam|KSPPS)/.test(k.nama)) expect(k.jenis).toBe('simpan_pinjam');
      if (/Syariah|KSPPS/.test(k.nama)) expect(k.pola).toBe('syariah');
      if (k.nama.startsWith('KUD ')) expect(k.kelompok).toBe('KUD');
      if (k.nama.startsWith('KPRI ')) expect(k.golongan).toBe('karyawan');
      if (/^(Koperasi Karyawan|Kopkar) /.test(k.nama)) expect(k.golongan).toBe('karyawan');
      if (k.kelompok === 'Koperasi Wanita') expect(k.anggotaLaki).toBe(0);
    }
  });

  it('dates nothing after its "now", and has no Merah Putih cooperatives before they existed', () => {
    const now = '2018-06-30';
    const early = generateKoperasi({ seed: 5, count: 500, kabupaten: fixture, now });
    for (const k of early) {
      expect(koperasiSchema.parse(k)).toEqual(k);
      for (const date of [k.tanggalBadanHukum, k.ratTerakhir, k.nomorIndukKoperasiTerbit]) expect(date <= now).toBe(true);
    }
    expect(early.some((k) => k.nama.includes('Merah Putih'))).toBe(false);
    expect(early.some((k) => k.nomorBadanHukum.startsWith('AHU-'))).toBe(false);
  });

  const tangselFile = new URL('../../../renderer/public/regions/kab/36.74.json', import.meta.url);
  it.skipIf(!existsSync(tangselFile))('generates Kota Tangerang Selatan (36.74) from the built region asset', () => {
    const tangsel = JSON.parse(readFileSync(tangselFile, 'utf8')) as KabupatenRegions;
    const kops = generateKoperasi({ seed: 2016, count: 2000, kabupaten: tangsel });
    expect(new Set(kops.map((k) => k.nama)).size).toBe(2000);
    expect(new Set(kops.map((k) => k.kecamatanNama))).toEqual(new Set(tangsel.kecamatan.map((k) => k.nama)));
    for (const k of kops) expect(koperasiSchema.parse(k)).toEqual(k);
    expect(kops.filter((k) => k.nomorIndukKoperasi).every((k) => k.nomorIndukKoperasi.startsWith('3674'))).toBe(true);
  });
});
