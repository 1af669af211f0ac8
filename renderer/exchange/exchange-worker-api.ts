import type { BundleContents } from '../../shared/exchange/bundle-contents';
import type Dexie from 'dexie';
import { gabungRantaiCadangan } from '../../shared/cadangan/gabung-rantai-cadangan';
import type { BundleManifest, JenisEkspor } from '../../shared/exchange/bundle-manifest';
import { newestClock } from '../../shared/exchange/newest-clock';
import type { KopLindungDb } from '../db/database';
import type { ImportCounts } from '../db/import-counts';
import type { ImporBundelLog } from '../db/impor-log';
import type { ManifestBase } from '../db/exchange/collect-bundle';
import { exportBundle } from '../db/exchange/export-bundle';
import { countSections, holdsNoRecords } from '../db/exchange/count-sections';
import { gantiIsiBasisData } from '../db/exchange/ganti-isi-basis-data';
import { bacaAsalCadangan } from '../db/keadaan-basis-data';
import { mergeBundle } from '../db/exchange/merge-bundle';
import { ImporRepository } from '../db/impor-repository';
import { openOlderDatabase } from '../db/open-older-database';
import { schemaVersions } from '../db/schema-versions';
import { decodeBundle } from './decode-bundle';
import { encodeBundle } from './encode-bundle';
import { lajuDari, perkirakanWaktuTerapkan, type PerkiraanTerapkan } from './perkiraan-waktu-terapkan';

export type Progress = (done: number, total: number) => void;

/** The check's progress is reported in thousandths: the decode's half, then the dry run's. */
const HALF = 500;

export interface EksporRequest {
  readonly jenis: JenisEkspor;
  readonly sejak: string;
  readonly manifest: ManifestBase;
  readonly passphrase: string | null;
  /** Tests only: fewer key-derivation rounds. */
  readonly iterations?: number;
}

export interface EksporResult {
  readonly bytes: Uint8Array;
  readonly manifest: BundleManifest;
  readonly jumlah: Readonly<Record<string, number>>;
}

export interface PratinjauResult {
  readonly manifest: BundleManifest;
  readonly counts: ImportCounts;
  /** The file's newest clock: the UI thread folds it into this laptop's clock before applying. */
  readonly newest: string;
  /** An earlier import of the same export (same laptop and number), if any: importing again changes nothing. */
  readonly sudahPernah: ImporBundelLog | undefined;
  /** How long applying will take on this laptop, estimated from the file's counts and rates measured here. */
  readonly perkiraan: PerkiraanTerapkan;
}

/** A backup: the database as a bundle, with this install's backup key as its passphrase. */
export interface CadangkanRequest {
  readonly passphrase: string;
  readonly manifest: ManifestBase;
  /**
   * The backup this one may continue as changes-only (rantai-cadangan.ts): taken only when the database is still
   * the one that backup was taken from (same identity, no restore since); otherwise a full snapshot is taken.
   */
  readonly dasar?: { readonly sampai: string; readonly identitas: string; readonly rantai: string };
  /** Tests only: fewer key-derivation rounds. */
  readonly iterations?: number;
}

export interface CadangkanResult extends EksporResult {
  readonly jenis: JenisEkspor;
  readonly sampai: string;
  readonly identitas: string;
  readonly rantai: string;
}

/** One file of a backup chain, oldest first: its name (for messages) and its bytes. */
export interface MataRantai {
  readonly berkas: string;
  readonly bytes: Uint8Array;
}

/** What a backup holds, read back and checked, before a restore replaces anything. */
export interface PratinjauPulihkan {
  readonly manifest: BundleManifest;
  /** The backup's newest clock: the UI thread folds it into this laptop's clock, which never runs backwards. */
  readonly newest: string;
}

const countsOf = (manifest: BundleManifest) => Object.fromEntries(Object.entries(manifest.isi).map(([section, s]) => [section, s.jumlah]));

export interface TerapkanRequest {
  readonly importHlc: string;
  readonly deviceId: string;
  readonly petugas: string;
  readonly waktu: string;
}

/**
 * The long work of data exchange (reading, encrypting and writing a bundle; opening, checking and merging one),
 * runnable in a Web Worker so the UI never freezes on a district-size file. A previewed bundle stays here until it
 * is applied or dropped, so it is decrypted and checked once.
 */
