import { describe, expect, it } from 'vitest';
import { emptyAnggota } from '../../shared/anggota/anggota-schema';
import { emptyKepesertaan } from '../../shared/kepesertaan/kepesertaan-schema';
import { emptyKoperasi } from '../../shared/koperasi/koperasi-schema';
import { StatusStepNotAllowedError, UndoStatusError } from '../../shared/kepesertaan/status-kepesertaan';
import { KepesertaanRepository, KepesertaanInvalidError } from './kepesertaan-repository';
import { openTestDb } from '../test-support/test-db';
import { exportFrom, importInto, openDevice } from '../test-support/test-devices';
import { jumlahAntrianKecamatan } from '../test-support/jumlah-antrian-kecamatan';
import { gantiIsiBasisData } from './exchange/ganti-isi-basis-data';
import type { KopLindungDb } from './database';

async function setup() {
  const t = await openTestDb();
  let tick = 0;
  const repo = new KepesertaanRepository(t.db, t.writes, () => `2026-11-21T08:00:${String(tick++).padStart(2, '0')}.000Z`);
  const k = await t.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Maju', kecamatanKode: '36.74.01' });
  const a = await t.writes.create('anggota', { ...emptyAnggota(), nama: 'Ahmad', nik: '3674011203900001' });
  const base = { ...emptyKepesertaan(a.id, k.id), program: ['JKK', 'JKM', 'JHT'] as const, upah: 3_000_000 };
  return { ...t, repo, k, a, base: { ...base, program: [...base.program] } };
}

/** The per-kecamatan counters equal their index ranges' counts; returns them, for what a step should have made. */
async function counterSesuaiRange(db: KopLindungDb): Promise<Record<string, number>> {
  const { tersimpan, dihitung } = await jumlahAntrianKecamatan(db);
  expect(tersimpan).toEqual(dihitung);
  return tersimpan;
}

const consent = { persetujuanVersi: 'P-2026.1', persetujuanOleh: 'Rina (petugas)', persetujuanWaktu: '2026-11-21T08:00:00.000Z' };

