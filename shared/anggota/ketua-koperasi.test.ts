import { describe, expect, it } from 'vitest';
import { pilihKetua } from './ketua-koperasi';

const role = (p: { peran?: 'pengurus' | 'pengawas' | 'anggota' | 'karyawan'; jabatan: string; mulai?: string; selesai?: string; nama: string }) => ({
  peran: p.peran ?? 'pengurus',
  jabatan: p.jabatan,
  mulai: p.mulai ?? '',
  selesai: p.selesai ?? '',
  nama: p.nama,
});

describe('pilihKetua', () => {
  it('finds the pengurus whose jabatan is Ketua, not the other officers', () => {
    const roles = [
      role({ jabatan: 'Bendahara', nama: 'Dewi' }),
      role({ jabatan: 'Wakil Ketua', nama: 'Budi' }),
      role({ jabatan: ' ketua ', nama: 'Ahmad' }),
      role({ peran: 'pengawas', jabatan: 'Ketua', nama: 'Rina' }),
    ];
    expect(pilihKetua(roles, '2026-12-04')?.nama).toBe('Ahmad');
  });

  it('leaves out a chairman whose role has ended, and takes the latest of two current ones', () => {
    const roles = [
      role({ jabatan: 'Ketua', mulai: '2018-01-01', selesai: '2025-12-31', nama: 'Lama' }),
      role({ jabatan: 'Ketua Koperasi', mulai: '2026-01-01', nama: 'Baru' }),
    ];
    expect(pilihKetua(roles, '2026-12-04')?.nama).toBe('Baru');
    expect(
      pilihKetua([role({ jabatan: 'Ketua', mulai: '2020-01-01', nama: 'A' }), role({ jabatan: 'Ketua', mulai: '2026-06-01', nama: 'B' })], '2026-12-04')?.nama,
    ).toBe('B');
    expect(pilihKetua([roles[0]!], '2026-12-04')).toBeUndefined();
  });
});
