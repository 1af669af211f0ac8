import { describe, expect, it } from 'vitest';
import { bersihkanBaris } from './bersihkan-baris';

const judul = ['Nama Lengkap', 'NIK', 'Jabatan', 'Peran', 'No HP'];
const konteks = {
  jenis: 'orang' as const,
  pemetaan: ['nama', 'nik', 'jabatan', 'peran', 'telepon'],
  wilayah: undefined,
  hariIni: '2026-12-06',
  namaLembar: 'KSP Maju',
};

describe('bersihkanBaris', () => {
  it('keeps only the cells that hold something, and takes the sheet as the cooperative when no column names one', () => {
    const b = bersihkanBaris(['  Siti   Aminah ', '3674015506850002', 'Bendahara', null, ''], 5, konteks, judul);
    expect(b).toEqual({
      nomor: 5,
      nilai: { nama: 'Siti Aminah', nik: '3674015506850002', jabatan: 'Bendahara', koperasi: 'KSP Maju', peran: 'pengurus' },
      masalah: [],
    });
  });
  it('reads the role from its column, or from the jabatan with a note when the column says something else', () => {
    expect(bersihkanBaris(['Ahmad', '', '', 'Karyawan', ''], 6, konteks, judul).nilai.peran).toBe('karyawan');
    const b = bersihkanBaris(['Ahmad', '', 'Ketua', 'Pimpinan', ''], 7, konteks, judul);
    expect(b.nilai.peran).toBe('pengurus');
    expect(b.masalah).toEqual([{ kolom: 'Peran', tingkat: 'peringatan', kode: 'peranDariJabatan', nilai: 'Pimpinan', hasil: 'pengurus' }]);
  });
  it('names the column of a required field left empty and of every cleaner finding', () => {
    const b = bersihkanBaris(['', 3674015506850000, '', '', 'telp kantor'], 8, konteks, judul);
    expect(b.masalah.map((m) => [m.kolom, m.kode])).toEqual([
      ['Nama Lengkap', 'wajib'],
      ['NIK', 'nikAngka'],
      ['No HP', 'telepon'],
    ]);
  });
});
