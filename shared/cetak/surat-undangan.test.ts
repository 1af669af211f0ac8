import { describe, expect, it } from 'vitest';
import { perwakilanSurat, tujuanSuratUndangan } from './surat-undangan';

describe('tujuanSuratUndangan', () => {
  it('addresses the chairman of the cooperative', () => {
    expect(tujuanSuratUndangan('Sejahtera Bersama')).toBe('Ketua Koperasi Sejahtera Bersama');
  });

  it('never writes "Koperasi" twice, whatever the name starts with', () => {
    expect(tujuanSuratUndangan('Koperasi Simpan Pinjam Maju Bersama')).toBe('Ketua Koperasi Simpan Pinjam Maju Bersama');
    expect(tujuanSuratUndangan('KSP  Maju')).toBe('Ketua KSP Maju');
    expect(tujuanSuratUndangan('Kopkar PT Sinar')).toBe('Ketua Kopkar PT Sinar');
    expect(tujuanSuratUndangan('KUD Tani Makmur')).toBe('Ketua KUD Tani Makmur');
  });

  it('does not mistake a name that merely starts like an abbreviation', () => {
    expect(tujuanSuratUndangan('Kopi Nusantara')).toBe('Ketua Koperasi Kopi Nusantara');
  });
});

describe('perwakilanSurat', () => {
  const orang = new Map([
    ['a1', { nama: 'Ahmad Fauzi', jabatan: 'Ketua' }],
    ['a2', { nama: 'Dewi Lestari', jabatan: 'Bendahara' }],
  ]);

  it('lists the named people with their codes, then blank rows up to the number expected', () => {
    const rows = perwakilanSurat('k1', { koperasiId: 'c1', perwakilan: ['a2', 'a1'], jumlahPerwakilan: 3 }, orang);
    expect(rows).toEqual([
      { nomor: 1, nama: 'Dewi Lestari', jabatan: 'Bendahara', kode: 'UND.k1.a2' },
      { nomor: 2, nama: 'Ahmad Fauzi', jabatan: 'Ketua', kode: 'UND.k1.a1' },
      { nomor: 3, nama: '', jabatan: '', kode: '' },
    ]);
  });

  it('leaves out people deleted since, and a blank row takes their place', () => {
    const rows = perwakilanSurat('k1', { koperasiId: 'c1', perwakilan: ['gone', 'a1'], jumlahPerwakilan: 0 }, orang);
    expect(rows.map((r) => [r.nomor, r.nama, r.kode])).toEqual([
      [1, 'Ahmad Fauzi', 'UND.k1.a1'],
      [2, '', ''],
    ]);
  });

  it('gives an invitation without names only blank rows', () => {
    expect(perwakilanSurat('k1', { koperasiId: 'c1', perwakilan: [], jumlahPerwakilan: 2 }, orang)).toHaveLength(2);
  });
});
