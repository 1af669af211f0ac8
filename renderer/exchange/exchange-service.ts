import { proxy, wrap, type Remote } from 'comlink';
import type { JenisEkspor } from '../../shared/exchange/bundle-manifest';
import { namaBerkasBundel } from '../../shared/cetak/nama-berkas';
import { tanggalHariIni } from '../../shared/format/format-date';
import { sandiCukupPanjang } from '../../shared/sandi/aturan-sandi';
import type { SaveTextOutcome } from '../../shared/ipc/contract';
import type { AppInfo, Settings } from '../../shared/settings/settings';
import type { ImporBundelLog } from '../db/impor-log';
import type { EksporLog } from '../db/ekspor-log';
import type { EksporRepository } from '../db/ekspor-repository';
import type { WritePath } from '../db/write-path';
import { desktop, unwrap } from '../desktop';
import type { ExchangeWorkerApi, PratinjauResult, Progress } from './exchange-worker-api';
import { BundleError } from './bundle-error';
import { readBundleHeader } from './read-bundle-header';
import { fromOutcome, type Outcomes } from './worker-outcome';

/** Bundles are at most this big (bundle-limits.ts refuses bigger ones too); the open dialog refuses them first. */
const MAX_BUNDLE_BYTES = 512 * 1024 * 1024;

export interface EksporInput {
  readonly jenis: JenisEkspor;
  readonly tujuan: string;
  /** null only when the officer explicitly chose an unencrypted file. */
  readonly passphrase: string | null;
}

export type EksporOutcome = { readonly saved: false } | { readonly saved: true; readonly filePath: string; readonly log: EksporLog };

/** A file the officer picked to import, with what its header says. */
export interface BerkasImpor {
  readonly namaBerkas: string;
  readonly bytes: Uint8Array;
  readonly encrypted: boolean;
}

export interface ExchangeDeps {
  readonly writes: WritePath;
  readonly ekspor: EksporRepository;
  readonly info: AppInfo;
  readonly settings: () => Settings;
  readonly petugas: () => string;
  /** Runs before every import is applied: the automatic backup, so a bad import can be undone by a restore. */
  readonly beforeApply?: () => Promise<unknown>;
  /** Runs after an import was applied: main records the database's new counts and newest clock. */
  readonly afterApply?: () => Promise<unknown>;
  /** The worker doing the long work; tests pass one running in-process. */
  readonly worker?: () => Remote<Outcomes<ExchangeWorkerApi>>;
}

const defaultWorker = () =>
  wrap<Outcomes<ExchangeWorkerApi>>(new Worker(new URL('./exchange.worker.ts', import.meta.url), { type: 'module', name: 'pertukaran-data' }));

/**
 * Data exchange as the Pertukaran Data screen uses it. The long work runs in a Web Worker (exchange.worker.ts);
 * this side does what only the UI thread can: the file dialogs through main, this laptop's change clock (an
 * import's stamp comes after everything the file brought), and the export log.
 */
export class ExchangeService {
  private remote: Remote<Outcomes<ExchangeWorkerApi>> | undefined;
  private newest = '';
  private dibatalkan = false;

  constructor(private readonly deps: ExchangeDeps) {}

  private get worker(): Remote<Outcomes<ExchangeWorkerApi>> {
    this.remote ??= (this.deps.worker ?? defaultWorker)();
    return this.remote;
  }

  /** Where a `perubahan` export to this destination starts: the end of the last bundle sent there. */
  async findLastExportTo(tujuan: string): Promise<EksporLog | undefined> {
    return this.deps.ekspor.findLastTo(tujuan);
  }

