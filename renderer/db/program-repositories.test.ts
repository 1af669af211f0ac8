import { describe, expect, it } from 'vitest';
import { emptyKoperasi } from '../../shared/koperasi/koperasi-schema';
import { emptyKegiatan } from '../../shared/kegiatan/kegiatan-schema';
import { emptyKepesertaan } from '../../shared/kepesertaan/kepesertaan-schema';
import { hitungCapaian } from '../../shared/program/hitung-capaian';
import { emptyKeikutsertaan } from '../../shared/program/keikutsertaan-schema';
import { emptyPerjanjian, perjanjianSchema } from '../../shared/program/perjanjian-schema';
import { emptyProgram } from '../../shared/program/program-schema';
import { emptyTarget, targetSchema } from '../../shared/program/target-schema';
import { NomorPerjanjianInUseError, PerjanjianInUseError } from './perjanjian-repository';
import { createRepositories } from './repositories';
import { TargetOverlapError } from './target-repository';
import { openTestDb } from '../test-support/test-db';

const mou = {
  ...emptyPerjanjian(),
  judul: 'Perluasan kepesertaan jaminan sosial ketenagakerjaan',
  tanggal: '2020-11-12',
  pihak: [
    { nama: 'Kementerian Koperasi dan UKM', nomor: '12/KB/M.KUKM/XI/2020', penandatangan: 'Teten Masduki', jabatan: 'Menteri' },
    { nama: 'BPJS Ketenagakerjaan', nomor: 'MOU/8/11/2020', penandatangan: 'Agus Susanto', jabatan: 'Direktur Utama' },
  ],
};

