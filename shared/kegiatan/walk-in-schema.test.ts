import { describe, expect, it } from 'vitest';
import { peranDariJabatan, walkInSchema } from './walk-in-schema';

describe('peranDariJabatan', () => {
  it.each([
    ['Ketua', 'pengurus'], ['bendahara', 'pengurus'], ['Wakil Ketua II', 'pengurus'], ['Anggota Pengurus', 'pengurus'],
    ['Ketua Pengawas', 'pengawas'], ['pengawas', 'pengawas'], ['', 'anggota'], ['Anggota', 'anggota'],
    ['Manajer', 'karyawan'], ['Staf Administrasi', 'karyawan'], ['karyawan toko', 'karyawan'],
  ] as const)('%s → %s', (jabatan, peran) => expect(peranDariJabatan(jabatan)).toBe(peran));
});

describe('walkInSchema', () => {
  it('needs only a name; a NIK, when given, has 16 digits', () => {
    expect(walkInSchema.safeParse({ nama: 'Rina', koperasiId: '', jabatan: '', telepon: '', nik: '' }).success).toBe(true);
    const bad = walkInSchema.safeParse({ nama: 'R', koperasiId: '', jabatan: '', telepon: '', nik: '1234' });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.message).sort()).toEqual(['validation.nik', 'validation.personNameTooShort']);
  });
});
