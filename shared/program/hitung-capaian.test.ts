import { describe, expect, it } from 'vitest';
import { hitungCapaian, tanggalWib, type DataCapaian, type KegiatanHitung, type KoperasiHitung, type ProgramHitung, type TargetHitung } from './hitung-capaian';
import { ringkasDariRekaman, type KehadiranSumber, type KepesertaanSumber, type PeranSumber } from './ringkasan-koperasi';

const kop = (id: string, over: Partial<KoperasiHitung> = {}): KoperasiHitung => ({
  id,
  jenis: 'simpan_pinjam',
  golongan: 'masyarakat',
  kecamatanKode: '32.15.01',
  statusBpjs: 'belum',
  npp: '',
  bpjsSejak: '',
  ...over,
});
/** The counting data of these records, their per-cooperative summaries built as the write path builds them. */
const data = (
  over: Partial<Omit<DataCapaian, 'ringkasan' | 'kegiatan'>> & {
    kepesertaan?: KepesertaanSumber[];
    peran?: PeranSumber[];
    kehadiran?: KehadiranSumber[];
    kegiatan?: (Omit<KegiatanHitung, 'programId'> & { programId?: string })[];
  } = {},
): DataCapaian => ({
  koperasi: over.koperasi ?? [],
  keikutsertaan: over.keikutsertaan ?? [],
  kegiatan: (over.kegiatan ?? []).map((k) => ({ programId: 'p-ksp', ...k })),
  ringkasan: ringkasDariRekaman(over),
});
const tahun2026: TargetHitung = { mulai: '2026-01-01', sampai: '2026-12-31', segmen: 'semua', segmenNilai: '', koperasiIds: [], jumlah: 10 };
const peserta: ProgramHitung = { id: 'p-peserta', aturan: 'peserta_terdaftar', minimumTerdaftar: 0, peranDihitung: [] };
const koperasiBpjs: ProgramHitung = { id: 'p-ksp', aturan: 'koperasi_bpjs', minimumTerdaftar: 2, peranDihitung: ['karyawan'] };
const pkb: ProgramHitung = { id: 'p-pkb', aturan: 'keikutsertaan', minimumTerdaftar: 0, peranDihitung: [] };

describe('tanggalWib', () => {
  it('reads a status time as the calendar day in WIB', () => {
    expect(tanggalWib('2026-12-31T16:30:00.000Z')).toBe('2026-12-31'); // 23:30 WIB
    expect(tanggalWib('2026-12-31T18:00:00.000Z')).toBe('2027-01-01'); // 01:00 WIB
    expect(tanggalWib('2026-03-05')).toBe('2026-03-05');
    expect(tanggalWib('')).toBe('');
  });
});

describe('hitungCapaian: peserta_terdaftar', () => {
  it('counts an enrollment made terdaftar late on 31 December WIB in that year, and one past midnight WIB in the next', () => {
    const d = data({
      koperasi: [kop('k1')],
      kepesertaan: [
        { anggotaId: 'a1', koperasiId: 'k1', status: 'terdaftar', statusSejak: '2026-12-31T16:59:00.000Z' },
        { anggotaId: 'a2', koperasiId: 'k1', status: 'terdaftar', statusSejak: '2026-12-31T17:00:00.000Z' },
      ],
    });
    const c = hitungCapaian(peserta, tahun2026, d);
    expect(c.memenuhi.map((m) => m.id)).toEqual(['a1']);
    expect(c.bulanan.at(-1)).toEqual({ bulan: '2026-12', kumulatif: 1, laju: 10 });
    expect(hitungCapaian(peserta, { ...tahun2026, mulai: '2027-01-01', sampai: '2027-12-31' }, d).tercapai).toBe(1);
  });

  it('counts a person enrolled through two cooperatives once', () => {
    const d = data({
      koperasi: [kop('k1'), kop('k2')],
      kepesertaan: [
        { anggotaId: 'a1', koperasiId: 'k1', status: 'terdaftar', statusSejak: '2026-05-02T03:00:00.000Z' },
        { anggotaId: 'a1', koperasiId: 'k2', status: 'terdaftar', statusSejak: '2026-04-02T03:00:00.000Z' },
      ],
    });
    const c = hitungCapaian(peserta, tahun2026, d);
    expect(c.tercapai).toBe(1);
    expect(c.memenuhi[0]).toEqual({ id: 'a1', koperasiId: 'k2', tanggal: '2026-04-02' });
    expect(c.corong.terdaftar).toBe(1);
  });

  it('ignores everything under a deleted cooperative', () => {
    const d = data({
      koperasi: [kop('k1', { deleted: 1 })],
      kepesertaan: [{ anggotaId: 'a1', koperasiId: 'k1', status: 'terdaftar', statusSejak: '2026-05-02T03:00:00.000Z' }],
    });
    const c = hitungCapaian(peserta, tahun2026, d);
    expect(c.tercapai).toBe(0);
    expect(c.belum).toEqual([]);
  });

  it('lists people still on the way, furthest first', () => {
    const d = data({
      koperasi: [kop('k1')],
      kepesertaan: [
        { anggotaId: 'a1', koperasiId: 'k1', status: 'draf', statusSejak: '2026-05-02T03:00:00.000Z' },
        { anggotaId: 'a2', koperasiId: 'k1', status: 'diajukan', statusSejak: '2026-05-02T03:00:00.000Z' },
        { anggotaId: 'a3', koperasiId: 'k1', status: 'ditolak', statusSejak: '2026-05-02T03:00:00.000Z' },
      ],
    });
    expect(hitungCapaian(peserta, tahun2026, d).belum.map((b) => [b.anggotaId, b.tahap])).toEqual([
      ['a2', 'diajukan'],
      ['a1', 'draf'],
    ]);
  });
});

