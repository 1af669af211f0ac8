import type { Cetakan } from '../../shared/cetak/cetakan-schema';
import type { KopLindungDb } from './database';
import type { CetakanRecord } from './synced-records';
import type { WritePath } from './write-path';

/**
 * The print log: every print or PDF save is a record through the write path, so it travels with the data and the
 * central office can see who printed which list of people, when.
 */
export class CetakanRepository {
  constructor(
    private readonly db: KopLindungDb,
    private readonly writes: WritePath,
  ) {}

  create(values: Cetakan): Promise<CetakanRecord> {
    return this.writes.create('cetakan', values);
  }

  /** The newest prints first. */
  async listRecent(limit = 50): Promise<CetakanRecord[]> {
    return (await this.db.cetakan.orderBy('waktu').reverse().limit(limit).toArray()).filter((c) => c.deleted === 0);
  }

  /** What was printed from one event, enrollment or cooperative, newest first. */
  async listForRef(refId: string): Promise<CetakanRecord[]> {
    const rows = await this.db.cetakan
      .where('refId')
      .equals(refId)
      .filter((c) => c.deleted === 0)
      .toArray();
    return rows.sort((a, b) => (a.waktu < b.waktu ? 1 : a.waktu > b.waktu ? -1 : 0));
  }
}
