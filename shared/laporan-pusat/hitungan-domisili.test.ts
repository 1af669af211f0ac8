import { describe, expect, it } from 'vitest';
import { hitungDomisili, HitunganDomisili } from './hitungan-domisili';

describe('HitunganDomisili', () => {
  it('counts people per kecamatan code and name as written, in the order first met', () => {
    expect(
      hitungDomisili([
        { kecamatanKode: '36.74.02', kecamatanNama: 'Serpong Utara' },
        { kecamatanKode: '36.74.01', kecamatanNama: 'Serpong' },
        { kecamatanKode: '36.74.02', kecamatanNama: 'Serpong Utara' },
        { kecamatanKode: '', kecamatanNama: '' },
      ]),
    ).toEqual([
      { kecamatanKode: '36.74.02', kecamatanNama: 'Serpong Utara', jumlah: 2 },
      { kecamatanKode: '36.74.01', kecamatanNama: 'Serpong', jumlah: 1 },
      { kecamatanKode: '', kecamatanNama: '', jumlah: 1 },
    ]);
  });

  it('gives a copy, so counting on after a reading leaves the reading as it was', () => {
    const h = new HitunganDomisili();
    h.tambah({ kecamatanKode: '36.74.01', kecamatanNama: 'Serpong' });
    const dulu = h.daftar;
    h.tambah({ kecamatanKode: '36.74.01', kecamatanNama: 'Serpong' });
    expect(dulu[0]?.jumlah).toBe(1);
    expect(h.daftar[0]?.jumlah).toBe(2);
  });
});