describe('hitungCapaian: koperasi_bpjs', () => {
  const ksp98: TargetHitung = { ...tahun2026, segmen: 'jenis', segmenNilai: 'simpan_pinjam', jumlah: 98 };
  it('counts an employer registration, or N people of the counted roles terdaftar, within the segment', () => {
    const d = data({
      koperasi: [kop('k1', { npp: '12345678' }), kop('k2'), kop('k3'), kop('k4', { jenis: 'produsen', statusBpjs: 'terdaftar' })],
      peran: [
        { anggotaId: 'a1', koperasiId: 'k2', peran: 'karyawan' },
        { anggotaId: 'a2', koperasiId: 'k2', peran: 'karyawan' },
        { anggotaId: 'a3', koperasiId: 'k3', peran: 'karyawan' },
        { anggotaId: 'a4', koperasiId: 'k3', peran: 'anggota' },
      ],
      kepesertaan: [
        { anggotaId: 'a1', koperasiId: 'k2', status: 'terdaftar', statusSejak: '2026-03-01T03:00:00.000Z' },
        { anggotaId: 'a2', koperasiId: 'k2', status: 'terdaftar', statusSejak: '2026-06-10T03:00:00.000Z' },
        { anggotaId: 'a3', koperasiId: 'k3', status: 'terdaftar', statusSejak: '2026-03-01T03:00:00.000Z' },
        { anggotaId: 'a4', koperasiId: 'k3', status: 'terdaftar', statusSejak: '2026-03-01T03:00:00.000Z' },
      ],
    });
    const c = hitungCapaian(koperasiBpjs, ksp98, d);
    expect(c.memenuhi).toEqual([
      { id: 'k1', koperasiId: 'k1', tanggal: '2026-01-01' },
      { id: 'k2', koperasiId: 'k2', tanggal: '2026-06-10' },
    ]);
    expect(c.persen).toBe(2);
    expect(c.belum).toEqual([{ koperasiId: 'k3', tahap: 'belum', terdaftar: 1 }]);
    expect(c.bulanan[4]!.kumulatif).toBe(1);
    expect(c.bulanan[5]!.kumulatif).toBe(2);
  });

  it("says where a cooperative not yet counted stands, with the program's own event that got it there", () => {
    const d = data({
      koperasi: [kop('k1'), kop('k2'), kop('k3')],
      kegiatan: [
        {
          id: 'e1',
          tanggal: '2026-02-01',
          undangan: [
            { koperasiId: 'k1', perwakilan: ['a1'] },
            { koperasiId: 'k2', perwakilan: ['a2'] },
          ],
        },
        { id: 'e0', tanggal: '2025-02-01', undangan: [{ koperasiId: 'k3', perwakilan: [] }] },
        // Another program's event in the period is no step towards this program.
        { id: 'e2', tanggal: '2026-03-01', programId: 'lain', undangan: [{ koperasiId: 'k3', perwakilan: ['a3'] }] },
      ],
      kehadiran: [
        { kegiatanId: 'e1', anggotaId: 'a2', koperasiId: 'k2', inginMendaftar: true },
        { kegiatanId: 'e2', anggotaId: 'a3', koperasiId: 'k3', inginMendaftar: true },
      ],
    });
    const c = hitungCapaian({ ...koperasiBpjs, peranDihitung: [] }, ksp98, d);
    expect(c.belum).toEqual([
      { koperasiId: 'k2', tahap: 'ingin_mendaftar', kegiatanId: 'e1', terdaftar: 0 },
      { koperasiId: 'k1', tahap: 'diundang', kegiatanId: 'e1', terdaftar: 0 },
      { koperasiId: 'k3', tahap: 'belum', terdaftar: 0 },
    ]);
    expect(c.corong).toMatchObject({ diundang: 2, hadir: 1, ingin_mendaftar: 1, draf: 0 });
  });

  it('does not count an employer registration learned after the period', () => {
    const d = data({ koperasi: [kop('k1', { statusBpjs: 'terdaftar', bpjsSejak: '2027-02-01' })] });
    expect(hitungCapaian(koperasiBpjs, ksp98, d).tercapai).toBe(0);
  });
});

