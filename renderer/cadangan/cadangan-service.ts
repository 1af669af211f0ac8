import { proxy, wrap, type Remote } from 'comlink';
import type { AlasanCadangan, CadanganInfo } from '../../shared/cadangan/cadangan-info';
import { pilihDasarCadangan, rantaiCadangan } from '../../shared/cadangan/rantai-cadangan';
import type { BundleManifest } from '../../shared/exchange/bundle-manifest';
import type { AppInfo, Settings } from '../../shared/settings/settings';
import type { ImportCounts } from '../db/import-counts';
import type { WritePath } from '../db/write-path';
import { desktop, unwrap } from '../desktop';
import type { CadangkanRequest, CadangkanResult, ExchangeWorkerApi, MataRantai, Progress } from '../exchange/exchange-worker-api';
import { transferLinks } from '../exchange/transfer-links';
import { fromOutcome, type Outcomes, type WorkerOutcome } from '../exchange/worker-outcome';
import { NotEnoughSpaceError } from './not-enough-space-error';

/** Where a backup says it is going; a backup imported on another laptop shows this as the destination. */
const TUJUAN_CADANGAN = 'Cadangan otomatis';

/** A backup's export number: seconds since 2020, so each backup is its own file to an importer that logs numbers. */
const nomorCadangan = (waktu: Date) => Math.max(1, Math.floor((waktu.getTime() - Date.UTC(2020, 0, 1)) / 1000));

export interface CadanganDeps {
  /** The app's write path, whose clock a restore moves on; absent only for the backup before a schema upgrade. */
  readonly writes?: WritePath;
  readonly info: AppInfo;
  readonly settings: () => Settings;
  readonly petugas: () => string;
  /** Called after a restore replaced the records (main's record of the database is then written again). */
  readonly afterRestore?: () => Promise<void>;
  /** Called as each backup begins (PenjagaBasisData: writes after this moment are the next backup's). */
  readonly onCadanganStart?: () => void;
  readonly worker?: () => Remote<Outcomes<ExchangeWorkerApi>>;
  readonly now?: () => Date;
}

/** What the restore preview shows: the backup's records per table beside what is here now. */
export interface PratinjauCadangan {
  readonly cadangan: CadanganInfo;
  readonly manifest: BundleManifest;
  /** Records per section here now, counted the way the backup counts them. */
  readonly diSini: Readonly<Record<string, number>>;
}

const defaultWorker = () =>
  wrap<Outcomes<ExchangeWorkerApi>>(new Worker(new URL('../exchange/exchange.worker.ts', import.meta.url), { type: 'module', name: 'cadangan' }));

/**
 * Backups as the app takes and restores them. The snapshot (collect, encrypt, check) runs in its own Web Worker,
 * off the UI thread; main writes the file. One backup at a time: a second request while one runs waits for it.
 */
export class CadanganService {
  private remote: Remote<Outcomes<ExchangeWorkerApi>> | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private previewed: { berkas: string; newest: string } | undefined;

  constructor(private readonly deps: CadanganDeps) {}

  private get worker(): Remote<Outcomes<ExchangeWorkerApi>> {
    this.remote ??= (this.deps.worker ?? defaultWorker)();
    return this.remote;
  }

  private serial<T>(run: () => Promise<T>): Promise<T> {
    const next = this.running.then(run, run);
    this.running = next.catch(() => undefined);
    return next;
  }

  list(): Promise<readonly CadanganInfo[]> {
    return unwrap(desktop().cadangan.list());
  }

  /**
   * A snapshot, checked in the worker, written atomically by main, which then prunes by the rotation. Changes-only
   * since the newest backup when its chain allows (rantai-cadangan.ts), a full one otherwise.
   */
  create(alasan: AlasanCadangan, onProgress?: Progress): Promise<CadanganInfo> {
    return this.ambil(alasan, (request) => this.worker.createCadangan(request, onProgress && proxy(onProgress)));
  }

  /**
   * The backup before a schema upgrade: the database `name` read as the older app left it, before this app opens
   * (and so upgrades) it. Changes-only on the older app's chain when it has one.
   */
  createBeforePembaruan(name: string, onProgress?: Progress): Promise<CadanganInfo> {
    return this.ambil('sebelum-pembaruan', (request) => this.worker.createCadanganBeforePembaruan(name, request, onProgress && proxy(onProgress)));
  }