export function createExchangeWorkerApi(openDb: () => Promise<KopLindungDb>) {
  let db: Promise<KopLindungDb> | undefined;
  const database = () => (db ??= openDb());
  let previewed: { contents: BundleContents; namaBerkas: string; terenkripsi: boolean; pratinjauMs: number } | undefined;
  let pulihan: BundleContents | undefined;
  /**
   * Set by `cancel` while `export`, `preview` or `apply` runs (each clears it as it starts, before its first
   * await, so a Batal sent after the call is never lost); the work asks it between tables, chunks and records, and
   * comlink delivers it whenever the work waits for the database or yields.
   */
  let batal = false;
  const dibatalkan = () => batal;

  return {
    async export(request: EksporRequest, onProgress?: Progress): Promise<EksporResult> {
      batal = false;
      const { bytes, manifest } = await exportBundle(await database(), { ...request, onProgress, dibatalkan });
      return { bytes, manifest, jumlah: countsOf(manifest) };
    },

    async preview(bytes: Uint8Array, namaBerkas: string, passphrase: string | null, onProgress?: Progress, terenkripsi = true): Promise<PratinjauResult> {
      previewed = undefined;
      batal = false;
      const schemaVersion = schemaVersions.at(-1)!.version;
      // One bar for the whole check: the decode fills its first half, the dry run of the merge the second.
      const half = (offset: number) =>
        onProgress && ((done: number, total: number) => onProgress(offset + Math.round((done / Math.max(1, total)) * HALF), 2 * HALF));
      const contents = await decodeBundle(bytes, { passphrase, schemaVersion, onProgress: half(0), dibatalkan });
      const store = await database();
      // A first import reads no local copies, so its dry run says less about the writes (perkiraan-waktu-terapkan.ts).
      const kosong = await holdsNoRecords(store);
      const started = performance.now();
      const counts = await mergeBundle(store, contents, { apply: false, importHlc: '', deviceId: '', dibatalkan, onProgress: half(HALF) });
      const pratinjauMs = Math.round(performance.now() - started);
      const impor = new ImporRepository(store);
      const { deviceId, nomorEkspor } = contents.manifest;
      const sudahPernah = await impor.findBundleImport(deviceId, nomorEkspor);
      previewed = { contents, namaBerkas, terenkripsi, pratinjauMs };
      const perkiraan = perkirakanWaktuTerapkan({ counts, pratinjauMs, kosong, terakhir: lajuDari(await impor.latestTimedBundleImport()) });
      return { manifest: contents.manifest, counts, newest: newestClock(contents), sudahPernah, perkiraan };
    },

    async apply(request: TerapkanRequest, onProgress?: Progress): Promise<ImporBundelLog> {
      if (!previewed) throw new Error('No previewed bundle to apply');
      const { contents, namaBerkas, terenkripsi, pratinjauMs } = previewed;
      const m = contents.manifest;
      const log: Omit<ImporBundelLog, 'hasil'> = {
        id: crypto.randomUUID(),
        waktu: request.waktu,
        namaBerkas,
        deviceId: m.deviceId,
        nomorEkspor: m.nomorEkspor,
        kantor: m.kantor.nama,
        petugasPengirim: m.petugas,
        petugas: request.petugas,
        jenis: m.jenis,
        dibuat: m.dibuat,
        jumlahBerkas: Object.fromEntries(Object.entries(m.isi).map(([section, s]) => [section, s.jumlah])),
        terenkripsi,
      };
      batal = false;
      const store = await database();
      const started = performance.now();
      const hasil = await mergeBundle(store, contents, {
        apply: true,
        importHlc: request.importHlc,
        deviceId: request.deviceId,
        petugas: request.petugas,
        onProgress,
        log,
        dibatalkan,
      });
      const durasi = { pratinjauMs, terapkanMs: Math.round(performance.now() - started) };
      // Kept for the next estimate on this laptop (perkiraan-waktu-terapkan.ts); after the merge's transaction.
      await new ImporRepository(store).recordDuration(log.id, durasi);
      previewed = undefined;
      return { ...log, hasil, durasi };
    },

    /**
     * Batal: a running export or check stops (nothing leaves the worker, nothing was written); a running apply stops
     * and its transaction is rolled back, and the preview stays.
     */
    cancel(): void {
      batal = true;
    },

    discard(): void {
      previewed = undefined;
      pulihan = undefined;
    },

    /**
     * A full snapshot for a backup, checked before it leaves the worker: the bytes are decoded again with the same
     * key and every section's count compared with what was collected, so a backup main writes is known to open.
     */
    async createCadangan(request: CadangkanRequest, onProgress?: Progress): Promise<CadangkanResult> {
      return snapshot(await database(), request, onProgress);
    },

    /**
     * The backup before a schema upgrade: the database opened as the older app left it (Dexie without a schema,
     * so nothing is upgraded), read at its own version, and closed again before the app opens it to upgrade.
     */
    async createCadanganBeforePembaruan(name: string, request: CadangkanRequest, onProgress?: Progress): Promise<CadangkanResult> {
      const old = await openOlderDatabase(name);
      try {
        return await snapshot(old, request, onProgress, old.verno);
      } finally {
        old.close();
      }
    },

    /** A copy of a backup for a USB stick: its chain opened with the install's key, replayed into one full snapshot, sealed with the officer's passphrase. */
    async copyCadangan(rantai: readonly MataRantai[], kunci: string, passphrase: string, iterations?: number): Promise<Uint8Array> {
      return encodeBundle(await bukaRantai(rantai, kunci), { passphrase, iterations });
    },

    /** Records per bundle section here now (tombstones included, as a bundle counts them), for the restore preview. */
    async countHere(): Promise<Record<string, number>> {
      return countSections(await database());
    },

    /**
     * Opens and checks a backup for a restore, with every earlier link of its chain (oldest first), replayed into
     * one snapshot; kept here until `restore` or `discard`. Writes nothing.
     */
    async previewRestore(rantai: readonly MataRantai[], kunci: string): Promise<PratinjauPulihkan> {
      pulihan = undefined;
      const contents = await bukaRantai(rantai, kunci);
      pulihan = contents;
      return { manifest: contents.manifest, newest: newestClock(contents) };
    },

    /** Replaces the database's records with the previewed backup's, in one transaction (ganti-isi-basis-data.ts). */
    async restore(request: Omit<TerapkanRequest, 'waktu'>, onProgress?: Progress): Promise<ImportCounts> {
      if (!pulihan) throw new Error('No previewed backup to restore');
      const contents = pulihan;
      const hasil = await gantiIsiBasisData(await database(), contents, {
        importHlc: request.importHlc,
        deviceId: request.deviceId,
        petugas: request.petugas,
        onProgress,
      });
      pulihan = undefined;
      return hasil;
    },
  };
}

