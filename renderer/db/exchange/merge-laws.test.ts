import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyAnggota } from '../../../shared/anggota/anggota-schema';
import { dataPribadiTerhapus } from '../../../shared/anggota/data-pribadi-terhapus';
import { hashNik, nikHashSemua } from '../../../shared/anggota/hash-nik';
import type { BundleContents } from '../../../shared/exchange/bundle-contents';
import { nikSemua } from '../../../shared/exchange/nik-dikenal';
import { emptyKegiatan } from '../../../shared/kegiatan/kegiatan-schema';
import { emptyKepesertaan } from '../../../shared/kepesertaan/kepesertaan-schema';
import { rekapKehadiran } from '../../../shared/kegiatan/kehadiran-schema';
import { emptyKoperasi } from '../../../shared/koperasi/koperasi-schema';
import { hitungCapaian } from '../../../shared/program/hitung-capaian';
import { emptyKeikutsertaan } from '../../../shared/program/keikutsertaan-schema';
import { emptyPerjanjian } from '../../../shared/program/perjanjian-schema';
import { emptyProgram } from '../../../shared/program/program-schema';
import { emptyTarget } from '../../../shared/program/target-schema';
import { ringkasDariRekaman } from '../../../shared/program/ringkasan-koperasi';
import type { KopLindungDb } from '../database';
import type { ImportCounts } from '../import-counts';
import { bacaRingkasan } from '../ringkasan-capaian';
import { antrianKecamatanOf, kecamatanKoperasi } from '../antrian-kecamatan';
import { orangPeranOf } from '../orang-peran';
import { NikErasedError, NikInUseError } from '../anggota-repository';
import { MergeNotAllowedError } from '../duplikat-repository';
import { exportFrom, importInto, openDevice, snapshotOf, type TestDevice } from '../../test-support/test-devices';
import { jumlahAntrianKecamatan } from '../../test-support/jumlah-antrian-kecamatan';

/**
 * The merge laws as properties over random edit histories on three laptops: offline edits, deletes and restores,
 * people registered on several laptops with the same NIK, NIK corrections before and after fusions (so a person
 * fused on one laptop is corrected on another that never heard of it), restores of fused people and deletes of
 * survivors, roles, check-ins, fusions of possible duplicates by an officer (duplikat-repository.ts), enrollments
 * stepped, deleted and restored while their cooperative moves kecamatan (their follow-up counters), agreements,
 * programs, targets and the same participation recorded on several laptops, and whole and changes-only bundles passed
 * between laptops mid-way. Then offices merge the three final bundles in different orders, and every laptop takes the
 * office's file back.
 *
 * `npm test` runs MERGE_LAW_RUNS histories (default below); a longer run: `MERGE_LAW_RUNS=1000 npx vitest run
 * renderer/db/exchange/merge-laws.test.ts`. A failure prints the seed and path to replay it.
 */
/** Histories per run: enough in `npm test` to meet NIK corrections around fusions; MERGE_LAW_RUNS for a longer run. */
const RUNS = Number(process.env.MERGE_LAW_RUNS ?? 60);
/**
 * `npm test` replays one fixed seed, so CI is the same on every run; a longer run (MERGE_LAW_RUNS, or
 * MERGE_LAW_SEED=random) draws new histories; MERGE_LAW_SEED=<n> replays one. Seed 420761214 replays the history
 * that showed an erased NIK registered again could fuse differently by import order; the rule that settles it (an
 * erased person is known by the hashes of every NIK they had, and such a NIK stays theirs) is in
 * docs/exchange-format.md.
 */
const SEED = ((env: string | undefined) => (env === 'random' || (env === undefined && process.env.MERGE_LAW_RUNS) ? undefined : Number(env ?? 20261206)))(
  process.env.MERGE_LAW_SEED,
);
/** Erased records checked over all runs, printed so a run shows the erasure property was exercised. */
let erasedSeen = 0;
/** Follow-up counters per kecamatan checked against their ranges over all runs (non-zero ones), printed likewise. */
let antrianSeen = 0;
const NIKS = ['3674011203900001', '3674015506850002', '3201024107920003'];
const NAMES = ['Siti Aminah', 'Ahmad Fauzi', 'Dewi Lestari'];
const VALUES = ['0812 1111 2222', '0813 3333 4444', ''];

