import { kepesertaanSchema, type Kepesertaan } from '../../shared/kepesertaan/kepesertaan-schema';
import type { StatusKepesertaan } from '../../shared/kepesertaan/kepesertaan-options';
import { kembalikanStatus, statusMenunggu, terapkanStatus, type PerubahanStatus, type StatusSebelum } from '../../shared/kepesertaan/status-kepesertaan';
import type { KopLindungDb } from './database';
import type { AnggotaRecord, KepesertaanRecord, KoperasiRecord } from './synced-records';
import { counterAntrianKecamatan } from './antrian-kecamatan';
import { readCounter, readCounters } from './record-counters';
import { counterStatusKepesertaan } from './table-definitions';
import type { WritePath } from './write-path';

/** An enrollment with its person and cooperative, as lists show it. */
export interface KepesertaanLengkap {
  readonly kepesertaan: KepesertaanRecord;
  readonly anggota: AnggotaRecord | undefined;
  readonly koperasi: KoperasiRecord | undefined;
}

/** A write the enrollment rules refuse (a status step without consent, KPJ or reason): messages are i18n keys. */
export class KepesertaanInvalidError extends Error {
  constructor(readonly issues: readonly { readonly path: string; readonly message: string }[]) {
    super(`kepesertaan invalid: ${issues.map((i) => `${i.path}: ${i.message}`).join(', ')}`);
    this.name = 'KepesertaanInvalidError';
  }
}

export interface AntrianFilter {
  readonly status: StatusKepesertaan;
  readonly koperasiId?: string;
  readonly kecamatanKode?: string;
  readonly limit?: number;
}

export interface AntrianIds {
  readonly ids: readonly string[];
  readonly total: number;
}

export interface AntrianResult {
  readonly rows: readonly KepesertaanLengkap[];
  readonly total: number;
}

/**
 * The only code that reads or writes enrollments. Every status change goes through `changeStatus`, which checks the
 * life cycle and what the new status needs, then writes through the write path, so the journal holds each step.
 */
