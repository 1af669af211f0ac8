import { describe, expect, it } from 'vitest';
import type { KabupatenRegions } from '../region/region-types';
import { cocokkanKecamatan, cocokkanKelurahan, namaWilayahPolos } from './cocokkan-wilayah';

const kab: KabupatenRegions = {
  kode: '36.74',
  nama: 'Kota Tangerang Selatan',
  kecamatan: [
    {
      kode: '36.74.01',
      nama: 'Serpong',
      kelurahan: [
        { kode: '36.74.01.1001', nama: 'Buaran' },
        { kode: '36.74.01.1002', nama: 'Ciater' },
      ],
    },
    {
      kode: '36.74.02',
      nama: 'Serpong Utara',
      kelurahan: [
        { kode: '36.74.02.2001', nama: 'Karangligar' },
        { kode: '36.74.02.1002', nama: 'Ciater' },
      ],
    },
  ],
};

describe('region names matched to Kemendagri codes', () => {
  it('drops prefixes, case and punctuation', () => {
    expect(namaWilayahPolos('Kec. Serpong')).toBe('serpong');
    expect(namaWilayahPolos('Ds. Karangligar')).toBe('karangligar');
    expect(namaWilayahPolos('SERPONG  UTARA')).toBe('serpong utara');
  });
  it('matches a kecamatan exactly, never a neighbour with a longer name, and shows the match', () => {
    expect(cocokkanKecamatan('Kec. Serpong', kab)).toEqual({
      nilai: kab.kecamatan[0],
      masalah: { tingkat: 'peringatan', kode: 'wilayahDicocokkan', nilai: 'Kec. Serpong', hasil: 'Serpong (36.74.01)' },
    });
    expect(cocokkanKecamatan('SERPONG UTARA', kab).nilai?.kode).toBe('36.74.02');
    expect(cocokkanKecamatan('Serpong', kab)).toEqual({ nilai: kab.kecamatan[0], masalah: undefined });
    expect(cocokkanKecamatan('Pamulang', kab).masalah?.kode).toBe('kecamatanTidakDikenal');
  });
  it('finds a desa inside the kecamatan, or alone in the district, and refuses a name two kecamatan share', () => {
    expect(cocokkanKelurahan('Ds. Karangligar', kab, null).nilai?.kecamatan?.kode).toBe('36.74.02');
    expect(cocokkanKelurahan('Ciater', kab, kab.kecamatan[0]!).nilai?.kelurahan?.kode).toBe('36.74.01.1002');
    expect(cocokkanKelurahan('Ciater', kab, null).masalah?.kode).toBe('kelurahanGanda');
  });
});