describe('agreements, programs, targets', () => {
  it('refuses an agreement number another agreement has, in any case or spacing, and frees it on delete', async () => {
    const { db, writes } = await openTestDb();
    const repos = createRepositories(db, writes);
    const first = await repos.perjanjian.create(mou);
    const copy = {
      ...mou,
      judul: 'PKS turunan',
      pihak: [
        { nama: 'Dinas', nomor: '500/1/2021', penandatangan: '', jabatan: '' },
        { nama: 'BPJS', nomor: 'mou/8/11/ 2020', penandatangan: '', jabatan: '' },
      ],
    };
    await expect(repos.perjanjian.create(copy)).rejects.toEqual(new NomorPerjanjianInUseError(1));
    expect(await repos.perjanjian.update(first.id, { ...mou, catatan: 'diperpanjang' })).toMatchObject({ catatan: 'diperpanjang' });
    await repos.perjanjian.remove(first.id);
    expect(await repos.perjanjian.list()).toEqual([]);
    await repos.perjanjian.restore(first.id);
    expect((await repos.perjanjian.list()).map((p) => p.id)).toEqual([first.id]);
  });

  it('checks an agreement and a target beside the field: no number, a number twice, end before start, target ≤ 0', () => {
    const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
      r.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(issues(perjanjianSchema.safeParse({ ...mou, pihak: [{ ...mou.pihak[0]!, nomor: '' }] }))).toEqual([
      'pihak.0.nomor:validation.nomorPerjanjianRequired',
    ]);
    expect(issues(perjanjianSchema.safeParse({ ...mou, pihak: [mou.pihak[0]!, { ...mou.pihak[1]!, nomor: '12/kb/m.kukm/xi/2020' }] }))).toEqual([
      'pihak.1.nomor:validation.nomorPerjanjianGanda',
    ]);
    expect(issues(perjanjianSchema.safeParse({ ...mou, berlakuMulai: '2021-01-01', berlakuSampai: '2020-12-31' }))).toEqual([
      'berlakuSampai:validation.endBeforeStart',
    ]);
    expect(issues(targetSchema.safeParse({ ...emptyTarget('p', 2026), jumlah: 0 }))).toEqual(['jumlah:validation.targetPositif']);
    expect(issues(targetSchema.safeParse({ ...emptyTarget('p', 2026), mulai: '2026-06-01', sampai: '2026-05-31' }))).toEqual([
      'sampai:validation.endBeforeStart',
    ]);
  });

  it('refuses a second target for the same segment over overlapping days, not one for the next year or another segment', async () => {
    const { db, writes } = await openTestDb();
    const repos = createRepositories(db, writes);
    const program = await repos.program.create({ ...emptyProgram(), nama: 'PKS-PKB Samsat', aturan: 'keikutsertaan' });
    const masyarakat = { ...emptyTarget(program.id, 2021), segmen: 'golongan' as const, segmenNilai: 'masyarakat', jumlah: 8 };
    await repos.target.create(masyarakat);
    await expect(repos.target.create({ ...masyarakat, mulai: '2021-07-01', sampai: '2022-06-30' })).rejects.toBeInstanceOf(TargetOverlapError);
    await repos.target.create({ ...masyarakat, mulai: '2022-01-01', sampai: '2022-12-31' });
    await repos.target.create({ ...masyarakat, segmenNilai: 'karyawan', jumlah: 2 });
    expect((await repos.target.listForProgram(program.id)).map((t) => `${t.mulai.slice(0, 4)} ${t.segmenNilai} ${t.jumlah}`)).toEqual([
      '2022 masyarakat 8',
      '2021 karyawan 2',
      '2021 masyarakat 8',
    ]);
  });

  it('reads the counting data of one moment: live records, the date the employer registration was learned', async () => {
    const { db, writes, advance } = await openTestDb();
    const repos = createRepositories(db, writes);
    const ksp = await repos.koperasi.create({ ...emptyKoperasi(), nama: 'KSP Mekar', jenis: 'simpan_pinjam' });
    const gone = await repos.koperasi.create({ ...emptyKoperasi(), nama: 'KSP Hilang', jenis: 'simpan_pinjam', statusBpjs: 'terdaftar' });
    await repos.koperasi.remove(gone.id);
    advance(86_400_000 * 3);
    await repos.koperasi.update(ksp.id, { statusBpjs: 'terdaftar' });
    await writes.create('kepesertaan', { ...emptyKepesertaan('a1', ksp.id), status: 'ditolak', statusSejak: '2026-11-21T08:00:00.000Z', alasanDitolak: 'x' });
    const data = await repos.capaian.getData();
    expect(data.koperasi).toEqual([expect.objectContaining({ id: ksp.id, bpjsSejak: '2026-11-24' })]);
    // A refused enrollment never counts: the cooperative's summary holds no tuple for it.
    expect(data.ringkasan.get(ksp.id)?.kepesertaan.anggotaId ?? []).toEqual([]);
    const program = { id: 'p', aturan: 'koperasi_bpjs' as const, minimumTerdaftar: 0, peranDihitung: [] };
    expect(hitungCapaian(program, { ...emptyTarget('p', 2026), jumlah: 98, segmen: 'jenis', segmenNilai: 'simpan_pinjam' }, data).memenuhi).toEqual([
      { id: ksp.id, koperasiId: ksp.id, tanggal: '2026-11-24' },
    ]);
  });

  it('deletes a program with its targets and participations and unlinks its events, journalled; one undo brings all back', async () => {
    const { db, writes } = await openTestDb();
    const repos = createRepositories(db, writes);
    const pkb = await repos.program.create({ ...emptyProgram(), nama: 'PKS-PKB Samsat', aturan: 'keikutsertaan' });
    const other = await repos.program.create({ ...emptyProgram(), nama: 'Program lain', aturan: 'keikutsertaan' });
    const target = await repos.target.create({ ...emptyTarget(pkb.id, 2021), jumlah: 8 });
    const kept = await repos.target.create({ ...emptyTarget(other.id, 2021), jumlah: 2 });
    const ikut = await repos.keikutsertaan.create({ ...emptyKeikutsertaan(pkb.id, 'k1'), tanggalBergabung: '2020-03-02' });
    const linked = await repos.kegiatan.create({ ...emptyKegiatan(), judul: 'Sosialisasi PKB', tanggal: '2021-03-01', programId: pkb.id });
    const named = await repos.kegiatan.create({
      ...emptyKegiatan(),
      judul: 'Sosialisasi PKB 2',
      tanggal: '2021-04-01',
      programId: pkb.id,
      program: 'PKB (catatan lama)',
    });

    const removal = await repos.program.remove(pkb.id);
    expect(removal).toEqual({
      programId: pkb.id,
      targetIds: [target.id],
      keikutsertaanIds: [ikut.id],
      kegiatan: expect.arrayContaining([
        { id: linked.id, program: '' },
        { id: named.id, program: 'PKB (catatan lama)' },
      ]),
    });
    expect(await repos.program.list()).toEqual([expect.objectContaining({ id: other.id })]);
    expect(await repos.target.listForProgram(pkb.id)).toEqual([]);
    expect(await repos.target.listForProgram(other.id)).toEqual([expect.objectContaining({ id: kept.id })]);
    expect(await repos.keikutsertaan.listForProgram(pkb.id)).toEqual([]);
    // The events stay, no longer linked, still saying in words what they served.
    expect(await repos.kegiatan.get(linked.id)).toMatchObject({ programId: '', program: 'PKS-PKB Samsat' });
    expect(await repos.kegiatan.get(named.id)).toMatchObject({ programId: '', program: 'PKB (catatan lama)' });
    // Every part went through the write path: each has its journal entry, so it travels in the next bundle.
    const journalled = (await db.journal.toArray())
      .filter((e) => e.op === 'delete' || (e.table === 'kegiatan' && e.op === 'update'))
      .map((e) => `${e.table}:${e.op}`);
    expect(journalled.sort()).toEqual(['kegiatan:update', 'kegiatan:update', 'keikutsertaan:delete', 'program:delete', 'target:delete']);

    await repos.program.restore(removal);
    expect((await repos.program.list()).map((p) => p.id).sort()).toEqual([pkb.id, other.id].sort());
    expect((await repos.target.listForProgram(pkb.id)).map((t) => t.id)).toEqual([target.id]);
    expect((await repos.keikutsertaan.listForProgram(pkb.id)).map((k) => k.id)).toEqual([ikut.id]);
    expect(await repos.kegiatan.get(linked.id)).toMatchObject({ programId: pkb.id, program: '' });
    expect(await repos.kegiatan.get(named.id)).toMatchObject({ programId: pkb.id, program: 'PKB (catatan lama)' });
  });

  it('refuses to delete an agreement a live program rests on, naming the programs; deletes it once unlinked', async () => {
    const { db, writes } = await openTestDb();
    const repos = createRepositories(db, writes);
    const agreement = await repos.perjanjian.create(mou);
    const ksp = await repos.program.create({ ...emptyProgram(), nama: 'Kepesertaan karyawan KSP', perjanjianIds: [agreement.id] });
    const produsen = await repos.program.create({ ...emptyProgram(), nama: 'Koperasi produsen', perjanjianIds: [agreement.id] });
    await expect(repos.perjanjian.remove(agreement.id)).rejects.toEqual(new PerjanjianInUseError(['Kepesertaan karyawan KSP', 'Koperasi produsen']));
    expect(await repos.perjanjian.get(agreement.id)).toBeDefined();
    // A deleted program no longer holds it; an edited one no longer names it.
    await repos.program.remove(produsen.id);
    await repos.program.update(ksp.id, { perjanjianIds: [] });
    await repos.perjanjian.remove(agreement.id);
    expect(await repos.perjanjian.get(agreement.id)).toBeUndefined();
  });
});
