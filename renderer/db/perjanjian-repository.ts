import { nomorSudahDipakai, type Perjanjian } from '../../shared/program/perjanjian-schema';
import type { KopLindungDb } from './database';
import type { PerjanjianRecord } from './synced-records';
import type { WritePath } from './write-path';

/** An agreement number another agreement already carries: `index` is the party whose number it is. */
export class NomorPerjanjianInUseError extends Error {
  constructor(readonly index: number) {
    super(`agreement number of party ${index} already used`);
    this.name = 'NomorPerjanjianInUseError';
  }
}

/**
 * An agreement still named as the basis of live programs: it is not deleted (their *Dasar* would lose it without
 * anyone noticing); the office unlinks it from those programs first. `programs` are their names.
 */
export class PerjanjianInUseError extends Error {
  constructor(readonly programs: readonly string[]) {
    super(`agreement is the basis of ${programs.length} programs`);
    this.name = 'PerjanjianInUseError';
  }
}

/**
 * The only code that reads or writes agreements. An office holds a handful, so lists read them all; a number is
 * checked against every other live agreement inside the write's transaction, so two saves cannot both pass.
 */
export class PerjanjianRepository {
  constructor(
    private readonly db: KopLindungDb,
    private readonly writes: WritePath,
  ) {}

  /** Every live agreement, newest signing date first. */
  async list(): Promise<PerjanjianRecord[]> {
    const all = await this.db.perjanjian.toArray();
    return all.filter((p) => p.deleted === 0).sort((a, b) => (a.tanggal < b.tanggal ? 1 : a.tanggal > b.tanggal ? -1 : a.judul.localeCompare(b.judul, 'id')));
  }

  async get(id: string): Promise<PerjanjianRecord | undefined> {
    const p = await this.db.perjanjian.get(id);
    return p && p.deleted === 0 ? p : undefined;
  }

  create(values: Perjanjian): Promise<PerjanjianRecord> {
    return this.checked(undefined, values, () => this.writes.create('perjanjian', values));
  }

  update(id: string, values: Perjanjian): Promise<PerjanjianRecord> {
    return this.checked(id, values, () => this.writes.update('perjanjian', id, values));
  }

  /** Deletes an agreement no live program rests on; otherwise refuses, naming those programs. Undo is `restore`. */
  async remove(id: string): Promise<void> {
    await this.db.transaction('rw', [this.db.perjanjian, this.db.program, this.db.journal, this.db.meta], async () => {
      const users = (await this.db.program.toArray()).filter((p) => p.deleted === 0 && p.perjanjianIds.includes(id));
      if (users.length > 0) throw new PerjanjianInUseError(users.map((p) => p.nama).sort((a, b) => a.localeCompare(b, 'id')));
      await this.writes.remove('perjanjian', id);
    });
  }

  restore(id: string): Promise<void> {
    return this.writes.restore('perjanjian', id);
  }

  private checked(id: string | undefined, values: Perjanjian, write: () => Promise<PerjanjianRecord>): Promise<PerjanjianRecord> {
    return this.db.transaction('rw', [this.db.perjanjian, this.db.journal, this.db.meta], async () => {
      const others = (await this.db.perjanjian.toArray()).filter((p) => p.deleted === 0 && p.id !== id);
      const taken = nomorSudahDipakai(values, others);
      if (taken >= 0) throw new NomorPerjanjianInUseError(taken);
      return write();
    });
  }
}
