import type { ImporBundelLog, ImporLog, KopLindungDb } from './database';

/**
 * The log of every bundle merged into this laptop, beside the export log: what came in, from which laptop and
 * officer, and what the merge did. With the export log it is the office's record of where personal data went
 * and came from (UU 27/2022). The merge writes entries in its own transaction (merge-bundle.ts); this only reads.
 */
export class ImporRepository {
  constructor(private readonly db: KopLindungDb) {}

  /** Newest first. */
  terbaru(limit = 100): Promise<ImporLog[]> {
    return this.db.impor.orderBy('waktu').reverse().limit(limit).toArray();
  }

  /**
   * The earlier import of the same bundle (the sending laptop's export number), so the preview can say it was
   * already merged. Only bundle entries carry the index's fields; spreadsheet imports are not in it.
   */
  async findBundleImport(deviceId: string, nomorEkspor: number): Promise<ImporBundelLog | undefined> {
    return (await this.db.impor.where('[deviceId+nomorEkspor]').equals([deviceId, nomorEkspor]).first()) as ImporBundelLog | undefined;
  }
}
