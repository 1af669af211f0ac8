import type { Koperasi } from '../../shared/koperasi/koperasi-schema';
import { kelompokBawaan, type JenisKoperasi, type StatusKoperasi } from '../../shared/koperasi/koperasi-options';
import { matchesSearch, parseSearchQuery } from '../../shared/koperasi/koperasi-search';
import type { KopLindungDb, KoperasiRecord } from './database';
import type { WritePath } from './write-path';

export interface KoperasiSearch {
  readonly query: string;
  readonly jenis?: JenisKoperasi | '';
  readonly kelompok?: string;
  readonly kecamatanKode?: string;
  readonly status?: StatusKoperasi | '';
}

/**
 * The only code that reads or writes the `koperasi` table. Reads go through an index (the search-token index for
 * typed text, the sort index otherwise); writes go through the write path.
 */
export class KoperasiRepository {
  constructor(
    private readonly db: KopLindungDb,
    private readonly writes: WritePath,
  ) {}

  /** Live cooperatives matching the search and filters, sorted by name. */
  async search(search: KoperasiSearch): Promise<KoperasiRecord[]> {
    const parsed = parseSearchQuery(search.query);
    const keep = (k: KoperasiRecord) =>
      k.deleted === 0 &&
      (!search.jenis || k.jenis === search.jenis) &&
      (!search.kelompok || k.kelompok === search.kelompok) &&
      (!search.kecamatanKode || k.kecamatanKode === search.kecamatanKode) &&
      (!search.status || k.status === search.status);

    if (parsed.prefixes.length === 0) {
      if (search.kecamatanKode) {
        const rows = await this.db.koperasi.where('kecamatanKode').equals(search.kecamatanKode).filter(keep).toArray();
        return rows.sort(byName);
      }
      return this.db.koperasi.orderBy('namaSort').filter(keep).toArray();
    }
    const lead = parsed.prefixes.reduce((a, b) => (b.length > a.length ? b : a));
    const starts = parsed.compact.length >= 4 && parsed.compact !== lead ? [lead, parsed.compact] : [lead];
    const rows = await this.db.koperasi
      .where('searchTokens')
      .startsWithAnyOf(starts)
      .distinct()
      .filter((k) => keep(k) && matchesSearch(k.searchTokens, parsed))
      .toArray();
    return rows.sort(byName);
  }

  async get(id: string): Promise<KoperasiRecord | undefined> {
    const k = await this.db.koperasi.get(id);
    return k && k.deleted === 0 ? k : undefined;
  }

  /** Kelompok to offer in forms and filters: the suggested ones plus every one already in use. */
  async kelompokOptions(): Promise<string[]> {
    const used = new Set<string>(kelompokBawaan);
    await this.db.koperasi.each((k) => {
      if (k.deleted === 0 && k.kelompok) used.add(k.kelompok);
    });
    return [...used].sort((a, b) => a.localeCompare(b, 'id'));
  }

  /** Counts for the home page, in one pass over the table (a district has about 2,000; not on a hot path). */
  async summary(): Promise<{ total: number; aktif: number; terdaftarBpjs: number }> {
    const out = { total: 0, aktif: 0, terdaftarBpjs: 0 };
    await this.db.koperasi.each((k) => {
      if (k.deleted !== 0) return;
      out.total++;
      if (k.status === 'aktif') out.aktif++;
      if (k.statusBpjs === 'terdaftar') out.terdaftarBpjs++;
    });
    return out;
  }

  create(values: Koperasi): Promise<KoperasiRecord> {
    return this.writes.create('koperasi', values);
  }

  update(id: string, values: Partial<Koperasi>): Promise<KoperasiRecord> {
    return this.writes.update('koperasi', id, values);
  }

  remove(id: string): Promise<void> {
    return this.writes.remove('koperasi', id);
  }

  restore(id: string): Promise<void> {
    return this.writes.restore('koperasi', id);
  }

  /** The change history of one cooperative, newest first (for the detail page). */
  history(id: string) {
    return this.db.journal.where('[table+recordId]').equals(['koperasi', id]).reverse().toArray();
  }
}

const byName = (a: KoperasiRecord, b: KoperasiRecord) => (a.namaSort < b.namaSort ? -1 : a.namaSort > b.namaSort ? 1 : 0);