describe('hitungCapaian: keikutsertaan', () => {
  const karyawan2020: TargetHitung = { mulai: '2020-01-01', sampai: '2020-12-31', segmen: 'golongan', segmenNilai: 'karyawan', koperasiIds: [], jumlah: 10 };
  it('counts cooperatives that joined in the period, once each, and not one that left before its end', () => {
    const d = data({
      koperasi: [kop('k1', { golongan: 'karyawan' }), kop('k2', { golongan: 'karyawan' }), kop('k3', { golongan: 'karyawan' }), kop('k4')],
      keikutsertaan: [
        { programId: 'p-pkb', koperasiId: 'k1', tanggalBergabung: '2020-03-01', status: 'ikut', tanggalKeluar: '' },
        { programId: 'p-pkb', koperasiId: 'k1', tanggalBergabung: '2020-03-01', status: 'ikut', tanggalKeluar: '' },
        { programId: 'p-pkb', koperasiId: 'k2', tanggalBergabung: '2020-04-01', status: 'keluar', tanggalKeluar: '2020-09-01' },
        { programId: 'p-pkb', koperasiId: 'k3', tanggalBergabung: '2020-05-01', status: 'keluar', tanggalKeluar: '2021-02-01' },
        { programId: 'p-pkb', koperasiId: 'k4', tanggalBergabung: '2020-05-01', status: 'ikut', tanggalKeluar: '' },
        { programId: 'lain', koperasiId: 'k2', tanggalBergabung: '2020-05-01', status: 'ikut', tanggalKeluar: '' },
      ],
    });
    const c = hitungCapaian(pkb, karyawan2020, d);
    expect(c.memenuhi.map((m) => m.id)).toEqual(['k1', 'k3']);
    expect(c.belum.map((b) => b.koperasiId)).toEqual(['k2']);
    expect(hitungCapaian(pkb, { ...karyawan2020, mulai: '2021-01-01', sampai: '2021-12-31' }, d).tercapai).toBe(0);
  });
});