  private ambil(alasan: AlasanCadangan, run: (request: CadangkanRequest) => Promise<WorkerOutcome<CadangkanResult>>): Promise<CadanganInfo> {
    return this.serial(async () => {
      this.deps.onCadanganStart?.();
      const waktu = (this.deps.now ?? (() => new Date()))();
      const kunci = await unwrap(desktop().cadangan.getKey());
      const daftar = await this.list();
      const dasar = pilihDasarCadangan(daftar, alasan, waktu, -waktu.getTimezoneOffset());
      const profile = this.deps.settings().officeProfile;
      const result = fromOutcome(
        await run({
          passphrase: kunci,
          manifest: {
            appVersion: this.deps.info.version,
            deviceId: this.deps.info.deviceId,
            petugas: this.deps.petugas(),
            nomorEkspor: nomorCadangan(waktu),
            dibuat: waktu.toISOString(),
            tujuan: TUJUAN_CADANGAN,
            kantor: { kode: profile?.kabupatenKode ?? '', nama: profile?.namaKantor ?? '' },
          },
          dasar: dasar && { sampai: dasar.sampai ?? '', identitas: dasar.identitas ?? '', rantai: dasar.rantai ?? '' },
        }),
      );
      // Twice the file: the temporary copy and room for the database to keep growing after it.
      const { bebas } = await unwrap(desktop().cadangan.getSpace());
      if (result.bytes.byteLength * 2 > bebas) throw new NotEnoughSpaceError(result.bytes.byteLength * 2, bebas);
      return unwrap(
        desktop().cadangan.save({
          bytes: result.bytes,
          waktu: waktu.toISOString(),
          alasan,
          jumlah: result.jumlah,
          jenis: result.jenis,
          dasar: result.jenis === 'perubahan' ? dasar?.berkas : undefined,
          sampai: result.sampai,
          identitas: result.identitas,
          rantai: result.rantai,
        }),
      );
    });
  }

  /** The files a restore of `cadangan` replays, oldest first; a missing link is refused before anything is read. */
  private async bacaRantai(cadangan: CadanganInfo): Promise<MataRantai[]> {
    const rantai = rantaiCadangan(await this.list(), cadangan.berkas);
    const out: MataRantai[] = [];
    for (const c of rantai) out.push({ berkas: c.berkas, bytes: await unwrap(desktop().cadangan.read(c.berkas)) });
    return out;
  }

  /**
   * A copy of a backup for a USB stick, sealed with the officer's passphrase so another laptop can import it. A
   * changes-only backup is copied as the full snapshot its chain replays to, so the copy stands on its own.
   */
  async salinKeFlashdisk(cadangan: CadanganInfo, passphrase: string): Promise<{ saved: false } | { saved: true; filePath: string }> {
    const [rantai, kunci] = await Promise.all([this.bacaRantai(cadangan), unwrap(desktop().cadangan.getKey())]);
    const copy = fromOutcome(await this.worker.copyCadangan(transferLinks(rantai), kunci, passphrase));
    return unwrap(desktop().files.saveBytes({ kind: 'backup', suggestedName: cadangan.berkas, bytes: copy }));
  }

  /**
   * Opens and checks a backup, with every earlier link of its chain (a changes-only backup is restored as its
   * chain replays: the full snapshot, then each change in order); nothing changes until `restore`.
   */
  async preview(cadangan: CadanganInfo): Promise<PratinjauCadangan> {
    const [rantai, kunci] = await Promise.all([this.bacaRantai(cadangan), unwrap(desktop().cadangan.getKey())]);
    const result = fromOutcome(await this.worker.previewRestore(transferLinks(rantai), kunci));
    const diSini = fromOutcome(await this.worker.countHere());
    this.previewed = { berkas: cadangan.berkas, newest: result.newest };
    return { cadangan, manifest: result.manifest, diSini };
  }

  /**
   * Restores the previewed backup: a snapshot of the records here first (unless there are none to keep), then the
   * records replaced in one transaction. This laptop's clock first folds in the backup's newest clock, so it never
   * runs backwards and every change made afterwards sorts after everything restored; the device id stays.
   */
  restore(opts: { snapshotDulu: boolean }, onProgress?: Progress): Promise<ImportCounts> {
    const previewed = this.previewed;
    const writes = this.deps.writes;
    if (!previewed || !writes) return Promise.reject(new Error('No previewed backup, or no write path to restore through'));
    const snapshot = opts.snapshotDulu ? this.create('sebelum-pulihkan') : Promise.resolve(undefined);
    return snapshot.then(() =>
      this.serial(async () => {
        const importHlc = writes.stampImport(previewed.newest);
        const hasil = fromOutcome(
          await this.worker.restore({ importHlc, deviceId: this.deps.info.deviceId, petugas: this.deps.petugas() }, onProgress && proxy(onProgress)),
        );
        this.previewed = undefined;
        await this.deps.afterRestore?.();
        return hasil;
      }),
    );
  }

  async discard(): Promise<void> {
    this.previewed = undefined;
    if (this.remote) await this.remote.discard();
  }
}
