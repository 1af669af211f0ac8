import { describe, expect, it } from 'vitest';
import { emptyAnggota } from '../../shared/anggota/anggota-schema';
import { emptyKegiatan } from '../../shared/kegiatan/kegiatan-schema';
import { emptyKepesertaan } from '../../shared/kepesertaan/kepesertaan-schema';
import { emptyKoperasi } from '../../shared/koperasi/koperasi-schema';
import type { Cetakan } from '../../shared/cetak/cetakan-schema';
import type { EksporLog } from './ekspor-log';
import { openDevice } from '../test-support/test-devices';

const cetak = (jenis: Cetakan['jenis'], refId: string, judul: string): Cetakan => ({
  jenis,
  judul,
  refId,
  cara: 'pdf',
  berkas: `${judul}.pdf`,
  jumlahHalaman: 1,
  petugas: 'Rina',
  waktu: '2026-11-21T09:00:00.000Z',
});
const ekspor = (id: string, over: Partial<EksporLog>): EksporLog => ({
  id,
  waktu: '2026-11-21T10:00:00.000Z',
  berkas: 'bundel',
  tujuan: 'Kantor Dinas',
  jenis: 'perubahan',
  nomorEkspor: 1,
  sejak: '',
  sampai: '',
  jumlah: {},
  namaBerkas: `${id}.kopl`,
  petugas: 'Rina',
  terenkripsi: true,
  ...over,
});

describe('DataPribadiRepository', () => {
  it('collects a person’s record, roles, enrollments and check-ins, and the prints and files that named them, and nothing about others', async () => {
    const d = await openDevice('laptop-a');
    const { repos, db } = d;
    const maju = await repos.koperasi.create({ ...emptyKoperasi(), nama: 'Koperasi Maju Bersama' });
    const lain = await repos.koperasi.create({ ...emptyKoperasi(), nama: 'KSP Lain' });
    const ahmad = await repos.anggota.create({ ...emptyAnggota(), nama: 'Ahmad Fauzi', nik: '3674011203900001' });
    const siti = await repos.anggota.create({ ...emptyAnggota(), nama: 'Siti Aminah', nik: '3674064509950003' });
    d.advance(60_000);
    const sebelumAhmadBerubah = d.clock.next();
    const peran = await repos.peran.create({
      anggotaId: ahmad.id,
      koperasiId: maju.id,
      peran: 'pengurus',
      jabatan: 'Ketua',
      mulai: '2024-01-02',
      selesai: '',
      catatan: '',
    });
    await repos.peran.create({ anggotaId: siti.id, koperasiId: lain.id, peran: 'anggota', jabatan: '', mulai: '', selesai: '', catatan: '' });
    const ikut = await repos.kepesertaan.create({
      ...emptyKepesertaan(ahmad.id, maju.id),
      program: ['JKK', 'JKM', 'JHT'],
      upah: 3_000_000,
      tanggalEfektif: '2026-12-01',
    });
    const kegiatan = await repos.kegiatan.create({
      ...emptyKegiatan(),
      judul: 'Sosialisasi BPJS',
      tanggal: '2026-11-21',
      tempat: 'Aula',
      undangan: [{ koperasiId: maju.id, perwakilan: [ahmad.id], jumlahPerwakilan: 1 }],
    });
    const hadir = await repos.kehadiran.checkIn({ kegiatanId: kegiatan.id, anggotaId: ahmad.id, koperasiId: maju.id, petugas: 'Rina' });
    const sesudah = d.clock.next();

    await repos.cetakan.create(cetak('formulir_pendaftaran', ikut.id, 'Formulir Ahmad'));
    await repos.cetakan.create(cetak('daftar_hadir', kegiatan.id, 'Daftar Hadir Sosialisasi'));
    await repos.cetakan.create(cetak('daftar_kolektif', maju.id, 'Kolektif Maju'));
    await repos.cetakan.create(cetak('daftar_kolektif', lain.id, 'Kolektif Lain'));
    await repos.cetakan.create(cetak('laporan_capaian', kegiatan.id, 'Capaian'));
    await db.ekspor.bulkAdd([
      ekspor('semua-sesudah', { jenis: 'semua', sampai: sesudah }),
      ekspor('perubahan-dengan-ahmad', { sejak: sebelumAhmadBerubah, sampai: sesudah }),
      ekspor('perubahan-tanpa-ahmad', { sejak: sesudah, sampai: `${sesudah}z` }),
      ekspor('semua-sebelum', { jenis: 'semua', sampai: '2026-01-01T00:00:00.000Z-0000-x' }),
      ekspor('lembar-kerja', { berkas: 'xlsx', waktu: '2027-01-01T00:00:00.000Z' }),
    ]);

    const data = await repos.dataPribadi.collect(ahmad.id);
    expect(data?.anggota.nik).toBe('3674011203900001');
    expect(data?.peran).toEqual([{ peran, koperasi: 'Koperasi Maju Bersama' }]);
    expect(data?.kepesertaan.map((k) => [k.kepesertaan.id, k.koperasi])).toEqual([[ikut.id, 'Koperasi Maju Bersama']]);
    expect(data?.kehadiran.map((h) => [h.kehadiran.id, h.kegiatan, h.tanggal])).toEqual([[hadir.kehadiran.id, 'Sosialisasi BPJS', '2026-11-21']]);
    expect(data?.cetakan.map((c) => c.judul).sort()).toEqual(['Daftar Hadir Sosialisasi', 'Formulir Ahmad', 'Kolektif Maju']);
    expect(data?.ekspor.map((e) => e.id).sort()).toEqual(['lembar-kerja', 'perubahan-dengan-ahmad', 'semua-sesudah']);

    const dataSiti = await repos.dataPribadi.collect(siti.id);
    expect(dataSiti?.peran.map((p) => p.koperasi)).toEqual(['KSP Lain']);
    expect(dataSiti?.kepesertaan).toEqual([]);
    expect(dataSiti?.kehadiran).toEqual([]);
    expect(dataSiti?.cetakan).toEqual([]);

    await repos.anggota.eraseDataPribadi(ahmad.id);
    expect(await repos.dataPribadi.collect(ahmad.id)).toBeUndefined();
  });
});
