import type { BundleContents } from '../../shared/exchange/bundle-contents';
import type { BundleManifest, JenisEkspor } from '../../shared/exchange/bundle-manifest';
import { newestClock } from '../../shared/exchange/newest-clock';
import type { ImporLog, ImportCounts, KopLindungDb } from '../db/database';
import { collectBundle, type ManifestBase } from '../db/exchange/collect-bundle';
import { mergeBundle } from '../db/exchange/merge-bundle';
import { schemaVersions } from '../db/schema-versions';
import { decodeBundle } from './decode-bundle';
import { encodeBundle } from './encode-bundle';

export type Progress = (done: number, total: number) => void;

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
  readonly sudahPernah: ImporLog | undefined;
}

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
  let previewed: { contents: BundleContents; namaBerkas: string } | undefined;

  return {
    async ekspor(request: EksporRequest, onProgress?: Progress): Promise<EksporResult> {
      const contents = await collectBundle(await database(), request);
      const bytes = await encodeBundle(contents, { passphrase: request.passphrase, onProgress, iterations: request.iterations });
      const jumlah = Object.fromEntries(Object.entries(contents.manifest.isi).map(([section, s]) => [section, s.jumlah]));
      return { bytes, manifest: contents.manifest, jumlah };
    },

    async pratinjau(bytes: Uint8Array, namaBerkas: string, passphrase: string | null, onProgress?: Progress): Promise<PratinjauResult> {
      previewed = undefined;
      const schemaVersion = schemaVersions.at(-1)!.version;
      const contents = await decodeBundle(bytes, { passphrase, schemaVersion, onProgress });
      const store = await database();
      const counts = await mergeBundle(store, contents, { apply: false, importHlc: '', deviceId: '' });
      const { deviceId, nomorEkspor } = contents.manifest;
      const sudahPernah = await store.impor.where('[deviceId+nomorEkspor]').equals([deviceId, nomorEkspor]).first();
      previewed = { contents, namaBerkas };
      return { manifest: contents.manifest, counts, newest: newestClock(contents), sudahPernah };
    },

    async terapkan(request: TerapkanRequest, onProgress?: Progress): Promise<ImporLog> {
      if (!previewed) throw new Error('No previewed bundle to apply');
      const { contents, namaBerkas } = previewed;
      const m = contents.manifest;
      const log: Omit<ImporLog, 'hasil'> = {
        id: crypto.randomUUID(), waktu: request.waktu, namaBerkas, deviceId: m.deviceId, nomorEkspor: m.nomorEkspor,
        kantor: m.kantor.nama, petugasPengirim: m.petugas, petugas: request.petugas, jenis: m.jenis, dibuat: m.dibuat,
        jumlahBerkas: Object.fromEntries(Object.entries(m.isi).map(([section, s]) => [section, s.jumlah])),
      };
      const hasil = await mergeBundle(await database(), contents, { apply: true, importHlc: request.importHlc, deviceId: request.deviceId, petugas: request.petugas, onProgress, log });
      previewed = undefined;
      return { ...log, hasil };
    },

    buang(): void {
      previewed = undefined;
    },
  };
}

export type ExchangeWorkerApi = ReturnType<typeof createExchangeWorkerApi>;
