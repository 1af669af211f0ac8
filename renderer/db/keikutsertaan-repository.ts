import type { Keikutsertaan } from '../../shared/program/keikutsertaan-schema';
import type { KopLindungDb } from './database';
import type { KeikutsertaanRecord } from './synced-records';
import type { WritePath } from './write-path';

/** The only code that reads or writes cooperatives' participations in programs, by program or by cooperative. */
export class KeikutsertaanRepository {
  constructor(
    private readonly db: KopLindungDb,
    private readonly writes: WritePath,
  ) {}

  /** A program's live participations, most recent join first. */
  async listForProgram(programId: string): Promise<KeikutsertaanRecord[]> {
    const rows = await this.db.keikutsertaan
      .where('programId')
      .equals(programId)
      .filter((k) => k.deleted === 0)
      .toArray();
    return rows.sort((a, b) => (a.tanggalBergabung < b.tanggalBergabung ? 1 : a.tanggalBergabung > b.tanggalBergabung ? -1 : 0));
  }

  create(values: Keikutsertaan): Promise<KeikutsertaanRecord> {
    return this.writes.create('keikutsertaan', values);
  }

  update(id: string, values: Partial<Keikutsertaan>): Promise<KeikutsertaanRecord> {
    return this.writes.update('keikutsertaan', id, values);
  }

  remove(id: string): Promise<void> {
    return this.writes.remove('keikutsertaan', id);
  }

  restore(id: string): Promise<void> {
    return this.writes.restore('keikutsertaan', id);
  }
}
