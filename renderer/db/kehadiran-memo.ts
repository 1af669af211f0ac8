import Dexie from 'dexie';
import type { KopLindungDb } from './database';
import type { KehadiranRecord } from './synced-records';

/**
 * One event's check-ins, held in memory for the check-in search, so a keystroke does not read each shown person's
 * check-ins again. Each read first takes the newest `changedAt` of the check-ins (one key): unchanged, the memo
 * answers; newer, only the check-ins stamped since are read and folded in (every write and every merge stamps a
 * newer `changedAt` than any stored: merges stamp with this laptop's import clock); older (a restored backup) or
 * another event, the event's whole range is read again. Call inside a read transaction over `kehadiran`.
 */
export class KehadiranMemo {
  private kegiatanId = '';
  private revision: string | undefined;
  private readonly records = new Map<string, KehadiranRecord>();
  private first: ReadonlyMap<string, KehadiranRecord> = new Map();

  constructor(private readonly db: KopLindungDb) {}

  /** Each person's earliest live check-in at the event (the one "sudah hadir" reports). */
  async firstByPerson(kegiatanId: string): Promise<ReadonlyMap<string, KehadiranRecord>> {
    const newest = (await this.db.kehadiran.orderBy('changedAt').lastKey()) as string | undefined;
    if (kegiatanId === this.kegiatanId && newest === this.revision) return this.first;
    const incremental = kegiatanId === this.kegiatanId && this.revision !== undefined && newest !== undefined && newest > this.revision;
    const changed = incremental
      ? (await this.db.kehadiran.where('changedAt').above(this.revision).toArray()).filter((h) => h.kegiatanId === kegiatanId)
      : await this.db.kehadiran.where('[kegiatanId+anggotaId]').between([kegiatanId, Dexie.minKey], [kegiatanId, Dexie.maxKey], true, true).toArray();
    if (!incremental) this.records.clear();
    for (const h of changed) this.records.set(h.id, h);
    this.kegiatanId = kegiatanId;
    this.revision = newest;
    this.first = firstByPerson([...this.records.values()].filter((h) => h.deleted === 0));
    return this.first;
  }
}

/** Each person's earliest check-in of those given (by time, then id). */
export function firstByPerson(checkIns: readonly KehadiranRecord[]): Map<string, KehadiranRecord> {
  const out = new Map<string, KehadiranRecord>();
  for (const h of [...checkIns].sort(byWaktu)) if (!out.has(h.anggotaId)) out.set(h.anggotaId, h);
  return out;
}

/** Check-ins in the order they were made; the id breaks a tie, so every laptop picks the same first one. */
export const byWaktu = (a: KehadiranRecord, b: KehadiranRecord) => compareText(a.waktu, b.waktu) || compareText(a.id, b.id);
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