// Weighted towards people, NIKs and exchanges: fusions, corrections around them and the files between laptops.
const op = fc.oneof(
  fc.record({
    kind: fc.constant('editKoperasi' as const),
    device: fc.nat(2),
    field: fc.constantFrom('telepon', 'alamat', 'catatan'),
    value: fc.constantFrom(...VALUES),
  }),
  fc.record({ kind: fc.constantFrom('deleteKoperasi' as const, 'restoreKoperasi' as const), device: fc.nat(2) }),
  {
    arbitrary: fc.record({
      kind: fc.constant('createAnggota' as const),
      device: fc.nat(2),
      nik: fc.constantFrom(...NIKS, ''),
      nama: fc.constantFrom(...NAMES),
    }),
    weight: 3,
  },
  fc.record({
    kind: fc.constant('editAnggota' as const),
    device: fc.nat(2),
    pick: fc.nat(),
    field: fc.constantFrom('telepon', 'alamat'),
    value: fc.constantFrom(...VALUES),
  }),
  {
    arbitrary: fc.record({ kind: fc.constant('correctNik' as const), device: fc.nat(2), pick: fc.nat(), nik: fc.constantFrom(...NIKS, ...NIKS, '') }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constantFrom('deleteAnggota' as const, 'restoreAnggota' as const, 'checkIn' as const, 'addPeran' as const),
      device: fc.nat(2),
      pick: fc.nat(),
    }),
    weight: 2,
  },
  fc.record({ kind: fc.constant('eraseAnggota' as const), device: fc.nat(2), pick: fc.nat() }),
  // Enrollments filed under the cooperative's kecamatan: created (mostly), stepped, deleted and restored; the cooperative moved.
  {
    arbitrary: fc.record({
      kind: fc.constant('kepesertaan' as const),
      device: fc.nat(2),
      pick: fc.nat(),
      langkah: fc.constantFrom(
        'daftar' as const,
        'daftar' as const,
        'daftar' as const,
        'draf' as const,
        'diajukan' as const,
        'terdaftar' as const,
        'hapus' as const,
        'pulihkan' as const,
      ),
    }),
    weight: 3,
  },
  fc.record({ kind: fc.constant('pindahKecamatan' as const), device: fc.nat(2), kecamatanKode: fc.constantFrom('36.74.01', '36.74.02', '') }),
  { arbitrary: fc.record({ kind: fc.constant('sync' as const), device: fc.nat(2), to: fc.nat(2), changesOnly: fc.boolean() }), weight: 4 },
  // Kemungkinan duplikat: an officer fuses two people (one without NIK, or both with the same) through an alias.
  { arbitrary: fc.record({ kind: fc.constant('fuseDuplikat' as const), device: fc.nat(2), pick: fc.nat(), other: fc.nat() }), weight: 2 },
  fc.record({
    kind: fc.constant('editProgram' as const),
    device: fc.nat(2),
    table: fc.constantFrom('perjanjian' as const, 'program' as const, 'target' as const),
    value: fc.constantFrom(...VALUES),
  }),
  fc.record({
    kind: fc.constantFrom('deleteProgram' as const, 'restoreProgram' as const),
    device: fc.nat(2),
    table: fc.constantFrom('perjanjian' as const, 'program' as const, 'target' as const),
  }),
  { arbitrary: fc.record({ kind: fc.constantFrom('joinProgram' as const, 'leaveProgram' as const), device: fc.nat(2), pick: fc.nat() }), weight: 2 },
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

interface World {
  readonly devices: TestDevice[];
  /** Per sender and receiver, where the last file between them ended (for changes-only files). */
  readonly sampai: Map<string, string>;
  readonly koperasiId: string;
  readonly kegiatanId: string;
  /** The agreement, program and target every laptop starts with. */
  readonly programIds: { readonly perjanjian: string; readonly program: string; readonly target: string };
}

