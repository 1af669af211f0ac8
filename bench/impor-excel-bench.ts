import { utils, write } from '@e965/xlsx';
import { bersihkanBaris, type BarisBersih } from '../shared/impor-excel/bersihkan-baris';
import { cariBarisJudul, judulKolom } from '../shared/impor-excel/cari-baris-judul';
import { sarankanPemetaan, type JenisImpor } from '../shared/impor-excel/kolom-impor';
import type { SelMentah } from '../shared/impor-excel/masalah-sel';
import { districtPeopleStream, koperasiWithIds } from '../shared/test-support/generator/people-generator';
import type { Koperasi } from '../shared/koperasi/koperasi-schema';
import type { KabupatenRegions } from '../shared/region/region-types';
import { ChangeClock } from '../renderer/db/change-clock';
import { openKopLindungDb, type KopLindungDb } from '../renderer/db/database';
import { ImporExcelRepository } from '../renderer/db/impor-excel-repository';
import type { RencanaImpor } from '../renderer/db/impor-excel/rencana-impor';
import { schemaVersions } from '../renderer/db/schema-versions';
import type { InputOf } from '../renderer/db/table-definitions';
import { WritePath } from '../renderer/db/write-path';
import { bacaBerkas } from '../renderer/impor-excel/baca-berkas';
import { BATAS_BERKAS } from '../renderer/impor-excel/batas-berkas';
import { latestStoreShapes } from './dexie-store-shape';
import { deleteDb, openRawDb, rawWrite } from './raw-idb-baseline';
import { usedHeapMB } from './timing-stats';
import { replicateBulkCreate } from './write-path-replica';
import { DEVICE, freshName } from './write-bench';

export interface ImporExcelStep {
  readonly berkas: string;
  readonly baris: number;
  readonly bytes: number;
  readonly parseMs: number;
  readonly mapMs: number;
  readonly cleanMs: number;
  readonly previewMs: number;
  /** Only for the .xlsx of each kind: the apply and the raw puts of the same records with their journal. */
  readonly applyMs?: number;
  readonly rawMs?: number;
  readonly ratio?: number;
  readonly jumlah: RencanaImpor['jumlah'];
  readonly heapMB: number | null;
}

export interface ImporExcelBenchOutput {
  readonly steps: readonly ImporExcelStep[];
}

const log = (line: string) => console.info(`bench: ${line}`);

/** A workbook as an office would send it (a title row above the header), written by SheetJS as .xlsx or .xls. */
function workbook(aoa: SelMentah[][], bookType: 'xlsx' | 'biff8'): Uint8Array {
  const wb = utils.book_new();
  utils.book_append_sheet(wb, utils.aoa_to_sheet([['DATA KANTOR DINAS KOPERASI'], [], ...aoa]), 'Data');
  return new Uint8Array(write(wb, { type: 'array', bookType, compression: true }) as ArrayBuffer);
}

async function freshApp(): Promise<{ db: KopLindungDb; repo: ImporExcelRepository; clock: ChangeClock }> {
  const db = await openKopLindungDb(freshName('impor-excel'));
  const clock = new ChangeClock(DEVICE);
  return { db, repo: new ImporExcelRepository(db, new WritePath(db, clock)), clock };
}

/**
 * One file through the import as the wizard runs it (in the page here; the app runs parse and clean in a worker):
 * read, find the header and suggest the mapping, clean every row, plan the preview against `db`, and (when `apply`)
 * apply through the write path, then put the same records and journal entries into a raw IndexedDB database with
 * the same stores, timed beside it.
 */
