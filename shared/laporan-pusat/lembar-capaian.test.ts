import { describe, expect, it } from 'vitest';
import { dataContoh, kepala, label } from '../test-support/contoh-data-laporan';
import { hadirPerOrang } from './hadir-per-orang';
import { hitungDomisili } from './hitungan-domisili';
import { semuaBaris } from './lembar';
import { lembarCapaian } from './lembar-capaian';

const capaian = () => {
  const d = dataContoh();
  return lembarCapaian(
    { koperasi: d.koperasi, domisili: hitungDomisili(d.orang), kepesertaan: d.kepesertaan, kegiatan: d.kegiatan, hadir: hadirPerOrang(d.kehadiran) },
    kepala,
    label,
  );
};

describe('lembarCapaian', () => {
  it('opens with who sends it, for which region, as of when, by whom, and how NIKs are written', () => {
    const { pembuka } = capaian();
    expect(pembuka[0]).toEqual(['LAPORAN CAPAIAN KEPESERTAAN BPJS KETENAGAKERJAAN MELALUI KOPERASI']);
    expect(Object.fromEntries(pembuka.filter((r) => r.length === 2).map(([k, v]) => [k, v]))).toEqual({
      Kantor: 'Dinas Koperasi dan UKM Kota Tangerang Selatan',
      Wilayah: 'Kota Tangerang Selatan (36.74)',
      Provinsi: 'Banten',
      'Tanggal laporan': new Date('2026-11-21'),
      Periode: 'Seluruh data yang tercatat sampai 21 November 2026',
      'Dibuat oleh': 'Dewi Lestari',
      'Nomor ekspor': 4,
      NIK: 'Disamarkan, misalnya 3674********0001.',
    });
  });

  it('counts each record once, in its kecamatan, with rows for outside the district and for no kecamatan', () => {
    const l = capaian();
    expect(l.kolom.map((k) => k.judul)).toEqual([
      'Kode Kecamatan',
      'Kecamatan',
      'Koperasi',
      'Koperasi Terdaftar BPJS',
      'Orang Tercatat',
      'Kepesertaan Draf',
      'Kepesertaan Formulir dicetak',
      'Kepesertaan Diajukan',
      'Kepesertaan Terdaftar',
      'Kepesertaan Ditolak',
      'Kepesertaan Nonaktif',
      'Jumlah Kepesertaan',
      'Peserta Aktif (orang)',
      'Kegiatan Terlaksana',
      'Hadir (orang per kegiatan)',
      'Undangan hadir',
      'Perwakilan lain dari koperasi undangan',
      'Peserta tanpa undangan',
      'Pendaftar di Tempat',
      'Ingin Mendaftar',
    ]);
    expect(semuaBaris(l)).toEqual([
      ['36.74.01', 'Serpong', 1, 1, 1, 0, 0, 0, 1, 0, 0, 1, 1, 1, 2, 1, 0, 1, 1, 1],
      ['36.74.03', 'Pondok Aren', 1, 0, 1, 0, 0, 0, 1, 1, 0, 2, 1, 0, 0, 0, 0, 0, 0, 0],
      ['', 'Luar Kota Tangerang Selatan', 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      ['', '(kecamatan tidak diisi)', 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      ['', 'Jumlah', 2, 1, 4, 0, 0, 0, 2, 1, 0, 3, 1, 1, 2, 1, 0, 1, 1, 1],
    ]);
    expect(l.barisJumlah).toBe(1);
  });

  it('counts a person covered through two kecamatan once in the Jumlah row, and explains the counting below', () => {
    const l = capaian();
    const aktif = l.kolom.findIndex((k) => k.judul === 'Peserta Aktif (orang)');
    expect(
      semuaBaris(l)
        .slice(0, -1)
        .reduce((n, r) => n + Number(r[aktif]), 0),
    ).toBe(2);
    expect(semuaBaris(l).at(-1)![aktif]).toBe(1);
    expect(l.penutup.flat().join(' ')).toContain('Baris Jumlah menghitung setiap orang sekali');
  });
});