export class KepesertaanRepository {
  constructor(
    private readonly db: KopLindungDb,
    private readonly writes: WritePath,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  async get(id: string): Promise<KepesertaanRecord | undefined> {
    const k = await this.db.kepesertaan.get(id);
    return k && k.deleted === 0 ? k : undefined;
  }

  async listForAnggota(anggotaId: string): Promise<KepesertaanLengkap[]> {
    const rows = await this.db.kepesertaan
      .where('anggotaId')
      .equals(anggotaId)
      .filter((k) => k.deleted === 0)
      .toArray();
    return this.join(rows);
  }

  /** A cooperative's enrollments (deleted ones dropped after one getAll: a Dexie filter would walk a cursor). */
  async listForKoperasi(koperasiId: string): Promise<KepesertaanLengkap[]> {
    const rows = (await this.db.kepesertaan.where('koperasiId').equals(koperasiId).toArray()).filter((k) => k.deleted === 0);
    return (await this.join(rows)).filter((r) => r.anggota !== undefined);
  }

  /** A new enrollment starts as a draft, waiting from now. */
  async create(values: Kepesertaan): Promise<KepesertaanRecord> {
    const draft = { ...values, status: 'draf' as const, statusSejak: this.now() };
    this.validate(draft);
    return this.writes.create('kepesertaan', draft);
  }

  /** Edits the enrollment's data (not its status: that is `changeStatus`). */
  async update(id: string, values: Partial<Kepesertaan>): Promise<KepesertaanRecord> {
    return this.db.transaction('rw', this.writes.scope('kepesertaan'), async () => {
      const current = await this.require(id);
      const { status: _status, statusSejak: _sejak, ...rest } = values;
      this.validate({ ...current, ...rest });
      return this.writes.update('kepesertaan', id, rest);
    });
  }

  /** One step of the life cycle, with what that step needs (KPJ for terdaftar, a reason for ditolak). */
  async changeStatus(id: string, change: PerubahanStatus): Promise<KepesertaanRecord> {
    return this.db.transaction('rw', this.writes.scope('kepesertaan'), async () => {
      const current = await this.require(id);
      const patch = terapkanStatus(current, change, this.now());
      this.validate({ ...current, ...patch });
      return this.writes.update('kepesertaan', id, patch);
    });
  }

  /**
   * Undoes a status step ("Urungkan"): the status, its date, KPJ and reason as they were before `sesudah`, written
   * through the write path as a new change, so the history shows the step and its undo and other laptops get both.
   */
  async undoStatus(id: string, sebelum: StatusSebelum, sesudah: StatusKepesertaan): Promise<KepesertaanRecord> {
    return this.db.transaction('rw', this.writes.scope('kepesertaan'), async () => {
      const current = await this.require(id);
      const patch = kembalikanStatus(current, sebelum, sesudah);
      this.validate({ ...current, ...patch });
      return this.writes.update('kepesertaan', id, patch);
    });
  }

  remove(id: string): Promise<void> {
    return this.writes.remove('kepesertaan', id);
  }

  restore(id: string): Promise<void> {
    return this.writes.restore('kepesertaan', id);
  }

  /**
   * Enrollments waiting at a status, longest-waiting first (ties by cooperative, then id), at most `limit` (500) of
   * them, and how many there are: `listAntrianIds`, then every row joined (`listLengkap`). The page reads the ids and joins
   * only the rows on screen.
   */
  async listAntrian(filter: AntrianFilter): Promise<AntrianResult> {
    const { ids, total } = await this.listAntrianIds(filter);
    return { rows: await this.listLengkap(ids), total };
  }

  /**
   * The ids of `antrian`'s rows, in order, and the total. Each filter reads one index range in the list's order,
   * keys only: the whole list from `antrian` [status, statusSejak], a kecamatan's from `antrianKecamatan`
   * [kecamatan, status, statusSejak, koperasiId], each total from its counter (never a count of the range: Chromium
   * walks every entry to count one, 0.1–0.2 s for a kecamatan of a district); a cooperative's few records from
   * `antrianKoperasi` [koperasiId, status], sorted here. A cooperative wins over a kecamatan. A kecamatan's ids and
   * total are read in one transaction, so they agree even while a write lands.
   */
  async listAntrianIds(filter: AntrianFilter): Promise<AntrianIds> {
    const limit = Math.max(0, filter.limit ?? 500);
    const { status } = filter;
    if (filter.koperasiId) {
      const all = await this.db.kepesertaan.where('antrianKoperasi').equals([filter.koperasiId, status]).toArray();
      all.sort((a, b) => compare(a.statusSejak, b.statusSejak) || compare(a.id, b.id));
      return { ids: all.slice(0, limit).map((k) => k.id), total: all.length };
    }
    const { kecamatanKode } = filter;
    const [ids, total] = kecamatanKode
      ? await this.db.transaction('r', [this.db.kepesertaan, this.db.meta], () =>
          Promise.all([
            limit > 0 ? this.rangeKecamatan(kecamatanKode, status).limit(limit).primaryKeys() : [],
            readCounter(this.db, counterAntrianKecamatan(kecamatanKode, status)),
          ]),
        )
      : await Promise.all([limit > 0 ? this.rangeStatus(status).limit(limit).primaryKeys() : [], this.count(status)]);
    return { ids, total };
  }

  /** The live enrollments with these ids, in that order, each with its person and cooperative (the rows on screen). */
  async listLengkap(ids: readonly string[]): Promise<KepesertaanLengkap[]> {
    const rows = await this.db.kepesertaan.bulkGet([...ids]);
    return this.join(rows.filter((k): k is KepesertaanRecord => k?.deleted === 0));
  }

  /** How many enrollments wait at each follow-up status, for the same filters as `listAntrian`. */
  async countWaiting(filter: Omit<AntrianFilter, 'status' | 'limit'>): Promise<Record<StatusKepesertaan, number>> {
    const { koperasiId, kecamatanKode } = filter;
    // A cooperative's few enrollments are counted; the whole list and a kecamatan read their counters at once.
    const values = koperasiId
      ? await Promise.all(statusMenunggu.map((status) => this.db.kepesertaan.where('antrianKoperasi').equals([koperasiId, status]).count()))
      : await readCounters(
          this.db,
          statusMenunggu.map((status) => (kecamatanKode ? counterAntrianKecamatan(kecamatanKode, status) : counterStatusKepesertaan(status))),
        );
    return Object.fromEntries(statusMenunggu.map((status, i) => [status, values[i]!])) as Record<StatusKepesertaan, number>;
  }

  private rangeStatus(status: StatusKepesertaan) {
    return this.db.kepesertaan.where('antrian').between([status, ''], [status, '\uffff'], true, true);
  }

  /** A kecamatan's live enrollments at a status, in the list's order (antrian-kecamatan.ts). */
  private rangeKecamatan(kecamatanKode: string, status: StatusKepesertaan) {
    return this.db.kepesertaan.where('antrianKecamatan').between([kecamatanKode, status, '', ''], [kecamatanKode, status, '\uffff', '\uffff'], true, true);
  }

  /** How many live enrollments are at a status, from the counter the write path keeps. */
  count(status: StatusKepesertaan): Promise<number> {
    return readCounter(this.db, counterStatusKepesertaan(status));
  }

  /** Each row's person and cooperative, every distinct one read once (500 rows of a kecamatan share ~300 cooperatives). */
  private async join(rows: readonly KepesertaanRecord[]): Promise<KepesertaanLengkap[]> {
    const [anggotaIds, koperasiIds] = [[...new Set(rows.map((r) => r.anggotaId))], [...new Set(rows.map((r) => r.koperasiId))]];
    const [people, koperasi] = await Promise.all([this.db.anggota.bulkGet(anggotaIds), this.db.koperasi.bulkGet(koperasiIds)]);
    const live = <T extends { deleted: 0 | 1 }>(ids: readonly string[], found: readonly (T | undefined)[]) =>
      new Map(ids.flatMap((id, i) => (found[i]?.deleted === 0 ? [[id, found[i]!] as const] : [])));
    const [personOf, koperasiOf] = [live(anggotaIds, people), live(koperasiIds, koperasi)];
    return rows.map((kepesertaan) => ({ kepesertaan, anggota: personOf.get(kepesertaan.anggotaId), koperasi: koperasiOf.get(kepesertaan.koperasiId) }));
  }

  private async require(id: string): Promise<KepesertaanRecord> {
    const current = await this.get(id);
    if (!current) throw new KepesertaanInvalidError([{ path: 'id', message: 'validation.notFound' }]);
    return current;
  }

  private validate(values: Kepesertaan) {
    const parsed = kepesertaanSchema.safeParse(values);
    if (!parsed.success) throw new KepesertaanInvalidError(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