/** Decodes every link of a backup chain with the install's key and replays them into one full snapshot. */
async function bukaRantai(rantai: readonly MataRantai[], kunci: string): Promise<BundleContents> {
  const schemaVersion = schemaVersions.at(-1)!.version;
  const links = [];
  for (const mata of rantai) links.push({ berkas: mata.berkas, contents: await decodeBundle(mata.bytes, { passphrase: kunci, schemaVersion }) });
  return gabungRantaiCadangan(links);
}

/**
 * A snapshot for a backup, checked before it leaves the worker: the bytes are decoded again with the same key and
 * every section's count compared with what was collected, so a backup main writes is known to open. Changes-only
 * when asked and the database is still the one the chain was taken from; a full snapshot otherwise.
 */
async function snapshot(db: Dexie, request: CadangkanRequest, onProgress?: Progress, schemaVersion?: number): Promise<CadangkanResult> {
  const asal = await bacaAsalCadangan(db);
  const dasar = request.dasar;
  const bersambung = dasar !== undefined && dasar.identitas !== '' && dasar.identitas === asal.identitas && dasar.rantai === asal.rantai;
  const jenis: JenisEkspor = bersambung ? 'perubahan' : 'semua';
  const { bytes, manifest } = await exportBundle(db, {
    jenis,
    sejak: bersambung ? dasar.sampai : '',
    manifest: request.manifest,
    schemaVersion,
    passphrase: request.passphrase,
    onProgress,
    iterations: request.iterations,
  });
  const decoded = await decodeBundle(bytes, { passphrase: request.passphrase, schemaVersion: schemaVersions.at(-1)!.version });
  const jumlah = countsOf(manifest);
  for (const [section, n] of Object.entries(countsOf(decoded.manifest))) {
    const records = section === 'alias' ? decoded.alias.length : decoded.tables[section as keyof BundleContents['tables']].length;
    if (n !== jumlah[section] || records !== n) throw new Error(`Backup check failed: ${section} ${records}/${n} of ${jumlah[section]}`);
  }
  return { bytes, manifest, jumlah, jenis, sampai: manifest.sampai, identitas: asal.identitas, rantai: asal.rantai };
}

export type ExchangeWorkerApi = ReturnType<typeof createExchangeWorkerApi>;
