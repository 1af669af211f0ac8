import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { VersiKonflik } from '../../db/konflik-repository';
import { en } from '../../i18n/en';
import { id } from '../../i18n/id';
import { formatNilai, formatVersi } from './format-versi';
import { labelKolomKonflik } from './label-kolom-konflik';

let t: TFunction;
let tEn: TFunction;
beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ resources: { id: { translation: id }, en: { translation: en } }, lng: 'id', interpolation: { escapeValue: false } });
  t = instance.getFixedT('id');
  tEn = instance.getFixedT('en');
});

const versi = (over: Partial<VersiKonflik>): VersiKonflik => ({
  value: '0812',
  clock: '2026-11-21T02:30:00.000Z-0000-laptop-b',
  waktu: '2026-11-21T02:30:00.000Z',
  deviceId: 'a1b2c3d4-e5f6-4711-8899-aabbccddeeff',
  perangkat: undefined,
  dipakai: false,
  ...over,
});

describe('formatNilai', () => {
  it('words the deleted flag, empty values and option codes', () => {
    expect(formatNilai(t, 'id', 'koperasi', 'deleted', 0)).toBe('aktif');
    expect(formatNilai(t, 'id', 'anggota', 'deleted', 1)).toBe('dihapus');
    expect(formatNilai(tEn, 'en', 'anggota', 'deleted', 1)).toBe('deleted');
    expect(formatNilai(t, 'id', 'koperasi', 'telepon', '')).toBe('(kosong)');
    expect(formatNilai(t, 'id', 'koperasi', 'jenis', 'simpan_pinjam')).toBe('Simpan pinjam');
    expect(formatNilai(t, 'id', 'anggota', 'jenisKelamin', 'P')).toBe('Perempuan');
    expect(formatNilai(t, 'id', 'kepesertaan', 'kelompokRisiko', 3)).toBe('Kelompok III (sedang)');
  });

  it('formats dates, counts and free text as the rest of the app does', () => {
    expect(formatNilai(t, 'id', 'koperasi', 'ratTerakhir', '2026-03-16')).toBe('16 Maret 2026');
    expect(formatNilai(t, 'id', 'koperasi', 'anggotaLaki', 1250)).toBe('1.250');
    expect(formatNilai(t, 'id', 'koperasi', 'telepon', '0812 1111 2222')).toBe('0812 1111 2222');
    expect(formatNilai(t, 'id', 'koperasi', 'alamat', 'Jl. Merdeka: 1')).toBe('Jl. Merdeka: 1');
  });

  it('lists arrays and objects readably, never as JSON', () => {
    expect(formatNilai(t, 'id', 'kepesertaan', 'program', ['JKK', 'JKM'])).toBe('JKK — Jaminan Kecelakaan Kerja; JKM — Jaminan Kematian');
    expect(formatNilai(t, 'id', 'kegiatan', 'mitra', [])).toBe('(kosong)');
    expect(
      formatNilai(t, 'id', 'kegiatan', 'narasumber', [
        { nama: 'Dewi', jabatan: 'Kabid' },
        { nama: 'Rudi', jabatan: '' },
      ]),
    ).toBe('nama: Dewi, jabatan: Kabid; nama: Rudi, jabatan: (kosong)');
    expect(formatNilai(t, 'id', 'kegiatan', 'undangan', [{ koperasiId: 'k1', perwakilan: ['a', 'b'], jumlahPerwakilan: 2 }])).toBe(
      'koperasiId: k1, perwakilan: [a, b], jumlahPerwakilan: 2',
    );
  });
});

describe('formatVersi', () => {
  it('names the laptop by the officer and office its bundle gave, this laptop as such, else by its id’s start', () => {
    expect(formatVersi(t, 'id', 'koperasi', 'telepon', versi({ perangkat: { petugas: 'Siti', kantor: 'Dinas Koperasi' } }), 'x').oleh).toBe(
      'Siti (Dinas Koperasi)',
    );
    expect(formatVersi(t, 'id', 'koperasi', 'telepon', versi({}), 'a1b2c3d4-e5f6-4711-8899-aabbccddeeff').oleh).toBe('Laptop ini');
    expect(formatVersi(t, 'id', 'koperasi', 'telepon', versi({}), 'x').oleh).toBe('Laptop a1b2c3d4');
  });

  it('gives the time of the change in WIB', () => {
    expect(formatVersi(t, 'id', 'koperasi', 'telepon', versi({}), 'x').waktu).toBe('21 November 2026 pukul 09.30');
  });
});

describe('labelKolomKonflik', () => {
  it('uses the forms’ labels, regions by their label, and the code name where no label exists', () => {
    expect(labelKolomKonflik(t, 'koperasi', 'telepon')).toBe('No. HP/Telepon');
    expect(labelKolomKonflik(t, 'koperasi', 'kecamatanKode')).toBe('Kecamatan');
    expect(labelKolomKonflik(t, 'anggota', 'nama')).toBe('Nama lengkap');
    expect(labelKolomKonflik(t, 'anggota', 'kelurahanNama')).toBe('Kelurahan/Desa');
    expect(labelKolomKonflik(t, 'kepesertaan', 'upah')).toBe('Upah per bulan (Rp)');
    expect(labelKolomKonflik(t, 'anggota', 'deleted')).toBe('Status data');
    expect(labelKolomKonflik(t, 'kehadiran', 'inginMendaftar')).toBe('inginMendaftar');
    expect(labelKolomKonflik(t, 'anggota', 'tidakAda')).toBe('tidakAda');
  });
});
