import type { Koperasi } from '../../shared/koperasi/koperasi-schema';
import { kelompokBawaan, type JenisKoperasi, type StatusKoperasi } from '../../shared/koperasi/koperasi-options';
import { matchesSearch, parseSearchQuery } from '../../shared/search/search-text';
import type { KopLindungDb } from './database';
import type { KoperasiRecord } from './synced-records';
import { lengkapiPengubah, type EntriRiwayat } from './pengubah-jurnal';
import { counterKey, readCounter } from './record-counters';
import { KELOMPOK_COUNTER } from './table-definitions';
import type { WritePath } from './write-path';

export interface KoperasiSearch {
  readonly query: string;
  readonly jenis?: JenisKoperasi | '';
  readonly kelompok?: string;
  readonly kecamatanKode?: string;
  readonly status?: StatusKoperasi | '';
  /**
   * At most this many, the first by name: what a picker shows. Only those records (and a few that fail a filter)
   * are read, not every cooperative whose name starts with "k".
   */
  readonly limit?: number;
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
      const all = await this.db.koperasi.orderBy('namaSort').filter(keep).toArray();
      return search.limit === undefined ? all : all.slice(0, search.limit);
    }
    if (search.limit !== undefined) return this.firstByName(parsed, keep, search.limit);
    const rows = await this.db.koperasi
      .where('searchTokens')
      .startsWithAnyOf(await this.leadPrefixes(parsed))
      .distinct()
      .filter((k) => keep(k) && matchesSearch(k.searchTokens, parsed))
      .toArray();
    return rows.sort(byName);
  }

  /**
   * The first `limit` matches by name, as the full search sorted and cut would give. Only keys are read in bulk: the
   * ids the lead word's index range holds (one getAllKeys), and, when they are many, every id in name order (one
   * more; 2,000 short strings); then records a few at a time in name order until `limit` pass the filters. A vague
   * "k" reads about eight records instead of walking every token that starts with "k".
   */
  private async firstByName(parsed: ReturnType<typeof parseSearchQuery>, keep: (k: KoperasiRecord) => boolean, limit: number): Promise<KoperasiRecord[]> {
    if (limit <= 0) return [];
    const [lead] = await this.leadPrefixes(parsed);
    const ids = new Set(await this.db.koperasi.where('searchTokens').startsWith(lead!).primaryKeys());
    const passes = (k: KoperasiRecord | undefined): k is KoperasiRecord => k !== undefined && keep(k) && matchesSearch(k.searchTokens, parsed);
    if (ids.size <= FEW) return (await this.db.koperasi.bulkGet([...ids])).filter(passes).sort(byName).slice(0, limit);
    const inOrder = (await this.db.koperasi.orderBy('namaSort').primaryKeys()).filter((id) => ids.has(id));
    const out: KoperasiRecord[] = [];
    for (let i = 0, step = limit + 2; i < inOrder.length && out.length < limit; i += step, step *= 2) {
      for (const k of await this.db.koperasi.bulkGet(inOrder.slice(i, i + step))) if (passes(k) && out.length < limit) out.push(k);
    }
    return out;
  }

  /**
   * The prefixes to read from the index. A query shaped like a legal number is looked up whole ("518.08/96" as
   * "5180896"), not by its first part, which every older-format number shares. Otherwise the typed word that the
   * fewest index entries start with: "koperasi sejahtera" reads the few "sejahtera" rows, not every cooperative
   * whose name starts with "Koperasi". Counting on the index alone costs far less than reading the records.
   */
  private async leadPrefixes(parsed: ReturnType<typeof parseSearchQuery>): Promise<string[]> {
    if (looksLikeNumber(parsed)) return [parsed.compact];
    if (parsed.prefixes.length === 1) return [parsed.prefixes[0]!];
    const counts = await Promise.all(parsed.prefixes.map((p) => this.db.koperasi.where('searchTokens').startsWith(p).count()));
    let best = 0;
    counts.forEach((c, i) => {
      if (c < counts[best]!) best = i;
    });
    return [parsed.prefixes[best]!];
  }

  async get(id: string): Promise<KoperasiRecord | undefined> {
    const k = await this.db.koperasi.get(id);
    return k && k.deleted === 0 ? k : undefined;
  }

  /**
   * Kelompok to offer in forms and filters: the suggested ones plus every one a live cooperative uses, read from
   * the counters per kelompok (one range of `meta`), not from the registry.
   */
  async listKelompok(): Promise<string[]> {
    const used = new Set<string>(kelompokBawaan);
    const from = counterKey(KELOMPOK_COUNTER);
    for (const row of await this.db.meta.where('key').between(from, `${from}\uffff`, true, true).toArray()) {
      if (Number(row.value) > 0) used.add(row.key.slice(from.length));
    }
    return [...used].sort((a, b) => a.localeCompare(b, 'id'));
  }

  /** Counts for the home page, from the counters the write path keeps (three reads of `meta`). */
  async getSummary(): Promise<{ total: number; aktif: number; terdaftarBpjs: number }> {
    const [total, aktif, terdaftarBpjs] = await Promise.all(
      ['koperasi', 'koperasi:status:aktif', 'koperasi:bpjs:terdaftar'].map((n) => readCounter(this.db, n)),
    );
    return { total: total!, aktif: aktif!, terdaftarBpjs: terdaftarBpjs! };
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

  /** The change history of one cooperative, newest first, with who made each change (for the detail page). */
  async getHistory(id: string): Promise<EntriRiwayat[]> {
    return lengkapiPengubah(this.db, await this.db.journal.where('[table+recordId]').equals(['koperasi', id]).reverse().toArray());
  }
}

/** Digits with punctuation or several numeric parts: a legal number, typed with whatever separators. */
const looksLikeNumber = (q: ReturnType<typeof parseSearchQuery>) =>
  q.compact.length >= 4 && /\d/.test(q.compact) && (q.prefixes.length > 1 || /^\d+$/.test(q.compact)) && q.prefixes.some((p) => /^\d+$/.test(p));

/** By name, then id: the order of the [namaSort] index, so a cut list and a full one agree even on equal names. */
const byName = (a: KoperasiRecord, b: KoperasiRecord) => (a.namaSort < b.namaSort ? -1 : a.namaSort > b.namaSort ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** Up to this many ids from the token range, reading them all and sorting costs less than the name-order keys. */
const FEW = 64;