async function satuBerkas(
  jenis: JenisImpor,
  berkas: string,
  bytes: Uint8Array,
  kabupaten: KabupatenRegions,
  app: { db: KopLindungDb; repo: ImporExcelRepository; clock: ChangeClock },
  apply: boolean,
): Promise<ImporExcelStep> {
  let t = performance.now();
  const { lembar } = bacaBerkas(bytes, berkas, { ...BATAS_BERKAS, byte: 200 * 1024 * 1024 });
  const parseMs = performance.now() - t;
  t = performance.now();
  const rows = lembar[0]!.baris;
  const barisJudul = cariBarisJudul(rows, jenis);
  const judul = judulKolom(rows, barisJudul);
  const pemetaan = sarankanPemetaan(jenis, judul);
  const mapMs = performance.now() - t;
  t = performance.now();
  const bersih: BarisBersih[] = [];
  for (let r = barisJudul + 1; r < rows.length; r++)
    bersih.push(bersihkanBaris(rows[r]!, r + 1, { jenis, pemetaan, wilayah: kabupaten, hariIni: '2026-07-01', namaLembar: 'Data' }, judul));
  const cleanMs = performance.now() - t;
  t = performance.now();
  const rencana = await app.repo.plan(jenis, bersih, (f) => f);
  const previewMs = performance.now() - t;
  let step: ImporExcelStep = {
    berkas,
    baris: bersih.length,
    bytes: bytes.length,
    parseMs,
    mapMs,
    cleanMs,
    previewMs,
    jumlah: rencana.jumlah,
    heapMB: usedHeapMB(),
  };
  if (apply) {
    t = performance.now();
    await app.repo.apply(rencana, { semuaAtauTidak: false });
    const applyMs = performance.now() - t;
    const rawName = freshName('impor-excel-raw');
    const raw = await openRawDb(rawName, latestStoreShapes(schemaVersions));
    const clock = new ChangeClock(`${DEVICE}-raw`);
    const batches: { store: string; values: unknown[] }[] = [];
    const journal: unknown[] = [];
    const creates = rencana.baris
      .filter((b) => b.status !== 'galat')
      .flatMap((b) => b.operasi)
      .filter((o) => o.op === 'buat');
    for (const table of ['koperasi', 'anggota', 'peran'] as const) {
      const mine = creates.filter((o) => o.table === table);
      if (mine.length === 0) continue;
      const rep = replicateBulkCreate(
        table,
        mine.map((o) => o.values as InputOf<typeof table>),
        mine.map((o) => o.id),
        clock,
      );
      batches.push({ store: table, values: rep.records });
      journal.push(...rep.journal);
    }
    batches.push({ store: 'journal', values: journal });
    const rawMs = await rawWrite(raw, batches);
    raw.close();
    await deleteDb(rawName);
    step = { ...step, applyMs, rawMs, ratio: rawMs / applyMs, heapMB: usedHeapMB() };
  }
  log(
    `impor ${berkas}: ${step.baris} rows, ${(step.bytes / 1024).toFixed(0)} KB; parse ${parseMs.toFixed(0)} ms, map ${mapMs.toFixed(1)} ms, clean ${cleanMs.toFixed(0)} ms, preview ${previewMs.toFixed(0)} ms` +
      (step.applyMs !== undefined
        ? `, apply ${step.applyMs.toFixed(0)} ms vs raw ${step.rawMs!.toFixed(0)} ms (ratio ${step.ratio!.toFixed(2)}, target ≥ 0.80)`
        : '') +
      `; ${JSON.stringify(step.jumlah)}; heap ${step.heapMB ?? '?'} MB`,
  );
  return step;
}

/**
 * Impor dari Excel at district size: the generator's cooperatives and `people` people with their roles, written
 * as real .xlsx and .xls workbooks (untimed), each read, mapped, cleaned and previewed; the .xlsx applied beside
 * raw IndexedDB puts of the same records with their journal. The people file goes into the database that took the
 * cooperatives, as an office would import them.
 */
export async function imporExcelBench(input: {
  seed: number;
  kabupaten: KabupatenRegions;
  koperasi: readonly Koperasi[];
  people: number;
}): Promise<ImporExcelBenchOutput> {
  const koperasi = koperasiWithIds(input.seed, input.koperasi);
  const kopAoa: SelMentah[][] = [['Nama Koperasi', 'No. BH', 'NIK Koperasi', 'NPWP', 'Kec.', 'Desa/Kel.', 'Telepon', 'Anggota L', 'Anggota P']];
  for (const { koperasi: k } of koperasi)
    kopAoa.push([k.nama, k.nomorBadanHukum, k.nomorIndukKoperasi, k.npwp, k.kecamatanNama, k.kelurahanNama, k.telepon, k.anggotaLaki, k.anggotaPerempuan]);
  const namaKoperasi = new Map(koperasi.map((k) => [k.id, k.koperasi.nama]));
  const orangAoa: SelMentah[][] = [['Nama Lengkap', 'NIK', 'Tgl Lahir', 'L/P', 'No HP', 'Kec.', 'Nama Koperasi', 'Peran', 'Jabatan']];
  const stream = districtPeopleStream({
    seed: input.seed,
    kabupaten: input.kabupaten,
    koperasi,
    people: input.people,
    roles: Math.round(input.people * 1.2),
    enrollments: 0,
  });
  for (const chunk of stream) {
    const byId = new Map(chunk.anggota.map((a) => [a.id, a.values]));
    for (const p of chunk.peran) {
      const a = byId.get(p.values.anggotaId);
      if (!a) continue;
      orangAoa.push([
        a.nama,
        a.nik,
        a.tanggalLahir,
        a.jenisKelamin,
        a.telepon,
        a.kecamatanNama,
        namaKoperasi.get(p.values.koperasiId) ?? '',
        p.values.peran,
        p.values.jabatan,
      ]);
    }
  }
  const app = await freshApp();
  const steps: ImporExcelStep[] = [];
  try {
    for (const [jenis, aoa, nama] of [
      ['koperasi', kopAoa, 'koperasi'],
      ['orang', orangAoa, 'orang'],
    ] as const) {
      const xlsx = workbook(aoa, 'xlsx');
      const xls = workbook(aoa, 'biff8');
      steps.push(await satuBerkas(jenis, `${nama}.xls`, xls, input.kabupaten, app, false));
      steps.push(await satuBerkas(jenis, `${nama}.xlsx`, xlsx, input.kabupaten, app, true));
    }
  } finally {
    app.db.close();
    await deleteDb(app.db.name);
  }
  return { steps };
}
