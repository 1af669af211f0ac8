import { describe, expect, it } from 'vitest';
import { bacaCsv, tebakPemisah } from './baca-csv';
import { cariBarisJudul, judulKolom } from './cari-baris-judul';
import { sarankanPemetaan, sidikTataLetak } from './kolom-impor';
import { ukuranZipTerurai } from './ukuran-zip';

describe('header row, mapping suggestions and CSV', () => {
  const sheet = [
    ['DAFTAR PENGURUS KOPERASI', null, null, null, null, null],
    ['Kota Tangerang Selatan, per 1 Juni 2025', null, null, null, null, null],
    [],
    ['No', 'Nama Lengkap', 'No KTP', 'Tgl Lahir', 'L/P', 'Alamat', null],
    [null, null, null, null, null, 'Kec.', 'Desa/Kel.'],
    [1, 'Siti Aminah', '3674015506850002', '15-06-1985', 'P', 'Serpong', 'Buaran'],
  ];
  it('finds the header below the title rows and reads a two-level header', () => {
    expect(cariBarisJudul(sheet, 'orang')).toBe(3);
    expect(cariBarisJudul(sheet.slice(0, 3), 'orang')).toBe(-1);
    expect(judulKolom(sheet, 4)).toEqual(['No', 'Nama Lengkap', 'No KTP', 'Tgl Lahir', 'L/P', 'Kec.', 'Desa/Kel.']);
  });
  it('suggests each field once from the usual headers', () => {
    expect(
      sarankanPemetaan('orang', ['No', 'Nama Lengkap', 'No KTP', 'Tgl Lahir', 'L/P', 'Kec.', 'Desa/Kel.', 'No HP/WA', 'Jabatan', 'Nama Koperasi']),
    ).toEqual(['', 'nama', 'nik', 'tanggalLahir', 'jenisKelamin', 'kecamatan', 'kelurahan', 'telepon', 'jabatan', 'koperasi']);
    expect(sarankanPemetaan('koperasi', ['Nama Koperasi', 'No. BH', 'Nomor Badan Hukum', 'Kec.'])).toEqual(['nama', '', 'nomorBadanHukum', 'kecamatan']);
    expect(sidikTataLetak('koperasi', ['Nama Koperasi', 'No. BH'])).toBe('koperasi|nama koperasi|no bh');
  });
  it('reads CSV with a guessed delimiter, quotes and every cell as text', () => {
    const teks = '\ufeffNama;NIK;Catatan\r\n"Koperasi ""Maju""";3674011203900001;"baris\nkedua"\r\n';
    expect(tebakPemisah(teks)).toBe(';');
    expect(bacaCsv(teks, ';')).toEqual([
      ['Nama', 'NIK', 'Catatan'],
      ['Koperasi "Maju"', '3674011203900001', 'baris\nkedua'],
    ]);
    expect(tebakPemisah('a,b,c\n1,2,3')).toBe(',');
  });
  it('says a byte run is not a ZIP', () => {
    expect(ukuranZipTerurai(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});
