import { describe, expect, it } from 'vitest';
import type { Undangan } from '../kegiatan/kegiatan-schema';
import { barisDaftarHadir, sisiTandaTangan, type PesertaDaftarHadir } from './baris-daftar-hadir';

const labelPeran = (p: string) => ({ pengurus: 'Pengurus', pengawas: 'Pengawas', anggota: 'Anggota', karyawan: 'Karyawan' })[p] ?? p;
const orang = (nama: string, koperasiId: string, koperasiNama: string, extra: Partial<PesertaDaftarHadir> = {}): PesertaDaftarHadir => ({
  nama,
  koperasiId,
  koperasiNama,
  jabatan: '',
  telepon: '',
  ...extra,
});
const undangan = (koperasiId: string, perwakilan: string[], jumlahPerwakilan: number): Undangan => ({ koperasiId, perwakilan, jumlahPerwakilan });
const koperasiNama = new Map([
  ['k1', 'KSP Sejahtera'],
  ['k2', 'Koperasi Bina Usaha'],
  ['k3', 'Kopwan Melati'],
]);

describe('barisDaftarHadir', () => {
  it('lists everyone, then the cooperatives’ missing representatives, then walk-in rows, numbered without a gap', () => {
    const rows = barisDaftarHadir({
      peserta: [
        orang('Ahmad', 'k2', 'Koperasi Bina Usaha', { jabatan: 'Ketua', telepon: '0812 3456 7890' }),
        orang('Budi', 'k1', 'KSP Sejahtera', { peran: 'karyawan' }),
        orang('Citra', '', '', { telepon: '+62 21 555' }),
      ],
      undangan: [undangan('k1', ['budi'], 3), undangan('k2', ['ahmad'], 1), undangan('k3', [], 2)],
      koperasiNama,
      barisKosong: 2,
      labelPeran,
    });
    expect(rows.map((r) => [r.nomor, r.jenis, r.nama, r.koperasi])).toEqual([
      [1, 'peserta', 'Ahmad', 'Koperasi Bina Usaha'],
      [2, 'peserta', 'Budi', 'KSP Sejahtera'],
      [3, 'peserta', 'Citra', ''],
      [4, 'perwakilan', '', 'Kopwan Melati'],
      [5, 'perwakilan', '', 'Kopwan Melati'],
      [6, 'perwakilan', '', 'KSP Sejahtera'],
      [7, 'perwakilan', '', 'KSP Sejahtera'],
      [8, 'kosong', '', ''],
      [9, 'kosong', '', ''],
    ]);
  });

  it('zig-zags the signatures: odd numbers on the left, even on the right', () => {
    const rows = barisDaftarHadir({ peserta: [], undangan: [], koperasiNama, barisKosong: 5, labelPeran });
    expect(rows.map((r) => r.sisi)).toEqual(['kiri', 'kanan', 'kiri', 'kanan', 'kiri']);
    expect(sisiTandaTangan(500)).toBe('kanan');
  });

  it('prints the jabatan, else the role’s label, and the phone as stored', () => {
    const rows = barisDaftarHadir({
      peserta: [
        orang('A', 'k1', 'KSP', { jabatan: 'Bendahara', peran: 'pengurus' }),
        orang('B', 'k1', 'KSP', { peran: 'anggota', telepon: '0812-1111-2222' }),
        orang('C', '', ''),
      ],
      undangan: [],
      koperasiNama,
      barisKosong: 0,
      labelPeran,
    });
    expect(rows.map((r) => r.jabatan)).toEqual(['Bendahara', 'Anggota', '']);
    expect(rows[1]?.telepon).toBe('0812-1111-2222');
  });

  it('counts people already on the list (walk-ins for an invited cooperative too) against its expected number', () => {
    const rows = barisDaftarHadir({
      peserta: [orang('Named', 'k1', 'KSP Sejahtera'), orang('Walk-in', 'k1', 'KSP Sejahtera'), orang('Other', 'k1', 'KSP Sejahtera')],
      undangan: [undangan('k1', ['named'], 2), undangan('k2', ['x', 'y'], 0)],
      koperasiNama,
      barisKosong: 0,
      labelPeran,
    });
    // k1 expects 2 and has 3 on the list: no blank row; k2 names 2 people who are not on the list (deleted since): 2 rows.
    expect(rows.filter((r) => r.jenis === 'perwakilan').map((r) => r.koperasi)).toEqual(['Koperasi Bina Usaha', 'Koperasi Bina Usaha']);
  });

  it('takes a sensible number of blank rows whatever is typed', () => {
    const count = (barisKosong: number) => barisDaftarHadir({ peserta: [], undangan: [], koperasiNama, barisKosong, labelPeran }).length;
    expect(count(-3)).toBe(0);
    expect(count(2.7)).toBe(2);
    expect(count(Number.NaN)).toBe(0);
    expect(count(10_000)).toBe(500);
  });
});
