import { describe, expect, it } from 'vitest';
import { emptyAnggota } from '../../../shared/anggota/anggota-schema';
import { emptyPeran } from '../../../shared/anggota/peran-schema';
import { rosterSummary } from '../../../shared/anggota/roster-summary';
import { emptyKepesertaan } from '../../../shared/kepesertaan/kepesertaan-schema';
import { kepesertaanSummary } from '../../../shared/kepesertaan/kepesertaan-summary';
import { tarifIuranBawaan } from '../../../shared/kepesertaan/tarif-iuran';
import { emptyKoperasi } from '../../../shared/koperasi/koperasi-schema';
import { createRepositories } from '../../db/repositories';
import { openTestDb } from '../../test-support/test-db';
import { loadKoperasiKepesertaan } from './use-koperasi-orang';

const today = '2026-11-21';
const consent = { persetujuanVersi: 'P-2026.1', persetujuanOleh: 'Rina', persetujuanWaktu: '2026-11-21T08:00:00.000Z' };

describe('a cooperative’s people and enrollments, as its tabs read them', () => {
  it('leaves out a deleted person, their roles and their enrollments; counts people with no sex entered apart', async () => {
    const { db, writes } = await openTestDb();
    const repos = createRepositories(db, writes);
    const k = await repos.koperasi.create({ ...emptyKoperasi(), nama: 'Koperasi Maju Bersama', karyawanLaki: 2, karyawanPerempuan: 2 });
    const other = await repos.koperasi.create({ ...emptyKoperasi(), nama: 'Koperasi Lain' });
    const person = async (nama: string, jenisKelamin: '' | 'L' | 'P', selesai = '') => {
      const a = await repos.anggota.create({ ...emptyAnggota(), nama, jenisKelamin });
      await repos.peran.create({ ...emptyPeran(a.id, k.id), peran: 'karyawan', mulai: '2024-01-01', selesai });
      return a;
    };
    const budi = await person('Budi', 'L');
    const sari = await person('Sari', 'P');
    await person('Tanpa Data', '');
    await person('Lama', 'P', '2025-01-31');
    const gone = await person('Dihapus', 'L');

    const enroll = async (anggotaId: string, koperasiId = k.id) => {
      const e = await repos.kepesertaan.create({ ...emptyKepesertaan(anggotaId, koperasiId), ...consent, upah: 3_000_000 });
      await repos.kepesertaan.changeStatus(e.id, { status: 'diajukan' });
      return repos.kepesertaan.changeStatus(e.id, { status: 'terdaftar', kpj: '12345678901' });
    };
    await enroll(budi.id);
    await enroll(gone.id);
    // Registered through another cooperative: not this cooperative's progress.
    await enroll(sari.id, other.id);
    await repos.anggota.remove(gone.id);

    const { roster, enrollments } = await loadKoperasiKepesertaan(repos, k.id);
    const orang = rosterSummary(roster, k, today);
    expect(orang.karyawan.tercatat).toEqual({ laki: 1, perempuan: 1, tanpaJenisKelamin: 1, total: 3 });
    expect(orang.karyawan.belumTercatat).toBe(1);
    expect(orang.groups.berakhir.map((r) => r.anggota.nama)).toEqual(['Lama']);

    const s = kepesertaanSummary(
      roster,
      enrollments.map((e) => e.kepesertaan),
      tarifIuranBawaan,
      today,
    );
    expect(s.progres.karyawan).toEqual({ terdaftar: 1, total: 3 });
    expect(s.perStatus.terdaftar).toBe(1);
    // PU Rp3.000.000, JKK + JKM at risk group 1: 7.200 + 9.000, all employer.
    expect(s.iuranTerdaftar).toEqual({ pemberiKerja: 16_200, pekerja: 0, total: 16_200, jumlah: 1, tanpaTarif: 0 });
  });
});
