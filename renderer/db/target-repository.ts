import { targetTumpangTindih, type Target } from '../../shared/program/target-schema';
import type { KopLindungDb } from './database';
import type { TargetRecord } from './synced-records';
import type { WritePath } from './write-path';

/** Another target of the same program and segment already covers some of these days. */
export class TargetOverlapError extends Error {
  constructor() {
    super('target period overlaps another target of the same segment');
    this.name = 'TargetOverlapError';
  }
}

/** The only code that reads or writes targets, read per program by the `programId` index. */
export class TargetRepository {
  constructor(
    private readonly db: KopLindungDb,
    private readonly writes: WritePath,
  ) {}

  /** A program's live targets, newest period first. */
  async listForProgram(programId: string): Promise<TargetRecord[]> {
    const rows = await this.db.target
      .where('programId')
      .equals(programId)
      .filter((t) => t.deleted === 0)
      .toArray();
    return rows.sort((a, b) =>
      a.mulai < b.mulai ? 1 : a.mulai > b.mulai ? -1 : a.segmen.localeCompare(b.segmen) || a.segmenNilai.localeCompare(b.segmenNilai),
    );
  }

  async get(id: string): Promise<TargetRecord | undefined> {
    const t = await this.db.target.get(id);
    return t && t.deleted === 0 ? t : undefined;
  }

  create(values: Target): Promise<TargetRecord> {
    return this.checked(undefined, values, () => this.writes.create('target', values));
  }

  update(id: string, values: Target): Promise<TargetRecord> {
    return this.checked(id, values, () => this.writes.update('target', id, values));
  }

  remove(id: string): Promise<void> {
    return this.writes.remove('target', id);
  }

  restore(id: string): Promise<void> {
    return this.writes.restore('target', id);
  }

  private checked(id: string | undefined, values: Target, write: () => Promise<TargetRecord>): Promise<TargetRecord> {
    return this.db.transaction('rw', [this.db.target, this.db.journal, this.db.meta], async () => {
      const others = (await this.listForProgram(values.programId)).filter((t) => t.id !== id);
      if (targetTumpangTindih(values, others)) throw new TargetOverlapError();
      return write();
    });
  }
}