async function startWorld(): Promise<World> {
  const devices = [
    await openDevice('laptop-a'),
    await openDevice('laptop-b', Date.parse('2026-11-21T08:00:03.000Z')),
    await openDevice('laptop-c', Date.parse('2026-11-21T07:59:58.000Z')),
  ];
  const [a] = devices;
  const k = await a!.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Maju Bersama', kecamatanKode: '36.74.01' });
  const e = await a!.repos.kegiatan.create({ ...emptyKegiatan(), judul: 'Sosialisasi BPJS', tanggal: '2026-11-21', jamMulai: '09:00', tempat: 'Aula' });
  const pj = await a!.repos.perjanjian.create({
    ...emptyPerjanjian(),
    judul: 'PKS PKB Samsat',
    pihak: [{ nama: 'Samsat Jawa Barat', nomor: 'PKS/1/2020', penandatangan: '', jabatan: '' }],
  });
  const pr = await a!.repos.program.create({ ...emptyProgram(), nama: 'PKS-PKB Samsat', aturan: 'keikutsertaan', perjanjianIds: [pj.id] });
  const tg = await a!.repos.target.create({ ...emptyTarget(pr.id, 2026), segmen: 'golongan', segmenNilai: 'masyarakat', jumlah: 8 });
  const base = await exportFrom(a!);
  for (const d of devices.slice(1)) await importInto(d, base);
  return { devices, sampai: new Map(), koperasiId: k.id, kegiatanId: e.id, programIds: { perjanjian: pj.id, program: pr.id, target: tg.id } };
}

async function livePeople(d: TestDevice) {
  return (await d.db.anggota.toArray()).filter((p) => p.deleted === 0).sort((x, y) => (x.id < y.id ? -1 : 1));
}

async function run(world: World, o: Op) {
  const d = world.devices[o.device]!;
  d.advance(37 + o.device * 11);
  switch (o.kind) {
    case 'editKoperasi':
      return void (await d.writes.update('koperasi', world.koperasiId, { [o.field]: o.value }));
    case 'deleteKoperasi':
      return d.writes.remove('koperasi', world.koperasiId);
    case 'restoreKoperasi':
      return d.writes.restore('koperasi', world.koperasiId);
    case 'pindahKecamatan':
      return void (await d.writes.update('koperasi', world.koperasiId, { kecamatanKode: o.kecamatanKode }));
    case 'kepesertaan': {
      if (o.langkah === 'daftar') {
        const live = await livePeople(d);
        const person = live[o.pick % Math.max(live.length, 1)];
        if (person) await d.writes.create('kepesertaan', emptyKepesertaan(person.id, world.koperasiId));
        return;
      }
      const all = (await d.db.kepesertaan.toArray()).sort((x, y) => (x.id < y.id ? -1 : 1));
      const one = all[o.pick % Math.max(all.length, 1)];
      if (!one) return;
      if (o.langkah === 'hapus') return d.writes.remove('kepesertaan', one.id);
      if (o.langkah === 'pulihkan') return d.writes.restore('kepesertaan', one.id);
      return void (await d.writes.update('kepesertaan', one.id, { status: o.langkah, statusSejak: `2026-11-2${o.device}T08:00:00.000Z` }));
    }
    case 'createAnggota':
      try {
        await d.repos.anggota.create({ ...emptyAnggota(), nik: o.nik, nama: o.nama });
      } catch (error) {
        if (!(error instanceof NikInUseError) && !(error instanceof NikErasedError)) throw error;
      }
      return;
    case 'editProgram': {
      // A field every one of the three has: the agreement's and the program's catatan, the target's name.
      const field = o.table === 'target' ? 'nama' : 'catatan';
      return void (await d.writes.update(o.table, world.programIds[o.table], { [field]: o.value }));
    }
    case 'deleteProgram':
      return d.writes.remove(o.table, world.programIds[o.table]);
    case 'restoreProgram':
      return d.writes.restore(o.table, world.programIds[o.table]);
    case 'joinProgram':
      return void (await d.repos.keikutsertaan.create({
        ...emptyKeikutsertaan(world.programIds.program, world.koperasiId),
        tanggalBergabung: `2026-0${1 + (o.pick % 9)}-01`,
      }));
    case 'leaveProgram': {
      const mine = (await d.repos.keikutsertaan.listForProgram(world.programIds.program)).sort((x, y) => (x.id < y.id ? -1 : 1));
      const one = mine[o.pick % Math.max(mine.length, 1)];
      if (one) await d.repos.keikutsertaan.update(one.id, { status: 'keluar', tanggalKeluar: '2026-10-01' });
      return;
    }
    case 'sync': {
      if (o.device === o.to) return;
      const key = `${o.device}>${o.to}`;
      const bundle = await exportFrom(d, o.changesOnly ? (world.sampai.get(key) ?? '') : '');
      world.sampai.set(key, bundle.manifest.sampai);
      return void (await importInto(world.devices[o.to]!, bundle));
    }
    case 'fuseDuplikat': {
      const live = await livePeople(d);
      const [a, b] = [live[o.pick % Math.max(live.length, 1)], live[o.other % Math.max(live.length, 1)]];
      if (!a || !b || a.id === b.id) return;
      return void (await d.repos.duplikat.merge(a.id, b.id).catch((error: unknown) => {
        if (!(error instanceof MergeNotAllowedError)) throw error;
      }));
    }
    default: {
      const all = (await d.db.anggota.toArray()).sort((x, y) => (x.id < y.id ? -1 : 1));
      const person = all[o.pick % Math.max(all.length, 1)];
      if (!person) return;
      if (o.kind === 'editAnggota') await d.writes.update('anggota', person.id, { [o.field]: o.value });
      else if (o.kind === 'correctNik')
        await d.repos.anggota.update(person.id, { nik: o.nik }).catch((error: unknown) => {
          if (!(error instanceof NikInUseError) && !(error instanceof NikErasedError)) throw error;
        });
      else if (o.kind === 'deleteAnggota') await d.writes.remove('anggota', person.id);
      else if (o.kind === 'restoreAnggota') await d.writes.restore('anggota', person.id);
      else if (o.kind === 'eraseAnggota') await d.writes.eraseDataPribadi(person.id);
      else if (o.kind === 'checkIn' && person.deleted === 0)
        await d.repos.kehadiran.checkIn({ kegiatanId: world.kegiatanId, anggotaId: person.id, koperasiId: world.koperasiId, petugas: d.deviceId });
      else if (o.kind === 'addPeran')
        await d.writes.create('peran', {
          anggotaId: person.id,
          koperasiId: world.koperasiId,
          peran: 'anggota',
          jabatan: '',
          mulai: '',
          selesai: '',
          catatan: '',
        });
    }
  }
}