/** The edge cases issue 13 names, for every rule they touch: 31 December, leaving, two cooperatives, deletion. */
describe('hitungCapaian: edge cases across the rules', () => {
  const karyawan1: ProgramHitung = { ...koperasiBpjs, minimumTerdaftar: 1 };

  it('koperasi_bpjs: a cooperative whose first person became terdaftar at 23:30 WIB on 31 December counts in December', () => {
    const d = data({
      koperasi: [kop('k1')],
      peran: [{ anggotaId: 'a1', koperasiId: 'k1', peran: 'karyawan' }],
      kepesertaan: [{ anggotaId: 'a1', koperasiId: 'k1', status: 'terdaftar', statusSejak: '2026-12-31T16:30:00.000Z' }],
    });
    const c = hitungCapaian(karyawan1, tahun2026, d);
    expect(c.memenuhi).toEqual([{ id: 'k1', koperasiId: 'k1', tanggal: '2026-12-31' }]);
    expect(c.bulanan.at(-2)!.kumulatif).toBe(0);
    expect(c.bulanan.at(-1)!.kumulatif).toBe(1);
  });

  it('keikutsertaan: joined on 31 December counts that year; left on 31 December does not', () => {
    const d = data({
      koperasi: [kop('k1'), kop('k2')],
      keikutsertaan: [
        { programId: 'p-pkb', koperasiId: 'k1', tanggalBergabung: '2026-12-31', status: 'ikut', tanggalKeluar: '' },
        { programId: 'p-pkb', koperasiId: 'k2', tanggalBergabung: '2026-02-01', status: 'keluar', tanggalKeluar: '2026-12-31' },
      ],
    });
    const c = hitungCapaian(pkb, tahun2026, d);
    expect(c.memenuhi.map((m) => [m.id, m.tanggal])).toEqual([['k1', '2026-12-31']]);
    expect(c.belum.map((b) => b.koperasiId)).toEqual(['k2']);
  });

  it('keikutsertaan: a cooperative that left and joined again counts from its new join', () => {
    const d = data({
      koperasi: [kop('k1')],
      keikutsertaan: [
        { programId: 'p-pkb', koperasiId: 'k1', tanggalBergabung: '2026-01-10', status: 'keluar', tanggalKeluar: '2026-03-01' },
        { programId: 'p-pkb', koperasiId: 'k1', tanggalBergabung: '2026-08-01', status: 'ikut', tanggalKeluar: '' },
      ],
    });
    expect(hitungCapaian(pkb, tahun2026, d).memenuhi).toEqual([{ id: 'k1', koperasiId: 'k1', tanggal: '2026-08-01' }]);
  });

  it('koperasi_bpjs: a person enrolled through two cooperatives counts towards each cooperative’s N, once in the funnel', () => {
    const d = data({
      koperasi: [kop('k1'), kop('k2')],
      peran: [
        { anggotaId: 'a1', koperasiId: 'k1', peran: 'karyawan' },
        { anggotaId: 'a1', koperasiId: 'k2', peran: 'karyawan' },
      ],
      kepesertaan: [
        { anggotaId: 'a1', koperasiId: 'k1', status: 'terdaftar', statusSejak: '2026-04-02T03:00:00.000Z' },
        { anggotaId: 'a1', koperasiId: 'k2', status: 'terdaftar', statusSejak: '2026-05-02T03:00:00.000Z' },
      ],
    });
    const c = hitungCapaian(karyawan1, tahun2026, d);
    expect(c.memenuhi.map((m) => [m.id, m.tanggal])).toEqual([
      ['k1', '2026-04-02'],
      ['k2', '2026-05-02'],
    ]);
    expect(c.corong.terdaftar).toBe(1);
  });

  it('peserta_terdaftar: a person enrolled through a deleted cooperative and a live one counts once, through the live one', () => {
    const d = data({
      koperasi: [kop('k1', { deleted: 1 }), kop('k2')],
      kepesertaan: [
        { anggotaId: 'a1', koperasiId: 'k1', status: 'terdaftar', statusSejak: '2026-02-02T03:00:00.000Z' },
        { anggotaId: 'a1', koperasiId: 'k2', status: 'terdaftar', statusSejak: '2026-06-02T03:00:00.000Z' },
      ],
    });
    expect(hitungCapaian(peserta, tahun2026, d).memenuhi).toEqual([{ id: 'a1', koperasiId: 'k2', tanggal: '2026-06-02' }]);
  });

  it('a deleted cooperative counts under no rule and is in no worklist, even registered or joined', () => {
    const d = data({
      koperasi: [kop('k1', { deleted: 1, npp: '12345678', statusBpjs: 'terdaftar' }), kop('k2')],
      keikutsertaan: [{ programId: 'p-pkb', koperasiId: 'k1', tanggalBergabung: '2026-03-01', status: 'ikut', tanggalKeluar: '' }],
      kegiatan: [{ id: 'e1', tanggal: '2026-02-01', undangan: [{ koperasiId: 'k1', perwakilan: ['a1'] }] }],
    });
    for (const program of [koperasiBpjs, pkb]) {
      const c = hitungCapaian(program, tahun2026, d);
      expect(c.tercapai).toBe(0);
      expect(c.belum.map((b) => b.koperasiId)).toEqual(['k2']);
      expect(c.corong.diundang).toBe(0);
    }
  });

  it('a deleted participation record does not count; a live second record of the same cooperative still does', () => {
    const d = data({
      koperasi: [kop('k1')],
      keikutsertaan: [
        { programId: 'p-pkb', koperasiId: 'k1', tanggalBergabung: '2026-03-01', status: 'ikut', tanggalKeluar: '', deleted: 1 },
        { programId: 'p-pkb', koperasiId: 'k1', tanggalBergabung: '2026-05-01', status: 'ikut', tanggalKeluar: '' },
      ],
    });
    expect(hitungCapaian(pkb, tahun2026, d).memenuhi.map((m) => m.tanggal)).toEqual(['2026-05-01']);
  });

  it('a named list of cooperatives: only those listed count or are chased, a deleted one in the list neither', () => {
    const daftar: TargetHitung = { ...tahun2026, segmen: 'daftar', koperasiIds: ['k1', 'k2', 'k4'], jumlah: 3 };
    const d = data({
      koperasi: [kop('k1', { npp: '1' }), kop('k2'), kop('k3', { npp: '3' }), kop('k4', { deleted: 1, npp: '4' })],
    });
    const c = hitungCapaian({ ...koperasiBpjs, minimumTerdaftar: 0 }, daftar, d);
    expect(c.memenuhi.map((m) => m.id)).toEqual(['k1']);
    expect(c.belum.map((b) => b.koperasiId)).toEqual(['k2']);
    expect(c.persen).toBe(33.3);
  });
});
