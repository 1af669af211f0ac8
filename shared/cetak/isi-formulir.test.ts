import { describe, expect, it } from 'vitest';
import { emptyAnggota } from '../anggota/anggota-schema';
import { emptyKepesertaan } from '../kepesertaan/kepesertaan-schema';
import { pernyataanTerbaru } from '../kepesertaan/pernyataan-persetujuan';
import { isiFormulir } from './isi-formulir';

const siti = {
  ...emptyAnggota(),
  nama: 'Siti Aminah',
  nik: '3674055203900001',
  tempatLahir: 'Tangerang',
  tanggalLahir: '1990-03-12',
  jenisKelamin: 'P' as const,
  namaIbuKandung: 'Juleha',
  alamat: 'Jl. Raya Serpong No. 5',
  rt: '3',
  rw: '12',
  kelurahanNama: 'Setu',
  kecamatanNama: 'Setu',
  telepon: '0812 3456 7890',
  pekerjaan: 'Pedagang',
};

describe('isiFormulir', () => {
  it('writes a complete record out in full, with the whole NIK', () => {
    const isi = isiFormulir(
      siti,
      {
        ...emptyKepesertaan('a', 'k'),
        kategori: 'BPU',
        program: ['JKM', 'JKK', 'JHT'],
        upah: 3_000_000,
        tanggalEfektif: '2026-12-01',
        persetujuanVersi: 'P-2026.1',
        persetujuanOleh: 'Rina',
      },
      { nama: 'KSP Sejahtera', npp: '12345678' },
    );
    expect(isi).toMatchObject({
      nama: 'Siti Aminah',
      nik: '3674055203900001',
      tempatLahir: 'Tangerang',
      tanggalLahir: '12 Maret 1990',
      jenisKelamin: 'P',
      rtRw: '003/012',
      kelurahan: 'Setu',
      kecamatan: 'Setu',
      telepon: '0812 3456 7890',
      koperasi: 'KSP Sejahtera',
      npp: '12345678',
      kategori: 'BPU',
      upah: 'Rp3.000.000',
      tanggalEfektif: '1 Desember 2026',
      petugas: 'Rina',
    });
    // A BPU form has no JP or JKP boxes.
    expect(isi.program).toEqual([
      { kode: 'JKK', ikut: true },
      { kode: 'JKM', ikut: true },
      { kode: 'JHT', ikut: true },
    ]);
    expect(isi.pernyataan.versi).toBe('P-2026.1');
  });

  it('leaves blanks, never "0" or "Rp0", where a draft from an event has nothing yet', () => {
    const draftFromEvent = { ...emptyKepesertaan('a', 'k'), kegiatanId: 'e1' };
    const isi = isiFormulir({ ...emptyAnggota(), nama: 'Budi' }, draftFromEvent, undefined);
    const values = Object.entries(isi)
      .filter(([, v]) => typeof v === 'string')
      .map(([k, v]) => [k, v as string]);
    for (const [key, value] of values) {
      if (key === 'nama' || key === 'kategori') continue;
      expect(value, key).toBe('');
    }
    expect(JSON.stringify(isi)).not.toMatch(/undefined|Rp0|"0"/);
    expect(isi.pernyataan).toBe(pernyataanTerbaru);
  });

  it('gives a PU form all five program boxes', () => {
    const isi = isiFormulir(siti, { ...emptyKepesertaan('a', 'k'), kategori: 'PU', program: ['JKK', 'JKM', 'JHT', 'JP'] }, undefined);
    expect(isi.program.map((p) => [p.kode, p.ikut])).toEqual([
      ['JKK', true],
      ['JKM', true],
      ['JHT', true],
      ['JP', true],
      ['JKP', false],
    ]);
  });

  it('keeps birthplace and birth date apart, so a missing half is its own blank', () => {
    expect(isiFormulir({ ...siti, tempatLahir: '' }, emptyKepesertaan(), undefined)).toMatchObject({ tempatLahir: '', tanggalLahir: '12 Maret 1990' });
    expect(isiFormulir({ ...siti, tanggalLahir: '' }, emptyKepesertaan(), undefined)).toMatchObject({ tempatLahir: 'Tangerang', tanggalLahir: '' });
    expect(isiFormulir({ ...siti, rw: '' }, emptyKepesertaan(), undefined).rtRw).toBe('003/…');
  });
});
