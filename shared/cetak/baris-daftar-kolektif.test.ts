import { describe, expect, it } from 'vitest';
import type { StatusKepesertaan } from '../kepesertaan/kepesertaan-options';
import { barisDaftarKolektif, type EntriKolektif } from './baris-daftar-kolektif';

let n = 0;
const entri = (nama: string, status: StatusKepesertaan, extra: Partial<EntriKolektif['kepesertaan']> = {}, nik = '', namaIbuKandung = ''): EntriKolektif => ({
  kepesertaan: { id: `kp${++n}`, status, kategori: 'BPU', program: ['JKM', 'JKK'], upah: 0, tanggalEfektif: '', kegiatanId: '', ...extra },
  anggota: { nama, nik, namaIbuKandung, tanggalLahir: '', jenisKelamin: '', namaSort: nama.toLowerCase() },
});

describe('barisDaftarKolektif', () => {
  it('lists the enrollments not yet submitted, by name, with whole NIKs and totals', () => {
    const { rows, jumlah } = barisDaftarKolektif([
      entri(
        'Siti',
        'formulir_dicetak',
        { kategori: 'PU', program: ['JHT', 'JKM', 'JKK'], upah: 3_000_000, tanggalEfektif: '2026-12-01' },
        '3674055203900001',
        'Sri Wahyuni',
      ),
      entri('Ahmad', 'draf', { upah: 2_000_000 }),
      entri('Dewi', 'diajukan'),
      entri('Eko', 'terdaftar'),
      { ...entri('Gone', 'draf'), anggota: undefined },
    ]);
    expect(rows.map((r) => [r.nomor, r.nama])).toEqual([
      [1, 'Ahmad'],
      [2, 'Siti'],
    ]);
    expect(rows[1]).toMatchObject({
      nik: '3674055203900001',
      namaIbuKandung: 'Sri Wahyuni',
      kategori: 'PU',
      program: 'JKK, JKM, JHT',
      upah: 'Rp3.000.000',
      tanggalEfektif: '1 Desember 2026',
    });
    expect(rows[0]).toMatchObject({ namaIbuKandung: '', program: 'JKK, JKM', upah: 'Rp2.000.000', tanggalEfektif: '', tanggalLahir: '' });
    expect(jumlah).toEqual({ orang: 2, pu: 1, bpu: 1, upah: 'Rp5.000.000' });
  });

  it('keeps only what one event produced when asked', () => {
    const { rows, jumlah } = barisDaftarKolektif(
      [entri('A', 'draf', { kegiatanId: 'e1' }), entri('B', 'draf', { kegiatanId: 'e2' }), entri('C', 'draf')],
      'e1',
    );
    expect(rows.map((r) => r.nama)).toEqual(['A']);
    expect(jumlah.upah).toBe('');
  });
});
