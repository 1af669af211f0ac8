import type { Anggota } from '../shared/anggota/anggota-schema';
import { districtPeopleStream, koperasiWithIds } from '../shared/test-support/generator/people-generator';
import type { Koperasi } from '../shared/koperasi/koperasi-schema';
import type { KabupatenRegions } from '../shared/region/region-types';
import { ChangeClock } from '../renderer/db/change-clock';
import { openKopLindungDb } from '../renderer/db/database';
import { DuplikatRepository } from '../renderer/db/duplikat-repository';
import { WritePath } from '../renderer/db/write-path';
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
  let peakHeapMB: number | null = null;
  const heap = () => {
    const h = usedHeapMB();
    if (h !== null) peakHeapMB = Math.max(peakHeapMB ?? 0, h);
  };
  try {
    let started = performance.now();
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
      heap();
    }
    const loadMs = performance.now() - started;
    started = performance.now();
    const found = await new DuplikatRepository(db, writes).list(() => heap());
    const cariMs = performance.now() - started;
    const salinan = (x: string, y: string) => x === `${y}-salinan` || y === `${x}-salinan`;
    const ditemukan = found.filter((p) => salinan(p.a.id, p.b.id)).length;
    const out = { people: n + ditanam, tanpaNik, ditanam, pasangan: found.length, ditemukan, loadMs, cariMs, heapMB: usedHeapMB(), peakHeapMB };
    log(
      `Kemungkinan duplikat over ${out.people} people (${tanpaNik} without NIK, ${ditanam} planted copies): ${cariMs.toFixed(0)} ms, ${found.length} pairs, ${ditemukan} of the ${ditanam} planted copies found${ditemukan < ditanam ? ' (MISSED: each should be found)' : ''}; load ${(loadMs / 1000).toFixed(1)} s; heap ${out.heapMB ?? '?'} MB, peak ${peakHeapMB ?? '?'} MB`,
    );
    return out;
  } finally {
    db.close();
    await deleteDb(db.name);
  }
}
