import { describe, expect, it } from 'vitest';
import { emptyKoperasi, koperasiSchema } from './koperasi-schema';

const valid = {
  ...emptyKoperasi(),
  nama: 'Koperasi Karyawan Maju Bersama',
  kecamatanKode: '36.74.01',
  kecamatanNama: 'Serpong',
  kelurahanKode: '36.74.01.1001',
  kelurahanNama: 'Serpong',
};
const messages = (input: unknown) => {
  const r = koperasiSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('cooperative validation', () => {
  it('accepts a complete record and normalises NIB and NPWP written with separators', () => {
    const r = koperasiSchema.parse({ ...valid, nib: '9120 0012 3456 7', npwp: '01.234.567.8-901.0000' });
    expect(r.nib).toBe('9120001234567');
    expect(r.npwp).toBe('0123456789010000');
  });

  it('names each bad field with an i18n key', () => {
    expect(messages({ ...valid, nama: 'Ko' })).toEqual({ nama: 'validation.nameTooShort' });
    expect(messages({ ...valid, nib: '123' })).toEqual({ nib: 'validation.nib' });
    expect(messages({ ...valid, npwp: '12345' })).toEqual({ npwp: 'validation.npwp' });
    expect(messages({ ...valid, anggotaLaki: -1 })).toEqual({ anggotaLaki: 'validation.notNegative' });
    expect(messages({ ...valid, tanggalBadanHukum: '2024-02-30' })).toEqual({ tanggalBadanHukum: 'validation.date' });
    expect(messages({ ...valid, telepon: 'abc' })).toEqual({ telepon: 'validation.phone' });
    expect(messages({ ...valid, nomorIndukKoperasi: '12' })).toEqual({ nomorIndukKoperasi: 'validation.nomorIndukKoperasi' });
  });

  it('keeps legal numbers in either format as free text', () => {
    expect(messages({ ...valid, nomorBadanHukum: '518.08/96/BH/XIV.10/VIII/2008' })).toEqual({});
    expect(messages({ ...valid, nomorBadanHukum: 'AHU-0001248.AH.01.26.TAHUN 2024' })).toEqual({});
  });

  it('refuses a kelurahan outside the chosen kecamatan and dates in the wrong order', () => {
    expect(messages({ ...valid, kelurahanKode: '36.74.02.1001' })).toEqual({ kelurahanKode: 'validation.kelurahanOutsideKecamatan' });
    expect(messages({ ...valid, nomorIndukKoperasiTerbit: '2024-05-01', nomorIndukKoperasiBerlaku: '2023-05-01' })).toEqual({
      nomorIndukKoperasiBerlaku: 'validation.expiryBeforeIssue',
    });
    expect(messages({ ...valid, ratTerakhir: '2023-03-01', ratTahunBuku: 2024 })).toEqual({ ratTahunBuku: 'validation.ratBeforeBookYear' });
  });
});
