import { emptyKepesertaan } from '../shared/kepesertaan/kepesertaan-schema';
import { hitungCapaian, tanggalWib, type CapaianTarget, type DataCapaian } from '../shared/program/hitung-capaian';
import type { RingkasanKoperasi } from '../shared/program/ringkasan-koperasi';
import { RINGKASAN_PREFIX } from '../renderer/db/ringkasan-capaian';
import { emptyProgram, type Program } from '../shared/program/program-schema';
import { emptyTarget, type Target } from '../shared/program/target-schema';
import { CapaianRepository } from '../renderer/db/capaian-repository';
import type { CapaianOutput } from './bench-types';
import type { DistrictLoad } from './district-load-bench';
import { timingStats } from './timing-stats';

/** Rounds of each timing; one enrollment is made terdaftar before each recompute. */
const ROUNDS = 9;

const JENIS = ['simpan_pinjam', 'konsumen', 'produsen', 'jasa', 'serba_usaha'] as const;

/** 4 programs × 5 targets: every counting rule, segments by jenis, golongan and all, this year. */
function programsAndTargets(tahun: number): { program: Program; targets: Target[] }[] {
  const rules: Program[] = [
    { ...emptyProgram(), nama: 'Karyawan KSP terdaftar', aturan: 'koperasi_bpjs', minimumTerdaftar: 1, peranDihitung: ['karyawan'] },
    { ...emptyProgram(), nama: 'Koperasi pemberi kerja', aturan: 'koperasi_bpjs', minimumTerdaftar: 0 },
    { ...emptyProgram(), nama: 'Peserta terdaftar', aturan: 'peserta_terdaftar' },
    { ...emptyProgram(), nama: 'PKS-PKB', aturan: 'keikutsertaan' },
  ];
  return rules.map((program) => ({
    program,
    targets: [
      ...JENIS.slice(0, 3).map((j) => ({ ...emptyTarget('', tahun), segmen: 'jenis' as const, segmenNilai: j, jumlah: 100 })),
      { ...emptyTarget('', tahun), segmen: 'golongan' as const, segmenNilai: 'masyarakat', jumlah: 500 },
      { ...emptyTarget('', tahun), segmen: 'semua' as const, jumlah: 2000 },
    ],
  }));
}

const getAll = (tx: IDBTransaction, store: string, range?: IDBKeyRange, index?: string) =>
  new Promise<Record<string, unknown>[]>((resolve, reject) => {
    const source = index ? tx.objectStore(store).index(index) : tx.objectStore(store);
    const req = source.getAll(range);
    req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
    req.onerror = () => reject(req.error);
  });

const RINGKASAN = IDBKeyRange.bound(RINGKASAN_PREFIX, `${RINGKASAN_PREFIX}\uffff`);

/**
 * What the raw baseline reads: the same stores, ranges and fields as CapaianRepository (every cooperative, the
 * per-cooperative summaries in meta, the events serving a program, the participations), by plain getAll.
 */
async function rawData(raw: IDBDatabase): Promise<DataCapaian> {
  const tx = raw.transaction(['koperasi', 'meta', 'kegiatan', 'keikutsertaan'], 'readonly');
  const [koperasi, meta, kegiatan, keikutsertaan] = await Promise.all([
    getAll(tx, 'koperasi'),
    getAll(tx, 'meta', RINGKASAN),
    getAll(tx, 'kegiatan', IDBKeyRange.lowerBound('', true), 'programId'),
    getAll(tx, 'keikutsertaan'),
  ]);
  return {
    koperasi: koperasi
      .filter((k) => k.deleted === 0)
      .map((k) => {
        const clocks = k.fieldClocks as Record<string, string>;
        const bpjs = [clocks.statusBpjs, clocks.npp].filter(Boolean).sort()[0];
        return {
          id: k.id as string,
          jenis: k.jenis as string,
          golongan: k.golongan as string,
          kecamatanKode: k.kecamatanKode as string,
          statusBpjs: k.statusBpjs as string,
          npp: k.npp as string,
          bpjsSejak: bpjs ? tanggalWib(bpjs.slice(0, 24)) : '',
        };
      }),
    ringkasan: new Map(meta.map((m) => [(m.value as RingkasanKoperasi).koperasiId, m.value as RingkasanKoperasi])),
    keikutsertaan: keikutsertaan.filter((k) => k.deleted === 0) as never,
    kegiatan: kegiatan
      .filter((k) => k.deleted === 0)
      .map((k) => ({ id: k.id as string, tanggal: k.tanggal as string, programId: k.programId as string, undangan: k.undangan as never })),
  };
}

/** Copies the app's summary rows into the raw database (untimed), so both sides read the same rows. */
async function copyRingkasan(load: DistrictLoad, koperasiIds?: readonly string[]): Promise<number> {
  const rows = koperasiIds
    ? (await load.db.meta.bulkGet(koperasiIds.map((id) => `${RINGKASAN_PREFIX}${id}`))).filter((r) => r !== undefined)
    : await load.db.meta.where('key').startsWith(RINGKASAN_PREFIX).toArray();
  await rawPut(load.raw, 'meta', rows);
  return rows.length;
}

