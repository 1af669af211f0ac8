import type { KopLindungDb } from './database';
import type { EksporLog } from './ekspor-log';

/**
 * The log of every file that left this laptop with personal data in it (bundles and the central office
 * workbook): when, what, to whom, how many records. A lost USB stick must be reported within 3 × 24 hours
 * (UU 27/2022, docs/domain.md §6), and this log is what tells the office what was on it. Local only, never exported.
 */
export class EksporRepository {
  constructor(private readonly db: KopLindungDb) {}

  async create(entry: Omit<EksporLog, 'id'>): Promise<EksporLog> {
    const row: EksporLog = { ...entry, id: crypto.randomUUID() };
    await this.db.ekspor.add(row);
    return row;
  }

  /**
   * Logs an export as pending before its file is written, so a crash between the two leaves a trace in Riwayat
   * (the file may exist). `complete` completes it once written; `removePending` removes it when nothing was written.
   */
  async createPending(entry: Omit<EksporLog, 'id' | 'status'>): Promise<EksporLog> {
    return this.create({ ...entry, status: 'tertunda' });
  }

  /** The file was written: the entry is complete, under the name it was saved as. */
  async complete(id: string, namaBerkas: string): Promise<EksporLog> {
    return this.db.transaction('rw', this.db.ekspor, async () => {
      const row = await this.db.ekspor.get(id);
      if (!row) throw new Error(`No pending export ${id}`);
      const { status: _status, ...rest } = row;
      const done: EksporLog = { ...rest, namaBerkas };
      await this.db.ekspor.put(done);
      return done;
    });
  }

  /** Nothing was written (the officer cancelled the dialog, or the write failed whole): the pending entry goes. */
  async removePending(id: string): Promise<void> {
    await this.db.ekspor
      .where('id')
      .equals(id)
      .filter((r) => r.status === 'tertunda')
      .delete();
  }

  /** Newest first. */
  listRecent(limit = 100): Promise<EksporLog[]> {
    return this.db.ekspor.orderBy('waktu').reverse().limit(limit).toArray();
  }

  /**
   * The last bundle sent to a destination: a `perubahan` export continues from its `sampai`. A pending one does not
   * count: its file may never have been written, and sending changes twice is harmless where missing them is not.
   */
  async findLastTo(tujuan: string): Promise<EksporLog | undefined> {
    const rows = await this.db.ekspor
      .where('tujuan')
      .equals(tujuan)
      .filter((e) => e.berkas === 'bundel' && e.status !== 'tertunda')
      .toArray();
    return rows.sort((a, b) => (a.sampai < b.sampai ? 1 : a.sampai > b.sampai ? -1 : 0))[0];
  }

  /** Destinations bundles went to before, for the export form's suggestions. */
  async listTujuan(): Promise<string[]> {
    return (await this.db.ekspor.orderBy('tujuan').uniqueKeys()) as string[];
  }

  /** The next number in this laptop's export sequence (1, 2, 3 …), for bundles and workbooks alike; pending ones keep theirs. */
  async getNextNomor(): Promise<number> {
    let max = 0;
    await this.db.ekspor.each((r) => {
      if (r.nomorEkspor > max) max = r.nomorEkspor;
    });
    return max + 1;
  }
}
