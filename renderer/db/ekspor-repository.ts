import type { EksporLog, KopLindungDb } from './database';

/**
 * The log of every file that left this laptop with personal data in it (bundles and the central office
 * workbook): when, what, to whom, how many records. A lost USB stick must be reported within 3 × 24 hours
 * (UU 27/2022, docs/domain.md §6), and this log is what tells the office what was on it. Local only, never exported.
 */
export class EksporRepository {
  constructor(private readonly db: KopLindungDb) {}

  async catat(entry: Omit<EksporLog, 'id'>): Promise<EksporLog> {
    const row: EksporLog = { ...entry, id: crypto.randomUUID() };
    await this.db.ekspor.add(row);
    return row;
  }

  /** Newest first. */
  terbaru(limit = 100): Promise<EksporLog[]> {
    return this.db.ekspor.orderBy('waktu').reverse().limit(limit).toArray();
  }

  /** The last bundle sent to a destination: a `perubahan` export continues from its `sampai`. */
  async terakhirKe(tujuan: string): Promise<EksporLog | undefined> {
    const rows = await this.db.ekspor.where('tujuan').equals(tujuan).filter((e) => e.berkas === 'bundel').toArray();
    return rows.sort((a, b) => (a.sampai < b.sampai ? 1 : a.sampai > b.sampai ? -1 : 0))[0];
  }

  /** Destinations bundles went to before, for the export form's suggestions. */
  async tujuanDikenal(): Promise<string[]> {
    return (await this.db.ekspor.orderBy('tujuan').uniqueKeys()) as string[];
  }

  /** The next number in this laptop's export sequence (1, 2, 3 …), for bundles and workbooks alike. */
  async nomorBerikutnya(): Promise<number> {
    let max = 0;
    await this.db.ekspor.each((r) => {
      if (r.nomorEkspor > max) max = r.nomorEkspor;
    });
    return max + 1;
  }
}
