import type { Program } from '../../shared/program/program-schema';
import type { KopLindungDb } from './database';
import type { ProgramRecord } from './synced-records';
import type { WritePath } from './write-path';

/**
 * What a program's delete took with it, for the one undo that brings all of it back: its targets, the
 * participations recorded under it, and the events that served it (unlinked, each with the free text it had).
 */
export interface ProgramRemoval {
  readonly programId: string;
  readonly targetIds: readonly string[];
  readonly keikutsertaanIds: readonly string[];
  readonly kegiatan: readonly { readonly id: string; readonly program: string }[];
}

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
  async listForPerjanjian(perjanjianId: string): Promise<ProgramRecord[]> {
    return (await this.list()).filter((p) => p.perjanjianIds.includes(perjanjianId));
  }

  create(values: Program): Promise<ProgramRecord> {
    return this.writes.create('program', values);
  }

  update(id: string, values: Partial<Program>): Promise<ProgramRecord> {
    return this.writes.update('program', id, values);
  }

  /**
   * Deletes a program with everything that exists only for it, in one transaction through the write path (so every
   * tombstone travels in the bundles): its targets and participations are deleted too, and the events that served
   * it are unlinked, keeping the program's name as their free text so the event still says what it was for. Nothing
   * is left pointing at a deleted program. Returns what it did, for `restore`.
   */
  async remove(id: string): Promise<ProgramRemoval> {
    const { db } = this;
    return db.transaction('rw', [db.program, db.target, db.keikutsertaan, db.kegiatan, db.journal, db.meta], async () => {
      const program = await db.program.get(id);
      const targetIds = await db.target
        .where('programId')
        .equals(id)
        .filter((t) => t.deleted === 0)
        .primaryKeys();
      const keikutsertaanIds = await db.keikutsertaan
        .where('programId')
        .equals(id)
        .filter((k) => k.deleted === 0)
        .primaryKeys();
      const events = await db.kegiatan
        .where('programId')
        .equals(id)
        .filter((k) => k.deleted === 0)
        .toArray();
      for (const t of targetIds) await this.writes.remove('target', t);
      for (const k of keikutsertaanIds) await this.writes.remove('keikutsertaan', k);
      for (const k of events) await this.writes.update('kegiatan', k.id, { programId: '', program: k.program.trim() || (program?.nama ?? '') });
      await this.writes.remove('program', id);
      return { programId: id, targetIds, keikutsertaanIds, kegiatan: events.map((k) => ({ id: k.id, program: k.program })) };
    });
  }

  /** The undo of a delete: the program and exactly what went with it, events linked again as they were. */
  async restore(removal: ProgramRemoval | string): Promise<void> {
    const r = typeof removal === 'string' ? { programId: removal, targetIds: [], keikutsertaanIds: [], kegiatan: [] } : removal;
    const { db } = this;
    await db.transaction('rw', [db.program, db.target, db.keikutsertaan, db.kegiatan, db.journal, db.meta], async () => {
      await this.writes.restore('program', r.programId);
      for (const t of r.targetIds) await this.writes.restore('target', t);
      for (const k of r.keikutsertaanIds) await this.writes.restore('keikutsertaan', k);
      for (const k of r.kegiatan) await this.writes.update('kegiatan', k.id, { programId: r.programId, program: k.program });
    });
  }
}
