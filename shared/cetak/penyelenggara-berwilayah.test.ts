import { describe, expect, it } from 'vitest';
import { penyelenggaraBerwilayah } from './penyelenggara-berwilayah';

const kantor = { namaKantor: 'Dinas Koperasi dan Usaha Kecil Menengah', kabupatenNama: 'Kota Tangerang Selatan' };

describe('penyelenggaraBerwilayah', () => {
  it('adds the region to the office’s own name, whatever its case and spacing', () => {
    expect(penyelenggaraBerwilayah([' dinas koperasi dan usaha kecil menengah '], kantor)).toEqual([
      'dinas koperasi dan usaha kecil menengah Kota Tangerang Selatan',
    ]);
    expect(penyelenggaraBerwilayah(['Dinas Koperasi dan Usaha Kecil Menengah'], kantor)).toEqual([
      'Dinas Koperasi dan Usaha Kecil Menengah Kota Tangerang Selatan',
    ]);
  });

  it('leaves a name that already says its region, and every other organiser, as typed', () => {
    expect(
      penyelenggaraBerwilayah(['Dinas Koperasi dan Usaha Kecil Menengah Kota Tangerang Selatan', 'BPJS Ketenagakerjaan Cabang Serpong'], {
        namaKantor: 'Dinas Koperasi dan Usaha Kecil Menengah Kota Tangerang Selatan',
        kabupatenNama: 'Kota Tangerang Selatan',
      }),
    ).toEqual(['Dinas Koperasi dan Usaha Kecil Menengah Kota Tangerang Selatan', 'BPJS Ketenagakerjaan Cabang Serpong']);
    expect(penyelenggaraBerwilayah(['Dekopinda'], kantor)).toEqual(['Dekopinda']);
  });

  it('prints the names as they are before the office profile exists', () => {
    expect(penyelenggaraBerwilayah(['Dinas Koperasi'], null)).toEqual(['Dinas Koperasi']);
  });
});
