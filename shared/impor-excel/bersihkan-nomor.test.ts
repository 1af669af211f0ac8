import { describe, expect, it } from 'vitest';
import { bersihkanJenisKelamin } from './bersihkan-jenis-kelamin';
import { bersihkanKpj, bersihkanNomorIndukKoperasi, bersihkanNpwp } from './bersihkan-nomor';
import { bersihkanJumlah, bersihkanRupiah } from './bersihkan-rupiah';

describe('the number and code cleaners', () => {
  it('NPWP: 16 digits as they are, 15 with a leading 0 and a note', () => {
    expect(bersihkanNpwp('01.234.567.8-901.000')).toEqual({
      nilai: '0012345678901000',
      masalah: { tingkat: 'peringatan', kode: 'npwp15', nilai: '01.234.567.8-901.000', hasil: '0012345678901000' },
    });
    expect(bersihkanNpwp('1234567890123456')).toEqual({ nilai: '1234567890123456' });
    expect(bersihkanNpwp('12345').masalah?.kode).toBe('npwp');
  });
  it('Nomor Induk Koperasi: not 16 digits is a warning, not an error', () => {
    expect(bersihkanNomorIndukKoperasi('3674010020001')).toEqual({
      nilai: '3674010020001',
      masalah: { tingkat: 'peringatan', kode: 'nomorIndukKoperasiBukan16', nilai: '3674010020001' },
    });
    expect(bersihkanNomorIndukKoperasi('3674010020001234')).toEqual({ nilai: '3674010020001234' });
    expect(bersihkanNomorIndukKoperasi('belum ada').masalah?.tingkat).toBe('galat');
  });
  it('Rupiah and counts', () => {
    expect(bersihkanRupiah('Rp 1.500.000').nilai).toBe(1_500_000);
    expect(bersihkanRupiah(1500000).nilai).toBe(1_500_000);
    expect(bersihkanRupiah('1,5 juta').masalah?.kode).toBe('rupiah');
    expect(bersihkanJumlah('1.250').nilai).toBe(1250);
    expect(bersihkanJumlah('banyak').masalah?.kode).toBe('jumlah');
  });
  it('sex: L, P and the words for them', () => {
    for (const v of ['L', 'l', 'Laki-laki', 'LAKI LAKI', 'Pria', 'Lk']) expect(bersihkanJenisKelamin(v).nilai).toBe('L');
    for (const v of ['P', 'Perempuan', 'wanita', 'Pr']) expect(bersihkanJenisKelamin(v).nilai).toBe('P');
    expect(bersihkanJenisKelamin('X').masalah?.kode).toBe('jenisKelamin');
  });
  it('KPJ: digits, 11 usual', () => {
    expect(bersihkanKpj('123.456.789-01')).toEqual({ nilai: '12345678901' });
    expect(bersihkanKpj('1234').masalah?.kode).toBe('kpjBukan11');
    expect(bersihkanKpj(null).masalah?.kode).toBe('kpjKosong');
  });
});
