import type { KopLindungDb } from './database';
import type { DurasiImpor, ImporBundelLog, ImporLog } from './impor-log';

/**
 * The log of every bundle merged into this laptop, beside the export log: what came in, from which laptop and
 * officer, and what the merge did. With the export log it is the office's record of where personal data went
 * and came from (UU 27/2022). The merge writes entries in its own transaction (merge-bundle.ts); this reads them,
 * and adds to a bundle's entry how long it took, once its merge has committed.
 */
export class ImporRepository {
  constructor(private readonly db: KopLindungDb) {}

  /** Newest first. */
  listRecent(limit = 100): Promise<ImporLog[]> {
    return this.db.impor.orderBy('waktu').reverse().limit(limit).toArray();
  }

  /**
   * The earlier import of the same bundle (the sending laptop's export number), so the preview can say it was
   * already merged. Only bundle entries carry the index's fields; spreadsheet imports are not in it.
   */
  async findBundleImport(deviceId: string, nomorEkspor: number): Promise<ImporBundelLog | undefined> {
    return (await this.db.impor.where('[deviceId+nomorEkspor]').equals([deviceId, nomorEkspor]).first()) as ImporBundelLog | undefined;
  }

  /** The newest bundle import that kept its durations (for the next estimate), among the last few imports. */
  async latestTimedBundleImport(): Promise<ImporBundelLog | undefined> {
    const recent = await this.db.impor.orderBy('waktu').reverse().limit(20).toArray();
    return recent.find((l): l is ImporBundelLog => 'durasi' in l && l.durasi !== undefined);
  }

  /** How long a bundle's preview and apply took here, added to its entry after the merge committed. */
  async recordDuration(id: string, durasi: DurasiImpor): Promise<void> {
    await this.db.transaction('rw', this.db.impor, async () => {
      const log = await this.db.impor.get(id);
      if (log && log.berkas !== 'xlsx') await this.db.impor.put({ ...log, durasi });
    });
  }
}