async function rawPut(raw: IDBDatabase, store: string, records: readonly unknown[]): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const tx = raw.transaction(store, 'readwrite');
    for (const r of records) tx.objectStore(store).put(r);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/**
 * The Beranda's figures at district size: 20 targets (4 programs, every counting rule) computed from the app's
 * database (CapaianRepository.data + hitung, incremental, what the Beranda and the program pages do before drawing:
 * the first render with a repository that has read nothing, the recompute with the one that read before) and,
 * side by side in the same run, from the raw IndexedDB database with plain getAll of the same stores and ranges
 * (the summaries the app keeps are copied there, untimed) and the same counting from scratch (hitungCapaian) every
 * round; then the recompute after one enrollment becomes terdaftar (through the app's write path, which updates that
 * cooperative's summary and the change entry in the same transaction; the raw side gets the record and the row,
 * untimed), each round. Every round checks that both sides give the same figures per target (achieved, worklist
 * length, funnel, monthly curve). The React render of the charts themselves is not in this figure.
 */
export async function capaianBench(load: DistrictLoad): Promise<CapaianOutput> {
  const tahun = new Date().getFullYear();
  const defs = programsAndTargets(tahun);
  const pairs: { program: Program & { id: string }; target: Target }[] = [];
  for (const d of defs) {
    const p = await load.writes.create('program', d.program);
    for (const t of d.targets) {
      const saved = await load.writes.create('target', { ...t, programId: p.id });
      pairs.push({ program: p, target: saved });
    }
  }
  // The events already in the database (the check-in table's) serve the first program, so its worklist and funnel
  // read their invitations and check-ins.
  const events = await load.db.kegiatan.toArray();
  for (const e of events) {
    const linked = await load.writes.update('kegiatan', e.id, { programId: pairs[0]!.program.id });
    await rawPut(load.raw, 'kegiatan', [linked]);
  }
  const rows = await copyRingkasan(load);
  console.info(`bench: capaian over ${rows} cooperative summaries, ${events.length} linked events`);
  // The app's path: the repository's incremental read and count (CapaianRepository.data + hitung). A first render
  // is a repository that has read nothing yet (the app just opened: new rows, nothing cached); a recompute is the
  // app's one repository after a change, re-reading only the summary that changed.
  let repo = new CapaianRepository(load.db);
  /** The app's read share of each timed round (the rest is counting), for the split printed at the end. */
  let bacaMs: number[] = [];
  const appRound = async () => {
    const t0 = performance.now();
    const data = await repo.getData();
    bacaMs.push(performance.now() - t0);
    return pairs.map((x) => repo.compute(x.program, x.target, data));
  };
  const appFirst = async () => {
    repo = new CapaianRepository(load.db);
    return appRound();
  };
  const rawRound = async () => {
    const data = await rawData(load.raw);
    return pairs.map((x) => hitungCapaian(x.program, x.target, data));
  };
  /** What both sides must agree on, per target (compared untimed). */
  const figures = (result: readonly CapaianTarget[]) =>
    JSON.stringify(result.map((c) => [c.tercapai, c.persen, c.belum.length, c.corong, c.bulanan.map((b) => b.kumulatif)]));
  const time = async (f: () => Promise<CapaianTarget[]>) => {
    const t0 = performance.now();
    const result = await f();
    return { ms: performance.now() - t0, result };
  };

  const first = { app: [] as number[], raw: [] as number[] };
  const recompute = { app: [] as number[], raw: [] as number[] };
  let last: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const [a, r] = i % 2 === 0 ? [await time(appFirst), await time(rawRound)] : [await time(rawRound), await time(appFirst)].reverse();
    first.app.push(a!.ms);
    first.raw.push(r!.ms);
    if (figures(a!.result) !== figures(r!.result)) throw new Error(`capaian: app and raw counts differ ${figures(a!.result)} / ${figures(r!.result)}`);
    last = a!.result.map((c) => c.tercapai);
  }
  const bacaFirst = bacaMs;
  bacaMs = [];
  // One enrollment at a time becomes terdaftar (an officer recording a KPJ), then both sides recompute.
  const waiting = await load.db.kepesertaan.where('antrian').between(['diajukan', ''], ['diajukan', '\uffff']).limit(ROUNDS).toArray();
  const pool =
    waiting.length >= ROUNDS ? waiting : await load.db.kepesertaan.where('antrian').between(['draf', ''], ['draf', '\uffff']).limit(ROUNDS).toArray();
  for (const [i, e] of pool.entries()) {
    const now = new Date().toISOString();
    const changed = await load.writes.update('kepesertaan', e.id, { ...emptyKepesertaan(), ...e, status: 'terdaftar', statusSejak: now, kpj: '12345678901' });
    await rawPut(load.raw, 'kepesertaan', [changed]);
    await copyRingkasan(load, [changed.koperasiId]);
    const [a, r] = i % 2 === 0 ? [await time(appRound), await time(rawRound)] : [await time(rawRound), await time(appRound)].reverse();
    recompute.app.push(a!.ms);
    recompute.raw.push(r!.ms);
    if (figures(a!.result) !== figures(r!.result)) throw new Error('capaian: app and raw counts differ after a change');
    last = a!.result.map((c) => c.tercapai);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  console.info(
    `bench: capaian app read p50 ${median(bacaFirst).toFixed(1)} ms of the first computation, ${median(bacaMs).toFixed(1)} ms of the recompute (the rest is counting)`,
  );
  return {
    targets: pairs.length,
    tercapai: last,
    firstRender: { app: timingStats(first.app), raw: timingStats(first.raw) },
    recompute: { app: timingStats(recompute.app), raw: timingStats(recompute.raw) },
  };
}
