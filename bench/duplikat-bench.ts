import { emptyAnggota, type Anggota } from '../shared/anggota/anggota-schema';
import { districtPeopleStream, koperasiWithIds } from '../shared/test-support/generator/people-generator';
import type { Koperasi } from '../shared/koperasi/koperasi-schema';
import type { KabupatenRegions } from '../shared/region/region-types';
import { ChangeClock } from '../renderer/db/change-clock';
import { openKopLindungDb, type KopLindungDb } from '../renderer/db/database';
import { DuplikatRepository } from '../renderer/db/duplikat-repository';
import { WritePath } from '../renderer/db/write-path';
import type { DistrictLoad } from './district-load-bench';
import { deleteDb } from './raw-idb-baseline';
import { usedHeapMB } from './timing-stats';
import { DEVICE, freshName } from './write-bench';

export interface DuplikatBenchOutput {
  readonly people: number;
  /** People recorded without NIK (walk-ins), the planted copies included. */
  readonly tanpaNik: number;
  /** Walk-in copies planted of people with a NIK (same name and birth date): each should be found. */
  readonly ditanam: number;
  readonly pasangan: number;
  /** The planted copies the finder reported beside their original: the finder's recall, which must be all. */
  readonly ditemukan: number;
  /** Loading the people and their roles through the write path (untimed for the finder; shown for scale). */
  readonly loadMs: number;
  readonly cariMs: number;
  /** The finder's pages read; the heap after the finder (performance.memory, null where hidden). */
  readonly heapMB: number | null;
  readonly peakHeapMB: number | null;
  /** Planted into the district's database (duplikatDistrictBench) rather than loaded into its own. */
  readonly dalamDistrik: boolean;
}

/** Every 25th person is a walk-in recorded without NIK; every 100th gets a walk-in copy of themself. */
const TANPA_NIK_SETIAP = 25;
const SALINAN_SETIAP = 100;

const log = (line: string) => console.info(`bench: ${line}`);

/**
 * Kemungkinan duplikat at district size, on its own database so it does not need the district section: the
 * generator's `people` people (with their roles) loaded through the write path chunk by chunk (never all held),
 * 4 % of them walk-ins without NIK and 1 % given a walk-in copy (same name and birth date, no NIK) that the
 * finder must report, then the finder timed as the page runs it.
 */
export async function duplikatBench(input: {
  seed: number;
  kabupaten: KabupatenRegions;
  koperasi: readonly Koperasi[];
  people: number;
}): Promise<DuplikatBenchOutput> {
  const koperasi = koperasiWithIds(input.seed, input.koperasi);
  const db = await openKopLindungDb(freshName('duplikat'));
  const writes = new WritePath(db, new ChangeClock(DEVICE));
  let tanpaNik = 0;
  let ditanam = 0;
  let n = 0;
  const heap = new PuncakHeap();
  try {
    const started = performance.now();
    await writes.bulkCreate(
      'koperasi',
      koperasi.map((k) => k.koperasi),
      koperasi.map((k) => k.id),
    );
    const stream = districtPeopleStream({
      seed: input.seed,
      kabupaten: input.kabupaten,
      koperasi,
      people: input.people,
      roles: Math.round(input.people * 1.2),
      enrollments: 0,
    });
    for (const chunk of stream) {
      const values: Anggota[] = [];
      const ids: string[] = [];
      for (const a of chunk.anggota) {
        n++;
        const walkIn = n % TANPA_NIK_SETIAP === 0;
        if (walkIn) tanpaNik++;
        values.push(walkIn ? { ...a.values, nik: '' } : a.values);
        ids.push(a.id);
        if (n % SALINAN_SETIAP === 1 && a.values.tanggalLahir) {
          values.push({ ...a.values, nik: '', telepon: '' });
          ids.push(`${a.id}-salinan`);
          tanpaNik++;
          ditanam++;
        }
      }
      await writes.bulkCreate('anggota', values, ids);
      await writes.bulkCreate(
        'peran',
        chunk.peran.map((p) => p.values),
        chunk.peran.map((p) => p.id),
      );
      heap.note();
    }
    return await timeFinder(db, writes, heap, { people: n + ditanam, tanpaNik, ditanam, loadMs: performance.now() - started, dalamDistrik: false });
  } finally {
    db.close();
    await deleteDb(db.name);
  }
}

/**
 * Kemungkinan duplikat on the district's own database, last, so a full run does not load a second district for it:
 * walk-ins without NIK (a new generator stream, one for every 25 people held) and a walk-in copy of every 100th
 * person held (same name and birth date, no NIK) written through the write path, then the finder timed as the page
 * runs it. The district then holds as many walk-ins and planted copies as duplikatBench's own database.
 */
