import { fieldFrontier, isConflict, nodeOfClock, type FieldVersion } from '../../shared/exchange/field-versions';
import type { SyncedTable } from '../../shared/records/synced-tables';
import type { KopLindungDb } from './database';
import type { KonflikRecord } from './konflik-record';
import type { WritePath } from './write-path';

/** Who a laptop is, as its bundles said (officer and office), for "Budi (Dinas …) wrote X". */
export interface Perangkat {
  readonly petugas: string;
  readonly kantor: string;
}

export interface VersiKonflik {
  readonly value: unknown;
  readonly clock: string;
  /** ISO time of the change (the clock's wall-time part). */
  readonly waktu: string;
  readonly deviceId: string;
  readonly perangkat: Perangkat | undefined;
  /** The value the record shows now (the newest change). */
  readonly dipakai: boolean;
}

/** One field in front of a person: the record, the field, every version (the shown one first). */
export interface KonflikItem {
  readonly id: string;
  readonly tabel: SyncedTable;
  readonly recordId: string;
  readonly field: string;
  /** What the record is, in words: a cooperative's or person's name, an event's title. */
  readonly judul: string;
  /** For roles, enrollments and check-ins: the person they belong to. */
  readonly anggotaId: string | undefined;
  readonly versions: readonly VersiKonflik[];
}

const titleField: Partial<Record<SyncedTable, string>> = {
  koperasi: 'nama',
  anggota: 'nama',
  kegiatan: 'judul',
  cetakan: 'judul',
  perjanjian: 'judul',
  program: 'nama',
  target: 'nama',
};

/**
 * The conflict list (Pertukaran Data → Konflik): fields that two laptops changed to different values without
 * knowing of each other. The record already shows the newest; staff see every version, who and when, and may
 * choose one, which becomes a new change that supersedes them all on every laptop it reaches.
 */
export class KonflikRepository {
  constructor(
    private readonly db: KopLindungDb,
    private readonly writes: WritePath,
  ) {}

  async list(): Promise<KonflikItem[]> {
    const rows = await this.db.konflik.toArray();
    const items: KonflikItem[] = [];
    const perangkat = new Map<string, Perangkat | undefined>();
    for (const row of rows) {
      const record = (await this.db.table(row.tabel).get(row.recordId)) as Record<string, unknown> | undefined;
      if (!record) continue;
      const frontier = this.frontier(row, record);
      if (!isConflict(frontier)) continue;
      const versions: VersiKonflik[] = [];
      for (const [i, v] of frontier.entries()) {
        const deviceId = nodeOfClock(v.clock);
        if (!perangkat.has(deviceId)) perangkat.set(deviceId, (await this.db.meta.get(`perangkat:${deviceId}`))?.value as Perangkat | undefined);
        versions.push({ value: v.value, clock: v.clock, waktu: v.clock.slice(0, 24), deviceId, perangkat: perangkat.get(deviceId), dipakai: i === 0 });
      }
      const anggotaId = typeof record.anggotaId === 'string' ? record.anggotaId : undefined;
      const field = titleField[row.tabel];
      const judul = field ? String(record[field] ?? '') : anggotaId ? String((await this.db.anggota.get(anggotaId))?.nama ?? '') : '';
      items.push({ id: row.id, tabel: row.tabel, recordId: row.recordId, field: row.field, judul, anggotaId, versions });
    }
    return items.sort((a, b) => a.tabel.localeCompare(b.tabel) || a.judul.localeCompare(b.judul, 'id') || a.field.localeCompare(b.field));
  }

  /** How many fields wait for a choice (the tab's badge). */
  async count(): Promise<number> {
    return (await this.list()).length;
  }

  /**
   * Chooses the version with `clock` (the shown one keeps it; another one replaces it): a new change made knowing
   * every version, so no laptop will show this conflict again once it has the choice.
   */
  async resolve(id: string, clock: string): Promise<void> {
    const tabel = id.slice(0, id.indexOf('/')) as SyncedTable;
    await this.db.transaction('rw', [...this.writes.scope(tabel), this.db.konflik], async () => {
      const row = await this.db.konflik.get(id);
      if (!row) return;
      const record = (await this.db.table(row.tabel).get(row.recordId)) as Record<string, unknown> | undefined;
      if (!record) return;
      const frontier = this.frontier(row, record);
      const chosen = frontier.find((v) => v.clock === clock);
      if (!chosen) return;
      const knownUpTo = frontier.reduce((max, v) => (v.clock > max ? v.clock : max), '');
      await this.writes.resolveField(row.tabel, row.recordId, row.field, chosen.value, knownUpTo);
      await this.db.konflik.delete(id);
    });
  }

  private frontier(row: KonflikRecord, record: Record<string, unknown>): FieldVersion[] {
    const clocks = record.fieldClocks as Record<string, string>;
    const basis = (record.fieldBasis ?? {}) as Record<string, string>;
    return fieldFrontier([{ value: record[row.field], clock: clocks[row.field] ?? '', basis: basis[row.field] ?? '' }, ...row.versions]);
  }
}
