import type { AlasanCadangan } from '../../shared/cadangan/cadangan-info';
import type { KopLindungDb } from '../db/database';
import { bacaKeadaan } from '../db/keadaan-basis-data';
import { watchWrites } from '../db/watch-writes';
import { desktop, unwrap } from '../desktop';

/** A backup is taken this long after the first change since the last one: 15 minutes of activity. */
export const JEDA_CADANGAN_BERKALA_MS = 15 * 60 * 1000;
/** Writes that follow each other closer than this are one burst: main's record is written once after it. */
const JEDA_BURST_MS = 1500;

/**
 * Watches the database's writes (Dexie's `storagemutated`, which also reports the exchange worker's) and, after
 * each burst, has main record the database's identity, counts and newest clock outside IndexedDB; the first
 * change after a backup starts the 15-minute timer of the next one. Started only once the database was judged
 * sound at start, so a wiped database is never recorded as the truth.
 */
export class PenjagaBasisData {
  private burst: ReturnType<typeof setTimeout> | undefined;
  private berkala: ReturnType<typeof setTimeout> | undefined;
  private stop: (() => void) | undefined;
  private berubah = false;

  constructor(
    private readonly db: KopLindungDb,
    private readonly cadangkan: (alasan: AlasanCadangan) => Promise<unknown>,
    private readonly jedaBerkala = JEDA_CADANGAN_BERKALA_MS,
  ) {}

  /** Records the state now and watches from here on. */
  async startWatching(): Promise<void> {
    this.stop = watchWrites(() => this.setelahTulis());
    await this.saveState();
  }

  /**
   * Whether anything was written since the last backup began: asked, synchronously, when the window is about to
   * close, so a quit backup is taken only when there is something to keep.
   */
  hasChangesSinceCadangan(): boolean {
    return this.berubah;
  }

  /** Told when a backup begins (of any reason): what it collects is kept, later writes count again. */
  onCadanganStart(): void {
    this.berubah = false;
  }

  stopWatching(): void {
    this.stop?.();
    clearTimeout(this.burst);
    clearTimeout(this.berkala);
  }

  /** Writes main's record of the database as it is now. */
  async saveState(): Promise<void> {
    const k = await bacaKeadaan(this.db);
    if (k.identitas === undefined) return;
    await unwrap(desktop().database.saveState({ identitas: k.identitas, jumlah: k.jumlah, jamTerbaru: k.jamTerbaru, dicatat: new Date().toISOString() }));
  }

  private setelahTulis(): void {
    this.berubah = true;
    clearTimeout(this.burst);
    this.burst = setTimeout(() => void this.saveState().catch((error: unknown) => console.error('[cadangan] state', error)), JEDA_BURST_MS);
    this.berkala ??= setTimeout(() => {
      this.berkala = undefined;
      void this.cadangkan('berkala').catch((error: unknown) => console.error('[cadangan] berkala', error));
    }, this.jedaBerkala);
  }
}
