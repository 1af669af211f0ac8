import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataContoh, kepala, label } from '../test-support/contoh-data-laporan';
import { namaLembar, semuaBaris, type Lembar } from './lembar';
import { susunLaporanPusat } from './susun-laporan-pusat';

const sheet = (lembar: readonly Lembar[], nama: string) => lembar.find((l) => l.nama === nama)!;
const kolom = (l: Lembar, judul: string) => l.kolom.findIndex((k) => k.judul === judul);
const isi = (l: Lembar, judul: string) => semuaBaris(l).map((r) => r[kolom(l, judul)]);

describe('susunLaporanPusat', () => {
  it('makes the six sheets in order, with Bahasa Indonesia headers and rows counted for the log', () => {
    const laporan = susunLaporanPusat(dataContoh(), kepala, label);
    expect(laporan.lembar.map((l) => l.nama)).toEqual([...namaLembar]);
    expect(laporan.jumlah).toEqual({ Koperasi: 2, Peserta: 3, Kegiatan: 2, Kehadiran: 2, Capaian: 5, Target: 0 });
    expect(
      sheet(laporan.lembar, 'Peserta')
        .kolom.map((k) => k.judul)
        .slice(0, 6),
    ).toEqual(['No', 'NIK', 'Nama', 'Jenis Kelamin', 'Tanggal Lahir', 'Kecamatan Domisili']);
  });

  it('makes the same rows in chunks as at once, numbered by their place in the sheet', () => {
    for (const l of susunLaporanPusat(dataContoh(), kepala, label).lembar) {
      const sekaligus = semuaBaris(l);
      expect(sekaligus).toHaveLength(l.jumlahBaris);
      const potongan = Array.from({ length: l.jumlahBaris }, (_, i) => l.barisDari(i, i + 1)).flat();
      expect(potongan).toEqual(sekaligus);
    }
    const peserta = sheet(susunLaporanPusat(dataContoh(), kepala, label).lembar, 'Peserta');
    expect(peserta.barisDari(1, 3).map((r) => r[0])).toEqual([2, 3]);
  });

  it('masks every NIK unless full NIKs were chosen', () => {
    const masked = susunLaporanPusat(dataContoh(), kepala, label).lembar;
    expect(isi(sheet(masked, 'Peserta'), 'NIK').sort()).toEqual(['3674********0001', '3674********0001', '3674********0002']);
    expect(isi(sheet(masked, 'Kehadiran'), 'NIK')).toEqual(['3674********0001', '']);
    const full = susunLaporanPusat(dataContoh(), { ...kepala, nikLengkap: true }, label).lembar;
    expect(isi(sheet(full, 'Peserta'), 'NIK')).toContain('3674015203900001');
    expect(isi(sheet(full, 'Kehadiran'), 'NIK')).toEqual(['3674015203900001', '']);
    expect(sheet(full, 'Capaian').pembuka.find((r) => r[0] === 'NIK')?.[1]).toMatch(/^LENGKAP/);
  });

  it('writes words for codes, Indonesian dates, programs in form order and the wage as a number', () => {
    const peserta = sheet(susunLaporanPusat(dataContoh(), kepala, label).lembar, 'Peserta');
    const siti = semuaBaris(peserta).find((r) => r[kolom(peserta, 'Koperasi')] === 'Koperasi Karyawan Maju Bersama')!;
    expect(siti[kolom(peserta, 'Jenis Kelamin')]).toBe('Perempuan');
    expect(siti[kolom(peserta, 'Tanggal Lahir')]).toEqual(new Date('1990-03-12'));
    expect(siti[kolom(peserta, 'Program')]).toBe('JKK, JKM, JHT');
    expect(siti[kolom(peserta, 'Upah/Penghasilan per Bulan')]).toBe(4_500_000);
    expect(siti[kolom(peserta, 'Status')]).toBe('Terdaftar');
    expect(siti[kolom(peserta, 'Tanggal Persetujuan')]).toEqual(new Date('2026-11-10'));
    expect(peserta.kolom[kolom(peserta, 'Upah/Penghasilan per Bulan')]?.format).toBe('rupiah');
  });

  it('puts an apostrophe before text that would start a formula, and keeps numbers numbers', () => {
    const lembar = susunLaporanPusat(dataContoh(), kepala, label).lembar;
    expect(isi(sheet(lembar, 'Koperasi'), 'Nama Koperasi')).toContain('\'=HYPERLINK("http://x","klik")');
    expect(isi(sheet(lembar, 'Peserta'), 'Alasan Ditolak')).toContain("'@data tidak cocok");
    expect(isi(sheet(lembar, 'Kehadiran'), 'Nama')).toContain("'+62 812 walk-in");
    expect(isi(sheet(lembar, 'Koperasi'), 'Jumlah Anggota')).toEqual([42, 42]);
  });

  it('leaves out deleted records, and with a deleted person their enrollments and check-ins', () => {
    const data = dataContoh();
    const laporan = susunLaporanPusat(
      {
        ...data,
        koperasi: data.koperasi.map((k) => (k.id === 'k2' ? { ...k, deleted: 1 as const } : k)),
        orang: data.orang.map((o) => (o.id === 'a1' ? { ...o, deleted: 1 as const } : o)),
        kegiatan: data.kegiatan.map((g) => ({ ...g, deleted: g.id === 'g2' ? (1 as const) : (0 as const) })),
      },
      kepala,
      label,
    );
    expect(laporan.jumlah).toMatchObject({ Koperasi: 1, Peserta: 1, Kegiatan: 1, Kehadiran: 1 });
    const peserta = sheet(laporan.lembar, 'Peserta');
    expect(isi(peserta, 'Nama')).toEqual(['Budi Santoso']);
    expect(isi(peserta, 'Koperasi')).toEqual(['']);
  });

  it('never lets any cell of any sheet start a formula, whatever officers typed', () => {
    const teks = fc.oneof(fc.string(), fc.constantFrom('=1+1', '+62', '-', '@x', '\t=1', '\r=1', '＝1'));
    fc.assert(
      fc.property(teks, teks, teks, teks, teks, (nama, judul, alasan, kelompok, tempat) => {
        const data = dataContoh();
        const laporan = susunLaporanPusat(
          {
            ...data,
            koperasi: data.koperasi.map((k) => ({ ...k, nama, kelompok, alamat: alasan, kecamatanNama: tempat })),
            orang: data.orang.map((o) => ({ ...o, nama, kecamatanNama: kelompok })),
            kepesertaan: data.kepesertaan.map((e) => ({ ...e, alasanDitolak: alasan, kpj: tempat })),
            kegiatan: data.kegiatan.map((g) => ({ ...g, judul, tempat, program: alasan, kecamatanNama: nama })),
          },
          { ...kepala, namaKantor: judul, dibuatOleh: nama, kabupatenNama: tempat },
          label,
        );
        for (const l of laporan.lembar) {
          for (const sel of [...l.pembuka.flat(), ...l.kolom.map((k) => k.judul), ...semuaBaris(l).flat(), ...l.penutup.flat()]) {
            if (typeof sel === 'string') expect(sel).not.toMatch(/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
