import { describe, expect, it } from 'vitest';
import { anggotaDariWalkIn, peranDariJabatan, walkInSchema } from './walk-in-schema';

describe('peranDariJabatan', () => {
  it.each([
    ['Ketua', 'pengurus'],
    ['bendahara', 'pengurus'],
    ['Wakil Ketua II', 'pengurus'],
    ['Anggota Pengurus', 'pengurus'],
    ['Ketua Pengawas', 'pengawas'],
    ['pengawas', 'pengawas'],
    ['', 'anggota'],
    ['Anggota', 'anggota'],
    ['Manajer', 'karyawan'],
    ['Staf Administrasi', 'karyawan'],
    ['karyawan toko', 'karyawan'],
  ] as const)('%s → %s', (jabatan, peran) => expect(peranDariJabatan(jabatan)).toBe(peran));
});

describe('walkInSchema', () => {
  it('needs only a name; a NIK, when given, has 16 digits', () => {
    expect(walkInSchema.safeParse({ nama: 'Rina', koperasiId: '', jabatan: '', telepon: '', nik: '' }).success).toBe(true);
    const bad = walkInSchema.safeParse({ nama: 'R', koperasiId: '', jabatan: '', telepon: '', nik: '1234' });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.message).sort()).toEqual(['validation.nik', 'validation.personNameTooShort']);
  });
});

describe('anggotaDariWalkIn', () => {
  it('reads birth date and sex from the NIK, and leaves them empty without one', () => {
    expect(anggotaDariWalkIn({ nama: 'Dewi', nik: '3674015203900007', telepon: '' }, '2026-11-21')).toMatchObject({
      tanggalLahir: '1990-03-12',
      jenisKelamin: 'P',
    });
    expect(anggotaDariWalkIn({ nama: 'Agus', nik: '3674011203020003', telepon: '' }, '2026-11-21')).toMatchObject({
      tanggalLahir: '2002-03-12',
      jenisKelamin: 'L',
    });
    // A coded date that does not exist (31 February) fills the sex only.
    expect(anggotaDariWalkIn({ nama: 'Eko', nik: '3674013102900004', telepon: '' }, '2026-11-21')).toMatchObject({ tanggalLahir: '', jenisKelamin: 'L' });
    expect(anggotaDariWalkIn({ nama: 'Rina', nik: '', telepon: '0812' }, '2026-11-21')).toMatchObject({
      nama: 'Rina',
      tanggalLahir: '',
      jenisKelamin: '',
      telepon: '0812',
    });
  });
});
