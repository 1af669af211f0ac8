import { langkahKegiatan, type StatusKegiatan } from '../../shared/kegiatan/kegiatan-options';
import type { Kegiatan } from '../../shared/kegiatan/kegiatan-schema';
import type { KopLindungDb } from './database';
import type { KegiatanRecord } from './synced-records';
import type { WritePath } from './write-path';

/** A status step the event's life cycle does not have (a reported event reopened): a code the UI translates. */
export class KegiatanStepNotAllowedError extends Error {
  constructor(
    readonly dari: StatusKegiatan,
    readonly ke: StatusKegiatan,
  ) {
    super(`kegiatan status ${dari} → ${ke} not allowed`);
    this.name = 'KegiatanStepNotAllowedError';
  }
}

/** An event that already has check-ins: the attendance is a record of who came, so the event stays. */
export class KegiatanHasKehadiranError extends Error {
  constructor(readonly jumlah: number) {
    super(`kegiatan has ${jumlah} check-ins`);
    this.name = 'KegiatanHasKehadiranError';
  }
}

/**
 * The only code that reads or writes events. An office holds tens of events a year, so the list reads them all,
 * newest first; status steps follow `langkahKegiatan`.
 */
export class KegiatanRepository {
  constructor(
    private readonly db: KopLindungDb,
    private readonly writes: WritePath,
  ) {}

  /** Every live event, newest date first (today's on top while it runs). */
  async list(): Promise<KegiatanRecord[]> {
    const all = await this.db.kegiatan.orderBy('tanggal').reverse().toArray();
    return all.filter((k) => k.deleted === 0);
  }

  async get(id: string): Promise<KegiatanRecord | undefined> {
    const k = await this.db.kegiatan.get(id);
    return k && k.deleted === 0 ? k : undefined;
  }

  create(values: Kegiatan): Promise<KegiatanRecord> {
    return this.writes.create('kegiatan', { ...values, status: 'direncanakan' });
  }

  /** Edits the event's data; its status moves only through `changeStatus`. */
  update(id: string, values: Partial<Kegiatan>): Promise<KegiatanRecord> {
    const { status: _status, ...rest } = values;
    return this.writes.update('kegiatan', id, rest);
  }

  async changeStatus(id: string, ke: StatusKegiatan): Promise<KegiatanRecord> {
    return this.db.transaction('rw', [this.db.kegiatan, this.db.journal, this.db.meta], async () => {
      const current = await this.get(id);
      if (!current) throw new Error(`kegiatan/${id} not found`);
      if (!langkahKegiatan[current.status].includes(ke)) throw new KegiatanStepNotAllowedError(current.status, ke);
      return this.writes.update('kegiatan', id, { status: ke });
    });
  }

  /** Deletes an event nobody has checked in to yet (a planning mistake); undo is `restore`. */
  async remove(id: string): Promise<void> {
    await this.db.transaction('rw', [this.db.kegiatan, this.db.kehadiran, this.db.journal, this.db.meta], async () => {
      const checkIns = await this.db.kehadiran
        .where('[kegiatanId+anggotaId]')
        .between([id, ''], [id, '\uffff'], true, true)
        .filter((h) => h.deleted === 0)
        .count();
      if (checkIns > 0) throw new KegiatanHasKehadiranError(checkIns);
      await this.writes.remove('kegiatan', id);
    });
  }

  restore(id: string): Promise<void> {
    return this.writes.restore('kegiatan', id);
  }
}
