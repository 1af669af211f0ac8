import type { Program } from '../../shared/program/program-schema';
import type { KopLindungDb, ProgramRecord } from './database';
import type { WritePath } from './write-path';

/** The only code that reads or writes programs; an office runs a few, so lists read them all. */
export class ProgramRepository {
  constructor(
    private readonly db: KopLindungDb,
    private readonly writes: WritePath,
  ) {}

  /** Every live program, active ones first, by name. */
  async list(): Promise<ProgramRecord[]> {
    const all = await this.db.program.toArray();
    return all.filter((p) => p.deleted === 0).sort((a, b) => Number(b.aktif) - Number(a.aktif) || a.nama.localeCompare(b.nama, 'id'));
  }

  async get(id: string): Promise<ProgramRecord | undefined> {
    const p = await this.db.program.get(id);
    return p && p.deleted === 0 ? p : undefined;
  }

  /** The live programs run under an agreement (its detail page). */
  async forPerjanjian(perjanjianId: string): Promise<ProgramRecord[]> {
    return (await this.list()).filter((p) => p.perjanjianIds.includes(perjanjianId));
  }

  create(values: Program): Promise<ProgramRecord> {
    return this.writes.create('program', values);
  }

  update(id: string, values: Partial<Program>): Promise<ProgramRecord> {
    return this.writes.update('program', id, values);
  }

  remove(id: string): Promise<void> {
    return this.writes.remove('program', id);
  }

  restore(id: string): Promise<void> {
    return this.writes.restore('program', id);
  }
}