async function office(name: string, bundles: readonly BundleContents[], batchSize?: number) {
  const o = await openDevice(name, Date.parse('2026-11-22T08:00:00.000Z'));
  const counts: ImportCounts[] = [];
  for (const b of bundles) counts.push(await importInto(o, b, batchSize));
  return Object.assign(o, { counts });
}

/** The summaries a database keeps (rows left empty by deletions are no summary). */
async function ringkasanTersimpan(db: KopLindungDb) {
  const rows = await bacaRingkasan(db);
  for (const [id, r] of rows) if (r.kepesertaan.anggotaId.length + r.peran.anggotaId.length + r.kehadiran.anggotaId.length === 0) rows.delete(id);
  return rows;
}
/** The summaries its stored records give, built from scratch. */
async function ringkasanDibangun(db: KopLindungDb) {
  return ringkasDariRekaman({ kepesertaan: await db.kepesertaan.toArray(), peran: await db.peran.toArray(), kehadiran: await db.kehadiran.toArray() });
}
/**
 * The index fields a record takes from another (a role's person, an enrollment's cooperative) that disagree with
 * that record as stored: none, whether the merge read them, carried them from records it wrote, or left them alone.
 */
async function salinanBasi(db: KopLindungDb): Promise<string[]> {
  const orang = new Map((await db.anggota.toArray()).map((a) => [a.id, orangPeranOf(a)]));
  const kepesertaan = await db.kepesertaan.toArray();
  const kecamatan = await kecamatanKoperasi(
    db,
    kepesertaan.map((k) => k.koperasiId),
  );
  return [
    ...(await db.peran.toArray()).filter((p) => JSON.stringify(p.orangRoster) !== JSON.stringify(orang.get(p.anggotaId))).map((p) => `peran ${p.id}`),
    ...kepesertaan
      .filter((k) => JSON.stringify(k.antrianKecamatan) !== JSON.stringify(antrianKecamatanOf(k, kecamatan.get(k.koperasiId))))
      .map((k) => `kepesertaan ${k.id}`),
  ];
}
const dataOf = (s: Awaited<ReturnType<typeof snapshotOf>>) => ({ tables: s.tables, alias: s.alias });
/** The journal's entries, what they say and of which record, in a fixed order (slices may write them in another). */
async function journalOf(db: KopLindungDb) {
  return (await db.journal.toArray()).map(({ table, recordId, op, changes }) => JSON.stringify({ table, recordId, op, changes })).sort();
}