export async function duplikatDistrictBench(load: DistrictLoad, input: { seed: number; kabupaten: KabupatenRegions; koperasi: readonly Koperasi[] }) {
  const heap = new PuncakHeap();
  const started = performance.now();
  const held = await load.db.anggota.count();
  let ditanam = 0;
  let seen = 0;
  let after: string | undefined;
  for (;;) {
    const page = await (after === undefined ? load.db.anggota.orderBy(':id') : load.db.anggota.where(':id').above(after)).limit(5000).toArray();
    const copies = page.filter((a) => a.deleted !== 1 && a.nik && a.tanggalLahir && ++seen % SALINAN_SETIAP === 1);
    await load.writes.bulkCreate(
      'anggota',
      copies.map((a) => ({ ...fieldsOf(a), nik: '', telepon: '' })),
      copies.map((a) => `${a.id}-salinan`),
    );
    ditanam += copies.length;
    heap.note();
    if (page.length < 5000) break;
    after = page[page.length - 1]!.id;
  }
  const walkIns = Math.round(held / TANPA_NIK_SETIAP);
  const stream = districtPeopleStream({
    seed: input.seed + 104_729,
    kabupaten: input.kabupaten,
    koperasi: koperasiWithIds(input.seed, input.koperasi),
    people: walkIns,
    roles: walkIns,
    enrollments: 0,
  });
  for (const chunk of stream) {
    await load.writes.bulkCreate(
      'anggota',
      chunk.anggota.map((a) => ({ ...a.values, nik: '' })),
      chunk.anggota.map((a) => a.id),
    );
    heap.note();
  }
  return timeFinder(load.db, load.writes, heap, {
    people: held + walkIns + ditanam,
    tanpaNik: walkIns + ditanam,
    ditanam,
    loadMs: performance.now() - started,
    dalamDistrik: true,
  });
}

/** The peak of the page's JS heap over the samples taken (`note`); null where the browser hides it. */
class PuncakHeap {
  mb: number | null = null;
  readonly note = () => {
    const h = usedHeapMB();
    if (h !== null) this.mb = Math.max(this.mb ?? 0, h);
  };
}

/** The finder timed as the page runs it over `db`, with what was planted for it, logged and returned. */
async function timeFinder(
  db: KopLindungDb,
  writes: WritePath,
  heap: PuncakHeap,
  planted: Pick<DuplikatBenchOutput, 'people' | 'tanpaNik' | 'ditanam' | 'loadMs' | 'dalamDistrik'>,
): Promise<DuplikatBenchOutput> {
  const started = performance.now();
  const found = await new DuplikatRepository(db, writes).list(heap.note);
  const cariMs = performance.now() - started;
  const out: DuplikatBenchOutput = {
    ...planted,
    pasangan: found.length,
    ditemukan: salinanDitemukan(found),
    cariMs,
    heapMB: usedHeapMB(),
    peakHeapMB: heap.mb,
  };
  logOutcome(out);
  return out;
}

/** The pairs that are a planted copy (`<id>-salinan`) beside its original. */
function salinanDitemukan(found: readonly { a: { id: string }; b: { id: string } }[]): number {
  const salinan = (x: string, y: string) => x === `${y}-salinan` || y === `${x}-salinan`;
  return found.filter((p) => salinan(p.a.id, p.b.id)).length;
}

/** A stored person's own fields (no id, clock or index keys), as a form would give them. */
function fieldsOf(stored: Anggota): Anggota {
  return Object.fromEntries(Object.keys(emptyAnggota()).map((f) => [f, stored[f as keyof Anggota]])) as unknown as Anggota;
}

function logOutcome(out: DuplikatBenchOutput) {
  log(
    `Kemungkinan duplikat over ${out.people} people${out.dalamDistrik ? ' (the district, walk-ins planted)' : ''} (${out.tanpaNik} without NIK, ${out.ditanam} planted copies): ${out.cariMs.toFixed(0)} ms, ${out.pasangan} pairs, ${out.ditemukan} of the ${out.ditanam} planted copies found${out.ditemukan < out.ditanam ? ' (MISSED: each should be found)' : ''}; ${out.dalamDistrik ? 'planting' : 'load'} ${(out.loadMs / 1000).toFixed(1)} s; heap ${out.heapMB ?? '?'} MB, peak ${out.peakHeapMB ?? '?'} MB`,
  );
}
