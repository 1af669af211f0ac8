import { describe, expect, it } from 'vitest';
import type { RosterEntry } from '../anggota/roster-summary';
import type { JenisPeran } from '../anggota/peran-options';
import { kepesertaanSummary, type EnrollmentEntry } from './kepesertaan-summary';
import { tarifIuranBawaan, type TarifIuran } from './tarif-iuran';

const today = '2026-11-21';
const tarif = tarifIuranBawaan;

const role = (id: string, peran: JenisPeran, selesai = ''): RosterEntry => ({
  peran: { peran, jabatan: peran === 'pengurus' ? 'Ketua' : '', mulai: '2020-01-01', selesai },
  anggota: { id, jenisKelamin: 'L' },
});

// PU, Rp3.000.000, JKK + JKM + JHT, risk 1: employer 7.200 + 9.000 + 111.000 = 127.200; worker 60.000.
const pu = (anggotaId: string, status: EnrollmentEntry['status'], extra: Partial<EnrollmentEntry> = {}): EnrollmentEntry => ({
  anggotaId,
  status,
  kategori: 'PU',
  program: ['JKK', 'JKM', 'JHT'],
  upah: 3_000_000,
  kelompokRisiko: 1,
  tanggalEfektif: '2026-01-01',
  ...extra,
});
// BPU, Rp1.000.000, JKK + JKM: the minimum package, Rp10.000 + Rp6.800 = Rp16.800, all paid by the participant.
const bpu = (anggotaId: string, status: EnrollmentEntry['status']): EnrollmentEntry => ({
  anggotaId,
  status,
  kategori: 'BPU',
  program: ['JKK', 'JKM'],
  upah: 1_000_000,
  kelompokRisiko: 1,
  tanggalEfektif: '',
});

describe('kepesertaanSummary', () => {
  it('progress per role: people with a current role who are registered through this cooperative', () => {
    const roster = [
      role('k1', 'karyawan'),
      role('k2', 'karyawan'),
      role('k3', 'karyawan'),
      role('k4', 'karyawan', '2025-12-31'),
      role('p1', 'pengurus'),
      role('a1', 'anggota'),
      role('a2', 'anggota'),
      role('k1', 'anggota'),
    ];
    const enrollments = [pu('k1', 'terdaftar'), pu('k2', 'diajukan'), pu('k4', 'terdaftar'), bpu('a1', 'terdaftar'), bpu('a1', 'nonaktif')];
    const s = kepesertaanSummary(roster, enrollments, tarif, today);
    expect(s.progres).toEqual({
      karyawan: { terdaftar: 1, total: 3 },
      pengurus: { terdaftar: 0, total: 1 },
      anggota: { terdaftar: 2, total: 3 },
    });
    expect(s.perStatus).toEqual({ draf: 0, formulir_dicetak: 0, diajukan: 1, terdaftar: 3, ditolak: 0, nonaktif: 1 });
  });

  it('sums monthly contributions of registered enrollments and, apart, of those in process', () => {
    const enrollments = [
      pu('k1', 'terdaftar'),
      pu('k2', 'terdaftar'),
      bpu('a1', 'terdaftar'),
      bpu('a2', 'draf'),
      pu('k3', 'formulir_dicetak'),
      pu('k4', 'diajukan'),
      pu('k5', 'ditolak'),
      pu('k6', 'nonaktif'),
    ];
    const s = kepesertaanSummary([], enrollments, tarif, today);
    expect(s.iuranTerdaftar).toEqual({ pemberiKerja: 254_400, pekerja: 136_800, total: 391_200, jumlah: 3, tanpaTarif: 0 });
    expect(s.iuranProses).toEqual({ pemberiKerja: 254_400, pekerja: 136_800, total: 391_200, jumlah: 3, tanpaTarif: 0 });
  });

  it('prices a future enrollment with the rates of its effective date, and counts those no rate covers', () => {
    const naik: TarifIuran = { ...tarif[0]!, id: 'naik', berlakuMulai: '2027-01-01', berlakuSampai: '', bpu: { ...tarif[0]!.bpu, jkmTetap: 8_000 } };
    const rows = [{ ...tarif[0]!, berlakuSampai: '2026-12-31' }, naik];
    const s = kepesertaanSummary([], [bpu('a1', 'terdaftar'), { ...bpu('a2', 'diajukan'), tanggalEfektif: '2027-02-01' }], rows, today);
    expect(s.iuranTerdaftar.total).toBe(16_800);
    expect(s.iuranProses.total).toBe(18_000);

    const none = kepesertaanSummary([], [bpu('a1', 'terdaftar'), pu('k1', 'terdaftar', { tanggalEfektif: '2024-01-01' })], [naik], today);
    expect(none.iuranTerdaftar).toEqual({ pemberiKerja: 0, pekerja: 0, total: 0, jumlah: 0, tanpaTarif: 2 });
  });

  it('nothing recorded: zeros everywhere', () => {
    const s = kepesertaanSummary([], [], tarif, today);
    expect(s.progres.karyawan).toEqual({ terdaftar: 0, total: 0 });
    expect(s.iuranTerdaftar).toEqual({ pemberiKerja: 0, pekerja: 0, total: 0, jumlah: 0, tanpaTarif: 0 });
  });
});