describe('merge laws (property-based, three laptops)', () => {
  it(
    'any order gives the same data and conflict list; a file twice changes nothing; deletes stay; erasure wins; one person per NIK; no double check-ins',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(op, { minLength: 8, maxLength: 32 }),
          fc.constantFrom([0, 1, 2], [1, 2, 0], [2, 0, 1]),
          fc.constantFrom([2, 1, 0], [0, 2, 1], [1, 0, 2]),
          async (ops, order1, order2) => {
            const world = await startWorld();
            for (const o of ops) await run(world, o);
            const bundles = await Promise.all(world.devices.map((d) => exportFrom(d)));

            // Commutative: two different orders, the same records, aliases and conflict list.
            const first = await office(
              'kantor-1',
              order1.map((i) => bundles[i]!),
            );
            const second = await office(
              'kantor-2',
              order2.map((i) => bundles[i]!),
            );
            const snapshot = await snapshotOf(first);
            expect(await snapshotOf(second)).toEqual(snapshot);

            // In slices (as a district's file merges: here one record a slice), the same files in the same order give
            // the same records, conflicts, aliases, counts and journal entries as each table merged whole.
            const sliced = await office(
              'kantor-1-irisan',
              order1.map((i) => bundles[i]!),
              1,
            );
            expect(await snapshotOf(sliced)).toEqual(snapshot);
            expect(sliced.counts).toEqual(first.counts);
            expect(await journalOf(sliced.db)).toEqual(await journalOf(first.db));

            // Associative: merging B and C on another laptop first, then its bundle with A's, gives the same data.
            const relay = await office('relay', [bundles[1]!, bundles[2]!]);
            const third = await office('kantor-3', [bundles[0]!, await exportFrom(relay)]);
            expect(dataOf(await snapshotOf(third))).toEqual(dataOf(snapshot));

            // Idempotent: every file again changes nothing.
            for (const b of bundles) expect((await importInto(first, b)).diperbarui + (await importInto(first, b)).baru).toBe(0);
            expect(await snapshotOf(first)).toEqual(snapshot);

            // No resurrection: every deletion in a file holds unless a newer restore of the same record exists.
            const alias = new Map(snapshot.alias.map((a) => [a.id, a.into]));
            const resolve = (id: string): string => (alias.has(id) ? resolve(alias.get(id)!) : id);
            for (const b of bundles) {
              for (const table of ['koperasi', 'anggota', 'perjanjian', 'program', 'target', 'keikutsertaan'] as const) {
                for (const r of b.tables[table]) {
                  if (r.deleted !== 1) continue;
                  const merged = snapshot.tables[table]!.find((m) => (m as { id: string }).id === resolve(r.id)) as
                    { deleted: number; fieldClocks: Record<string, string> } | undefined;
                  expect(merged).toBeDefined();
                  expect(merged!.fieldClocks.deleted! >= r.fieldClocks.deleted!).toBe(true);
                  if (merged!.fieldClocks.deleted === r.fieldClocks.deleted && table !== 'anggota') expect(merged!.deleted).toBe(1);
                }
              }
            }

            // Erasure wins: a person erased in any file is erased in the merge, whatever order, with no personal value left.
            for (const b of bundles) {
              for (const r of b.tables.anggota) {
                if ((r as { dihapusPribadi?: string }).dihapusPribadi === undefined) continue;
                erasedSeen++;
                const merged = snapshot.tables.anggota!.find((m) => (m as { id: string }).id === resolve(r.id)) as Record<string, unknown> | undefined;
                expect(merged, `erased ${r.id}`).toMatchObject({ ...dataPribadiTerhapus(), deleted: 1 });
                expect(merged!.dihapusPribadi).toBeDefined();
                expect(merged!.nikDikenal).toBeUndefined();
              }
            }
            for (const k of await first.db.konflik.toArray()) {
              if (k.tabel === 'anggota') expect((await first.db.anggota.get(k.recordId))?.dihapusPribadi).toBeUndefined();
            }

            // One person per NIK, no record left under a merged-away id, and nothing points at a person who is gone.
            const people = await first.db.anggota.toArray();
            const niks = people.map((p) => p.nik).filter((n) => n !== '');
            expect(new Set(niks).size).toBe(niks.length);
            // A NIK an erased person had stays theirs: nobody else is known by it after the merge.
            const erasedHashes = new Set(people.flatMap((p) => nikHashSemua(p as never)));
            for (const p of people) for (const n of nikSemua(p as never)) expect(erasedHashes.has(hashNik(n)!), `${p.id} holds an erased NIK`).toBe(false);
            const ids = new Set(people.map((p) => p.id));
            for (const a of snapshot.alias) expect(ids.has(a.id), `alias ${a.id} → ${a.into}`).toBe(false);
            for (const table of ['peran', 'kehadiran', 'kepesertaan'] as const) {
              for (const r of await first.db.table(table).toArray()) expect(ids.has((r as { anggotaId: string }).anggotaId)).toBe(true);
            }

            // Every laptop that takes the office's file back ends with the office's data, and nothing pointing elsewhere.
            const fromOffice = await exportFrom(first);
            for (const back of world.devices) {
              back.advance(86_400_000);
              await importInto(back, fromOffice);
              expect(dataOf(await snapshotOf(back)), back.deviceId).toEqual(dataOf(snapshot));
              const backIds = new Set((await back.db.anggota.toArray()).map((p) => p.id));
              for (const table of ['peran', 'kehadiran', 'kepesertaan'] as const) {
                for (const r of await back.db.table(table).toArray()) expect(backIds.has((r as { anggotaId: string }).anggotaId)).toBe(true);
              }
            }

            // A check-in is never counted twice: one record per check-in made, one attendee per person.
            const checkIns = new Set(bundles.flatMap((b) => b.tables.kehadiran.map((h) => h.id)));
            const merged = await first.repos.kehadiran.listForKegiatan(world.kegiatanId);
            expect(await first.db.kehadiran.count()).toBe(checkIns.size);
            expect(rekapKehadiran(merged, []).hadir).toBe(new Set(merged.map((h) => h.anggotaId)).size);
            expect(rekapKehadiran(merged, []).hadir).toBeLessThanOrEqual((await livePeople(first)).length + people.filter((p) => p.deleted === 1).length);

            // The achievement summaries kept change by change (write path, merges in any order, fusions) are the ones
            // the stored records give when built from scratch, on the office and on every laptop that took its file.
            for (const d of [first, second, third, sliced, ...world.devices])
              expect(await ringkasanTersimpan(d.db), d.deviceId).toEqual(await ringkasanDibangun(d.db));
            // What roles and enrollments carry of their person and cooperative agrees with them everywhere.
            for (const d of [first, second, third, sliced, ...world.devices]) expect(await salinanBasi(d.db), d.deviceId).toEqual([]);

            // The follow-up counters per kecamatan, moved by every write, merge, fusion and refiling, each equal the
            // count of its index range on every laptop; both offices hold the same.
            for (const d of [first, second, third, sliced, ...world.devices]) {
              const { tersimpan, dihitung } = await jumlahAntrianKecamatan(d.db);
              expect(tersimpan, d.deviceId).toEqual(dihitung);
              antrianSeen += Object.keys(tersimpan).length;
            }
            expect((await jumlahAntrianKecamatan(second.db)).tersimpan).toEqual((await jumlahAntrianKecamatan(first.db)).tersimpan);

            // A participation recorded on two laptops counts the cooperative once: the capaian is 1 exactly when some
            // live record of it joined in the period and had not left by its end, whichever laptops wrote them; and
            // both offices count the same.
            const pkb = { id: world.programIds.program, aturan: 'keikutsertaan' as const, minimumTerdaftar: 0, peranDihitung: [] };
            const target2026 = { ...emptyTarget(world.programIds.program, 2026), jumlah: 8 };
            const joined = (await first.db.keikutsertaan.toArray()).filter((p) => p.deleted === 0 && p.tanggalKeluar === '');
            const koperasiLive = (await first.db.koperasi.get(world.koperasiId))!.deleted === 0;
            const capaian = hitungCapaian(pkb, target2026, await first.repos.capaian.getData());
            expect(capaian.tercapai).toBe(koperasiLive && joined.length > 0 ? 1 : 0);
            expect(hitungCapaian(pkb, target2026, await second.repos.capaian.getData())).toEqual(capaian);
          },
        ),
        { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
      );
      console.info(`merge laws: ${RUNS} histories, ${erasedSeen} erased records checked, ${antrianSeen} follow-up counters per kecamatan checked`);
      expect(erasedSeen).toBeGreaterThan(0);
      expect(antrianSeen).toBeGreaterThan(0);
    },
    Math.max(240_000, RUNS * 2_000),
  );
});
