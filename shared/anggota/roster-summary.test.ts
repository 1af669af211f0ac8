import { describe, expect, it } from 'vitest';
import type { JenisKelamin } from './anggota-schema';
import type { JenisPeran } from './peran-options';
import { rosterSummary, type RosterEntry } from './roster-summary';

const today = '2026-11-21';

function role(id: string, peran: JenisPeran, jk: JenisKelamin | '', extra: Partial<RosterEntry['peran']> = {}): RosterEntry & { nama: string } {
  return { nama: id, peran: { peran, jabatan: '', mulai: '2020-01-01', selesai: '', ...extra }, anggota: { id, jenisKelamin: jk } };
}

const laporan = { anggotaLaki: 200, anggotaPerempuan: 140, karyawanLaki: 3, karyawanPerempuan: 2 };

describe('rosterSummary', () => {
  it('counts current members by sex, people with no sex entered apart, and what is still unrecorded', () => {
    const roster = [
      ...Array.from({ length: 60 }, (_, i) => role(`l${i}`, 'anggota', 'L')),
      ...Array.from({ length: 50 }, (_, i) => role(`p${i}`, 'anggota', 'P')),
      role('x1', 'anggota', ''),
      role('x2', 'anggota', ''),
    ];
    const s = rosterSummary(roster, laporan, today);
    expect(s.anggota).toEqual({
      dilaporkan: { laki: 200, perempuan: 140, total: 340 },
      tercatat: { laki: 60, perempuan: 50, tanpaJenisKelamin: 2, total: 112 },
      belumTercatat: 228,
      melebihiLaporan: 0,
    });
    expect(s.groups.aktif.anggota).toHaveLength(112);
  });

  it('leaves ended roles out of the counts and lists them apart, most recently ended first', () => {
    const roster = [
      role('a', 'karyawan', 'L'),
      role('b', 'karyawan', 'P', { selesai: '2025-06-30' }),
      role('c', 'karyawan', 'P', { selesai: '2026-03-01' }),
      // Ends today: still current until tomorrow.
      role('d', 'karyawan', 'P', { selesai: today }),
    ];
    const s = rosterSummary(roster, laporan, today);
    expect(s.karyawan.tercatat).toEqual({ laki: 1, perempuan: 1, tanpaJenisKelamin: 0, total: 2 });
    expect(s.karyawan.belumTercatat).toBe(3);
    expect(s.groups.aktif.karyawan.map((r) => r.nama)).toEqual(['a', 'd']);
    expect(s.groups.berakhir.map((r) => r.nama)).toEqual(['c', 'b']);
  });

  it('says when more are recorded than reported (the report may be out of date)', () => {
    const roster = Array.from({ length: 7 }, (_, i) => role(`k${i}`, 'karyawan', i % 2 ? 'P' : 'L'));
    const s = rosterSummary(roster, laporan, today);
    expect(s.karyawan).toMatchObject({ belumTercatat: 0, melebihiLaporan: 2, tercatat: { laki: 4, perempuan: 3, total: 7 } });
  });

  it('counts a person once per kind of role, and does not count pengurus as members without an anggota role', () => {
    const roster = [
      role('a', 'anggota', 'P', { mulai: '2019-01-01', selesai: '2020-12-31' }),
      role('a', 'anggota', 'P', { mulai: '2022-01-01' }),
      role('a', 'pengurus', 'P', { jabatan: 'Ketua' }),
      role('b', 'pengurus', 'L', { jabatan: 'Bendahara' }),
    ];
    const s = rosterSummary(roster, laporan, today);
    expect(s.anggota.tercatat).toEqual({ laki: 0, perempuan: 1, tanpaJenisKelamin: 0, total: 1 });
    expect(s.groups.aktif.pengurus).toHaveLength(2);
    expect(s.groups.berakhir).toHaveLength(1);
  });

  it('lists pengurus by rank of jabatan, unknown jabatan last, keeping the roster order otherwise', () => {
    const roster = [
      role('Ani', 'pengurus', 'P', { jabatan: 'Bendahara' }),
      role('Budi', 'pengurus', 'L', { jabatan: 'Manajer Unit' }),
      role('Citra', 'pengurus', 'P', { jabatan: 'ketua' }),
      role('Dedi', 'pengurus', 'L', { jabatan: 'Sekretaris' }),
      role('Eka', 'pengawas', 'P', { jabatan: 'Anggota Pengawas' }),
      role('Fajar', 'pengawas', 'L', { jabatan: 'Ketua Pengawas' }),
    ];
    const s = rosterSummary(roster, laporan, today);
    expect(s.groups.aktif.pengurus.map((r) => r.nama)).toEqual(['Citra', 'Dedi', 'Ani', 'Budi']);
    expect(s.groups.aktif.pengawas.map((r) => r.nama)).toEqual(['Fajar', 'Eka']);
  });

  it('an empty roster: nothing recorded, everything reported still to record', () => {
    const s = rosterSummary([], laporan, today);
    expect(s.anggota).toMatchObject({ tercatat: { total: 0 }, belumTercatat: 340, melebihiLaporan: 0 });
    expect(s.karyawan).toMatchObject({ tercatat: { total: 0 }, belumTercatat: 5 });
  });
});