  /** Writes a bundle where the officer chooses and logs it (pending first); nothing stays logged when they cancel. */
  async export(input: EksporInput, onProgress?: Progress): Promise<EksporOutcome> {
    // The form says so beside the field first; this keeps any other caller from writing a weakly locked file.
    if (input.passphrase !== null && !sandiCukupPanjang(input.passphrase)) throw new RangeError('passphrase shorter than 12 characters');
    const { info, ekspor } = this.deps;
    const profile = this.deps.settings().officeProfile;
    const sejak = input.jenis === 'perubahan' ? ((await ekspor.findLastTo(input.tujuan))?.sampai ?? '') : '';
    const nomorEkspor = await ekspor.getNextNomor();
    const petugas = this.deps.petugas();
    const dibuat = new Date().toISOString();
    const result = fromOutcome(
      await this.worker.export(
        {
          jenis: input.jenis,
          sejak,
          passphrase: input.passphrase,
          manifest: {
            appVersion: info.version,
            deviceId: info.deviceId,
            petugas,
            nomorEkspor,
            dibuat,
            tujuan: input.tujuan,
            kantor: { kode: profile?.kabupatenKode ?? '', nama: profile?.namaKantor ?? '' },
          },
        },
        onProgress && proxy(onProgress),
      ),
    );
    const namaBerkas = namaBerkasBundel(nomorEkspor, input.tujuan, tanggalHariIni());
    // Pending before the file is written, completed after: a crash between leaves a trace in Riwayat.
    const tertunda = await ekspor.createPending({
      waktu: dibuat,
      berkas: 'bundel',
      tujuan: input.tujuan,
      jenis: input.jenis,
      nomorEkspor,
      sejak: result.manifest.sejak,
      sampai: result.manifest.sampai,
      jumlah: result.jumlah,
      namaBerkas,
      petugas,
      terenkripsi: input.passphrase !== null,
    });
    let saved: SaveTextOutcome;
    try {
      saved = await unwrap(desktop().files.saveBytes({ kind: 'bundle', suggestedName: namaBerkas, bytes: result.bytes }));
    } catch (error) {
      // Main writes through a temporary file and a rename: a failed write left no file behind.
      await ekspor.removePending(tertunda.id);
      throw error;
    }
    if (!saved.saved) {
      await ekspor.removePending(tertunda.id);
      return { saved: false };
    }
    const log = await ekspor.complete(tertunda.id, saved.filePath.split(/[\\/]/).pop() ?? namaBerkas);
    return { saved: true, filePath: saved.filePath, log };
  }

  /** The open dialog, then the header: a stray or newer file is refused here (BundleError), before any passphrase. */
  async pickFile(): Promise<BerkasImpor | undefined> {
    const opened = await unwrap(desktop().files.openFile({ kind: 'bundle', maxBytes: MAX_BUNDLE_BYTES }));
    if (!opened.opened) return undefined;
    const header = readBundleHeader(opened.bytes);
    // Anyone who held an unencrypted file on the way could have read it or changed it unnoticed (its hashes are
    // in the same file): refused unless the office allowed such files in Pengaturan.
    if (!header.encrypted && !this.deps.settings().izinkanImporTanpaEnkripsi) throw new BundleError('unencrypted-refused');
    return { namaBerkas: opened.fileName, bytes: opened.bytes, encrypted: header.encrypted };
  }

  /**
   * Decrypts, checks everything and counts what the import would do, writing nothing. Throws BundleError. The
   * file's bytes are copied to the worker, not transferred: the Impor tab keeps the file for another try after a
   * wrong passphrase, so they must stay readable here.
   */
  async preview(berkas: BerkasImpor, passphrase: string | null, onProgress?: Progress): Promise<PratinjauResult> {
    const result = fromOutcome(await this.worker.preview(berkas.bytes, berkas.namaBerkas, passphrase, onProgress && proxy(onProgress), berkas.encrypted));
    // The worker checks clocks against the wall time; this laptop's clock may be ahead of it (after an earlier import).
    if (!this.deps.writes.canStampImport(result.newest)) {
      await this.discard();
      throw new BundleError('clock-overflow', { issue: result.newest });
    }
    this.newest = result.newest;
    return result;
  }

  /** Applies the previewed file, all of it or nothing, and returns the import log entry with what it did. */
  async apply(onProgress?: Progress): Promise<ImporBundelLog> {
    this.dibatalkan = false;
    await this.deps.beforeApply?.();
    // Batal during the backup: the merge has not started, so there is nothing to roll back.
    if (this.dibatalkan) throw new BundleError('cancelled');
    const importHlc = this.deps.writes.stampImport(this.newest);
    const log = fromOutcome(
      await this.worker.apply(
        { importHlc, deviceId: this.deps.info.deviceId, petugas: this.deps.petugas(), waktu: new Date().toISOString() },
        onProgress && proxy(onProgress),
      ),
    );
    await this.deps.afterApply?.();
    return log;
  }

  /**
   * Batal at any step: an export being collected or encoded, a file being checked, an import being applied. The
   * running call rejects with BundleError('cancelled'); an export logs and saves nothing, a check keeps no preview,
   * an apply stops at the merge's next check and its one transaction is rolled back, so the database is as it was
   * and the preview stays. Harmless when nothing runs: every call clears it as it starts.
   */
  async cancel(): Promise<void> {
    this.dibatalkan = true;
    if (this.remote) await this.remote.cancel();
  }

  async discard(): Promise<void> {
    if (this.remote) await this.remote.discard();
  }
}