describe('KepesertaanRepository', () => {
  it('takes an enrollment through every status to terdaftar, journalling each step', async () => {
    const { repo, base, db } = await setup();
    const e = await repo.create({ ...base, ...consent });
    expect(e.status).toBe('draf');
    await repo.changeStatus(e.id, { status: 'formulir_dicetak' });
    await repo.changeStatus(e.id, { status: 'diajukan' });
    const done = await repo.changeStatus(e.id, { status: 'terdaftar', kpj: '123 4567 8901' });
    expect(done).toMatchObject({ status: 'terdaftar', kpj: '12345678901' });
    const steps = await db.journal.where('[table+recordId]').equals(['kepesertaan', e.id]).toArray();
    expect(steps.map((s) => s.changes.status)).toEqual(['draf', 'formulir_dicetak', 'diajukan', 'terdaftar']);
  });

  it('refuses a step outside the life cycle, and steps that lack consent, a KPJ or a reason', async () => {
    const { repo, base } = await setup();
    const noConsent = await repo.create(base);
    await expect(repo.changeStatus(noConsent.id, { status: 'terdaftar', kpj: '12345678901' })).rejects.toBeInstanceOf(StatusStepNotAllowedError);
    await expect(repo.changeStatus(noConsent.id, { status: 'formulir_dicetak' })).rejects.toSatisfy(
      (e: unknown) => e instanceof KepesertaanInvalidError && e.issues.some((i) => i.message === 'validation.persetujuanRequired'),
    );
    const e = await repo.create({ ...base, ...consent });
    await repo.changeStatus(e.id, { status: 'diajukan' });
    await expect(repo.changeStatus(e.id, { status: 'terdaftar' })).rejects.toBeInstanceOf(KepesertaanInvalidError);
    await expect(repo.changeStatus(e.id, { status: 'ditolak', alasanDitolak: '  ' })).rejects.toBeInstanceOf(KepesertaanInvalidError);
    const rejected = await repo.changeStatus(e.id, { status: 'ditolak', alasanDitolak: 'Upah di bawah UMK' });
    expect(rejected.alasanDitolak).toBe('Upah di bawah UMK');
    expect((await repo.changeStatus(e.id, { status: 'draf' })).status).toBe('draf');
  });

  it('undoes a status step through the write path: a deactivation comes back terdaftar with its KPJ, a registration back to diajukan', async () => {
    const { repo, base, db } = await setup();
    const e = await repo.create({ ...base, ...consent });
    await repo.changeStatus(e.id, { status: 'diajukan' });
    const diajukan = (await repo.get(e.id))!;
    const terdaftar = await repo.changeStatus(e.id, { status: 'terdaftar', kpj: '12345678901' });
    await repo.changeStatus(e.id, { status: 'nonaktif' });
    const back = await repo.undoStatus(e.id, terdaftar, 'nonaktif');
    expect(back).toMatchObject({ status: 'terdaftar', kpj: '12345678901', statusSejak: terdaftar.statusSejak });
    const undone = await repo.undoStatus(e.id, diajukan, 'terdaftar');
    expect(undone).toMatchObject({ status: 'diajukan', kpj: '', statusSejak: diajukan.statusSejak });
    const steps = await db.journal.where('[table+recordId]').equals(['kepesertaan', e.id]).toArray();
    expect(steps.map((s) => s.changes.status)).toEqual(['draf', 'diajukan', 'terdaftar', 'nonaktif', 'terdaftar', 'diajukan']);
    // An undo after a later change would overwrite it: refused.
    await expect(repo.undoStatus(e.id, terdaftar, 'nonaktif')).rejects.toBeInstanceOf(UndoStatusError);
    expect((await repo.get(e.id))!.status).toBe('diajukan');
  });

  it('refuses program sets the rules forbid (JP for BPU)', async () => {
    const { repo, base } = await setup();
    await expect(repo.create({ ...base, kategori: 'BPU', program: ['JKK', 'JKM', 'JP'] })).rejects.toBeInstanceOf(KepesertaanInvalidError);
  });

  it('lists enrollments waiting at a status, longest first, by cooperative and by kecamatan', async () => {
    const { repo, base, writes, a } = await setup();
    const other = await writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Lain', kecamatanKode: '36.74.02' });
    const first = await repo.create({ ...base, ...consent });
    const second = await repo.create({ ...base, ...consent });
    const elsewhere = await repo.create({ ...base, ...consent, koperasiId: other.id });
    await repo.changeStatus(first.id, { status: 'diajukan' });
    const all = await repo.listAntrian({ status: 'draf' });
    expect(all.rows.map((r) => r.kepesertaan.id)).toEqual([second.id, elsewhere.id]);
    expect(all.rows[0]?.anggota?.id).toBe(a.id);
    expect(await repo.listAntrian({ status: 'draf', limit: 1 })).toMatchObject({ total: 2, rows: [{ kepesertaan: { id: second.id } }] });
    expect((await repo.listAntrian({ status: 'draf', kecamatanKode: '36.74.02' })).rows.map((r) => r.kepesertaan.id)).toEqual([elsewhere.id]);
    expect((await repo.listAntrian({ status: 'diajukan', koperasiId: base.koperasiId })).total).toBe(1);
    expect(await repo.countWaiting({})).toMatchObject({ draf: 2, diajukan: 1, formulir_dicetak: 0, ditolak: 0 });
    await repo.remove(second.id);
    expect(await repo.count('draf')).toBe(1);
    await repo.restore(second.id);
    expect(await repo.count('draf')).toBe(2);
    await repo.remove(second.id);
    expect(await repo.countWaiting({ kecamatanKode: '36.74.01' })).toMatchObject({ draf: 0, diajukan: 1 });
  });
  it('lists a kecamatan as the whole list sorted and cut did: same rows, same order (ties too), same total', async () => {
    const { repo, writes, db, a } = await setup();
    const koperasi = await writes.bulkCreate(
      'koperasi',
      Array.from({ length: 12 }, (_, i) => ({ ...emptyKoperasi(), nama: `Koperasi ${i}`, kecamatanKode: `36.74.0${i % 3}` })),
    );
    const statuses = ['draf', 'diajukan', 'formulir_dicetak'] as const;
    // Few distinct times, so many enrollments wait since the same moment (an import stamps them alike).
    const made = await writes.bulkCreate(
      'kepesertaan',
      Array.from({ length: 300 }, (_, i) => ({
        ...emptyKepesertaan(a.id, koperasi[(i * 7) % 12]!.id),
        program: ['JKK', 'JKM'],
        status: statuses[i % 3]!,
        statusSejak: `2026-11-${String(10 + (i % 9)).padStart(2, '0')}T08:00:00.000Z`,
      })),
    );
    for (const k of made.filter((_, i) => i % 13 === 0)) await writes.remove('kepesertaan', k.id);
    /** The plan before: every enrollment of the kecamatan's cooperatives by anyOf, sorted by statusSejak (stable). */
    const before = async (kecamatanKode: string, status: (typeof statuses)[number], limit: number) => {
      const ids = await db.koperasi.where('kecamatanKode').equals(kecamatanKode).primaryKeys();
      const all = await db.kepesertaan
        .where('antrianKoperasi')
        .anyOf(ids.map((k) => [k, status]))
        .toArray();
      all.sort((x, y) => (x.statusSejak < y.statusSejak ? -1 : x.statusSejak > y.statusSejak ? 1 : 0));
      return { ids: all.slice(0, limit).map((k) => k.id), total: all.length };
    };
    for (const kecamatanKode of ['36.74.00', '36.74.01', '36.74.02', '36.74.09']) {
      for (const status of statuses) {
        for (const limit of [1, 5, 9, 30, 500]) {
          const now = await repo.listAntrian({ status, kecamatanKode, limit });
          expect({ kecamatanKode, status, limit, ids: now.rows.map((r) => r.kepesertaan.id), total: now.total }).toEqual({
            kecamatanKode,
            status,
            limit,
            ...(await before(kecamatanKode, status, limit)),
          });
        }
      }
      const counts = await repo.countWaiting({ kecamatanKode });
      for (const status of statuses) expect(counts[status]).toBe((await before(kecamatanKode, status, 0)).total);
    }
  });

  it('reads a kecamatan from its own index: paged in order, deleted ones left out, a moved cooperative taking its enrollments along', async () => {
    const { repo, writes, a, db } = await setup();
    const [satu, dua] = await writes.bulkCreate('koperasi', [
      { ...emptyKoperasi(), nama: 'Koperasi Satu', kecamatanKode: '36.74.05' },
      { ...emptyKoperasi(), nama: 'Koperasi Dua', kecamatanKode: '36.74.06' },
    ]);
    const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T08:00:00.000Z`;
    // Days 10, 11, 11, 12, 12 in Satu (two ties); 11 and 13 in Dua.
    const made = await writes.bulkCreate(
      'kepesertaan',
      [10, 11, 11, 12, 12, 11, 13].map((day, i) => ({
        ...emptyKepesertaan(a.id, i < 5 ? satu!.id : dua!.id),
        ...consent,
        program: ['JKK', 'JKM'],
        upah: 3_000_000,
        status: 'draf' as const,
        statusSejak: at(day),
      })),
    );
    const ids = async (kecamatanKode: string, limit?: number) =>
      (await repo.listAntrian({ status: 'draf', kecamatanKode, limit })).rows.map((r) => r.kepesertaan.id);
    const bySejakThenId = (list: typeof made) =>
      [...list].sort((x, y) => (x.statusSejak < y.statusSejak ? -1 : x.statusSejak > y.statusSejak ? 1 : x.id < y.id ? -1 : 1)).map((k) => k.id);
    const satuAll = bySejakThenId(made.slice(0, 5));
    expect(await ids('36.74.05')).toEqual(satuAll);
    expect(await counterSesuaiRange(db)).toEqual({ '36.74.05:draf': 5, '36.74.06:draf': 2 });
    for (const limit of [0, 1, 2, 3, 4]) {
      expect(await repo.listAntrian({ status: 'draf', kecamatanKode: '36.74.05', limit })).toMatchObject({
        total: 5,
        rows: satuAll.slice(0, limit).map((id) => ({ kepesertaan: { id } })),
      });
    }
    await repo.remove(satuAll[1]!);
    expect(await ids('36.74.05')).toEqual(satuAll.filter((id) => id !== satuAll[1]));
    expect((await repo.countWaiting({ kecamatanKode: '36.74.05' })).draf).toBe(4);
    expect(await counterSesuaiRange(db)).toEqual({ '36.74.05:draf': 4, '36.74.06:draf': 2 });
    await repo.restore(satuAll[1]!);
    await repo.changeStatus(satuAll[0]!, { status: 'formulir_dicetak' });
    expect(await counterSesuaiRange(db)).toEqual({ '36.74.05:draf': 4, '36.74.05:formulir_dicetak': 1, '36.74.06:draf': 2 });
    expect((await repo.listAntrian({ status: 'formulir_dicetak', kecamatanKode: '36.74.05' })).rows.map((r) => r.kepesertaan.id)).toEqual([satuAll[0]]);

    // Dua moves to Satu's kecamatan: the two lists are now one, ties ordered by cooperative, then id.
    await writes.update('koperasi', dua!.id, { kecamatanKode: '36.74.05' });
    expect(await ids('36.74.06')).toEqual([]);
    expect(await counterSesuaiRange(db)).toEqual({ '36.74.05:draf': 6, '36.74.05:formulir_dicetak': 1 });
    const merged = made
      .slice(1)
      .filter((k) => k.id !== satuAll[0])
      .sort((x, y) =>
        x.statusSejak < y.statusSejak
          ? -1
          : x.statusSejak > y.statusSejak
            ? 1
            : x.koperasiId < y.koperasiId
              ? -1
              : x.koperasiId > y.koperasiId
                ? 1
                : x.id < y.id
                  ? -1
                  : 1,
      );
    expect(await ids('36.74.05')).toEqual(merged.map((k) => k.id));
    expect(await repo.countWaiting({ kecamatanKode: '36.74.05' })).toMatchObject({ draf: 6, formulir_dicetak: 1 });
    // What the page reads: the ids in that order, then only the rows on screen, a deleted one left out.
    const { ids: shown, total } = await repo.listAntrianIds({ status: 'draf', kecamatanKode: '36.74.05', limit: 4 });
    expect({ shown, total }).toEqual({ shown: merged.slice(0, 4).map((k) => k.id), total: 6 });
    await repo.remove(shown[1]!);
    expect((await repo.listLengkap(shown.slice(0, 3))).map((r) => [r.kepesertaan.id, r.koperasi?.id])).toEqual(
      [shown[0], shown[2]].map((id) => [id, merged.find((k) => k.id === id)!.koperasiId]),
    );
    await repo.restore(shown[1]!);
    // An enrollment moved to another cooperative follows that one's kecamatan.
    await repo.update(made[6]!.id, { koperasiId: satu!.id });
    await writes.update('koperasi', dua!.id, { kecamatanKode: '36.74.06' });
    expect(await ids('36.74.06')).toEqual([made[5]!.id]);
    expect(await counterSesuaiRange(db)).toEqual({ '36.74.05:draf': 5, '36.74.05:formulir_dicetak': 1, '36.74.06:draf': 1 });
  });

  it('files an enrollment that arrived before its cooperative once the cooperative arrives', async () => {
    const a = await openDevice('laptop-a');
    const b = await openDevice('laptop-b');
    const anggota = await a.writes.create('anggota', { ...emptyAnggota(), nama: 'Ahmad' });
    const kop = await a.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Maju', kecamatanKode: '36.74.01' });
    const since = (await a.db.journal.toArray()).at(-1)!.hlc;
    a.advance(60_000);
    const ikut = await a.writes.create('kepesertaan', { ...emptyKepesertaan(anggota.id, kop.id), program: ['JKK', 'JKM'] });
    const listOf = async (d: typeof b) =>
      (await d.repos.kepesertaan.listAntrian({ status: 'draf', kecamatanKode: '36.74.01' })).rows.map((r) => r.kepesertaan.id);
    await importInto(b, await exportFrom(a, since));
    expect(await b.db.koperasi.get(kop.id)).toBeUndefined();
    expect(await listOf(b)).toEqual([]);
    await importInto(b, await exportFrom(a));
    expect(await listOf(b)).toEqual([ikut.id]);
    expect(await listOf(a)).toEqual([ikut.id]);
    expect(await counterSesuaiRange(b.db)).toEqual({ '36.74.01:draf': 1 });
    expect(await counterSesuaiRange(a.db)).toEqual({ '36.74.01:draf': 1 });
  });

  it('keeps the per-kecamatan counters equal to their ranges through every path that files an enrollment', async () => {
    const a = await openDevice('laptop-a');
    const b = await openDevice('laptop-b', Date.parse('2026-11-21T08:00:05.000Z'));
    const [maju, tani, tanpa] = await a.writes.bulkCreate('koperasi', [
      { ...emptyKoperasi(), nama: 'Koperasi Maju', kecamatanKode: '36.74.01' },
      { ...emptyKoperasi(), nama: 'KUD Tani', kecamatanKode: '36.74.02' },
      { ...emptyKoperasi(), nama: 'Koperasi Tanpa Kecamatan' },
    ]);
    const [siti, joko] = await a.writes.bulkCreate('anggota', [
      { ...emptyAnggota(), nama: 'Siti Aminah', nik: '3674011203900001' },
      { ...emptyAnggota(), nama: 'Joko Susilo', nik: '3674015506850002' },
    ]);
    const ikut = (anggotaId: string, koperasiId: string) => ({
      ...emptyKepesertaan(anggotaId, koperasiId),
      ...consent,
      upah: 3_000_000,
    });
    const [e1, , , e4] = await a.writes.bulkCreate('kepesertaan', [
      ikut(siti!.id, maju!.id),
      ikut(joko!.id, maju!.id),
      ikut(siti!.id, tani!.id),
      ikut(joko!.id, tanpa!.id),
    ]);
    expect(await counterSesuaiRange(a.db)).toEqual({ '36.74.01:draf': 2, '36.74.02:draf': 1 });

    // A status step, a cooperative given a kecamatan, a cooperative deleted (its enrollments stay filed, as the index does).
    await a.repos.kepesertaan.changeStatus(e1!.id, { status: 'diajukan' });
    await a.writes.update('koperasi', tanpa!.id, { kecamatanKode: '36.74.02' });
    await a.writes.remove('koperasi', tani!.id);
    expect(await counterSesuaiRange(a.db)).toEqual({ '36.74.01:diajukan': 1, '36.74.01:draf': 1, '36.74.02:draf': 2 });
    expect(await a.repos.kepesertaan.countWaiting({ kecamatanKode: '36.74.02' })).toEqual({ draf: 2, formulir_dicetak: 0, diajukan: 0, ditolak: 0 });

    // A person deleted with their enrollments, then restored; another person's data erased (their enrollments go).
    const removal = await a.repos.anggota.remove(joko!.id);
    expect(await counterSesuaiRange(a.db)).toEqual({ '36.74.01:diajukan': 1, '36.74.02:draf': 1 });
    await a.repos.anggota.restore(removal);
    expect(await counterSesuaiRange(a.db)).toEqual({ '36.74.01:diajukan': 1, '36.74.01:draf': 1, '36.74.02:draf': 2 });

    // Merges: the whole file into another laptop, then both change and swap changes-only files.
    await importInto(b, await exportFrom(a));
    expect(await counterSesuaiRange(b.db)).toEqual(await counterSesuaiRange(a.db));
    const sinceA = (await a.db.journal.toArray()).at(-1)!.hlc;
    const sinceB = (await b.db.journal.toArray()).at(-1)!.hlc;
    a.advance(60_000);
    b.advance(60_000);
    await a.writes.update('koperasi', maju!.id, { kecamatanKode: '36.74.03' });
    await a.repos.anggota.eraseDataPribadi(siti!.id);
    await b.repos.kepesertaan.changeStatus(e4!.id, { status: 'formulir_dicetak' });
    await b.writes.create('kepesertaan', ikut(siti!.id, maju!.id));
    await importInto(b, await exportFrom(a, sinceA));
    await importInto(a, await exportFrom(b, sinceB));
    const final = await counterSesuaiRange(a.db);
    expect(await counterSesuaiRange(b.db)).toEqual(final);
    expect(final).toEqual({ '36.74.02:formulir_dicetak': 1, '36.74.03:draf': 2 });
    expect(await a.repos.kepesertaan.listAntrianIds({ status: 'draf', kecamatanKode: '36.74.03' })).toMatchObject({ total: 2 });

    // A restore from a backup: the records replaced, the counters built again from them alone.
    const backup = await exportFrom(b);
    await a.writes.create('kepesertaan', ikut(joko!.id, maju!.id));
    await gantiIsiBasisData(a.db, backup, { importHlc: a.writes.stampImport(''), deviceId: a.deviceId });
    expect(await counterSesuaiRange(a.db)).toEqual(final);
  });
});
