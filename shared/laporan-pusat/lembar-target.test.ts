import { describe, expect, it } from 'vitest';
import { koperasi, label } from '../test-support/contoh-data-laporan';
import { semuaBaris } from './lembar';
import { lembarTarget } from './lembar-target';

describe('lembarTarget', () => {
  it('one row per target, by program then period, segments in words', () => {
    const base = { nomorPerjanjian: '970/PKS.12/2020', jumlahDaftar: 0, satuan: 'koperasi' as const, belum: 0 };
    const sheet = lembarTarget(
      [
        {
          ...base,
          program: 'PKS-PKB Samsat',
          nama: '',
          segmen: 'golongan',
          segmenNilai: 'masyarakat',
          mulai: '2021-01-01',
          sampai: '2021-12-31',
          target: 8,
          tercapai: 0,
          persen: 0,
          belum: 1,
        },
        {
          ...base,
          program: 'PKS-PKB Samsat',
          nama: 'Karyawan 2020',
          segmen: 'golongan',
          segmenNilai: 'karyawan',
          mulai: '2020-01-01',
          sampai: '2020-12-31',
          target: 10,
          tercapai: 10,
          persen: 100,
        },
        {
          ...base,
          program: 'Kepesertaan KSP',
          nama: '',
          segmen: 'kecamatan',
          segmenNilai: '32.15.01',
          mulai: '2026-01-01',
          sampai: '2026-12-31',
          target: 98,
          tercapai: 1,
          persen: 1,
        },
      ],
      [koperasi('k1', { kecamatanKode: '32.15.01', kecamatanNama: 'Karawang Barat' })],
      label,
    );
    expect(sheet.nama).toBe('Target');
    expect(semuaBaris(sheet).map((r) => [r[0], r[1], r[3], r[7], r[8], r[9]])).toEqual([
      [1, 'Kepesertaan KSP', 'Kecamatan Karawang Barat', 98, 1, 1],
      [2, 'PKS-PKB Samsat', 'Karyawan 2020', 10, 10, 100],
      [3, 'PKS-PKB Samsat', 'Golongan: Masyarakat', 8, 0, 0],
    ]);
  });
});
