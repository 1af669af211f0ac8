import Dexie from 'dexie';
import { syncedTables } from '../../shared/records/synced-tables';
import type { MergeInput } from './exchange/merge-bundle';
import { mergeBundle } from './exchange/merge-bundle';
import type { KopLindungDb } from './database';
import type { ImportCounts } from './import-counts';
import type { AnggotaRecord } from './synced-records';
import type { WritePath } from './write-path';

/** What makes two people with the same name probably one person. */
export type BuktiDuplikat = 'tanggalLahir' | 'telepon' | 'koperasi';

/** A pair for review: one of them has no NIK (a walk-in, an imported row), the other may. */
export interface KemungkinanDuplikat {
  readonly a: AnggotaRecord;
  readonly b: AnggotaRecord;
  readonly bukti: readonly BuktiDuplikat[];
  /** The cooperatives both hold a role in, by name. */
  readonly koperasiBersama: readonly string[];
}

export class MergeNotAllowedError extends Error {
  constructor(readonly alasan: 'nikBerbeda' | 'tidakAda') {
    super(`cannot fuse: ${alasan}`);
    this.name = 'MergeNotAllowedError';
  }
}

/** Name groups read per transaction, yielding to the screen between batches. */
const KELOMPOK_PER_BACA = 500;
const kunciBukan = (x: string, y: string) => `bukanDuplikat:${x < y ? `${x}|${y}` : `${y}|${x}`}`;
const digit = (s: string) => s.replace(/\D/g, '').replace(/^62/, '0');

/** Why two people of one name group are probably one (one of them without NIK), or undefined when nothing says so. */
function bandingkan(a: AnggotaRecord, b: AnggotaRecord, koperasiDari: ReadonlyMap<string, ReadonlySet<string>>) {
  if (a.nik && b.nik) return undefined;
  const bukti: BuktiDuplikat[] = [];
  if (a.tanggalLahir && a.tanggalLahir === b.tanggalLahir) bukti.push('tanggalLahir');
  if (a.telepon && digit(a.telepon) === digit(b.telepon)) bukti.push('telepon');
  const bersama = [...(koperasiDari.get(a.id) ?? [])].filter((k) => koperasiDari.get(b.id)?.has(k));
  if (bersama.length > 0) bukti.push('koperasi');
  return bukti.length > 0 ? { bukti, bersama } : undefined;
}

/**
 * Kemungkinan duplikat: people who are probably the same person, and their fusion. Every pair it reports holds a
 * person without NIK, so the finder blocks on them: the `namaTanpaNik` index (schema 8) gives the distinct names
 * of the walk-ins (a key-only read), and only those names' groups are read, by the people list's own index
 * ([namaSort+id]), 500 groups per batch, yielding to the screen between batches. A district of 250,000 with a few
 * thousand walk-ins reads those few thousand groups, not the district. A pair counts when one has no NIK and they
 * share a birth date, a phone number or a cooperative. `merge` fuses through the exchange's alias mechanism
 * (an alias from the larger id to the smaller, merged like a received bundle), so roles, check-ins and
 * enrollments follow, and the fusion travels in the next bundle and ends the same in any order. "Bukan
 * duplikat" is this laptop's decision, kept in `meta` and not exported: each office reviews its own list.
 */
export class DuplikatRepository {
  constructor(
    private readonly db: KopLindungDb,
    private readonly writes: WritePath,
  ) {}

  /** The pairs to review; `onProgress` gets the name groups read of all groups with a walk-in. */
  async list(onProgress?: (done: number, total: number) => void): Promise<KemungkinanDuplikat[]> {
    const bukan = new Set((await this.db.meta.where('key').startsWith('bukanDuplikat:').primaryKeys()) as string[]);
    const nama = (await this.db.anggota.orderBy('namaTanpaNik').uniqueKeys()) as string[];
    const hasil: KemungkinanDuplikat[] = [];
    onProgress?.(0, nama.length);
    for (let i = 0; i < nama.length; i += KELOMPOK_PER_BACA) {
      const batch = nama.slice(i, i + KELOMPOK_PER_BACA);
      // One getAll per name group, all in one read transaction (IndexedDB runs them back to back).
      const kelompok = await this.db.transaction('r', this.db.anggota, () =>
        Promise.all(batch.map((n) => this.db.anggota.where('[namaSort+id]').between([n, Dexie.minKey], [n, Dexie.maxKey]).toArray())),
      );
      hasil.push(
        ...(await this.pasangan(
          kelompok.filter((k) => k.length > 1),
          bukan,
        )),
      );
      onProgress?.(Math.min(nama.length, i + KELOMPOK_PER_BACA), nama.length);
      await new Promise((r) => setTimeout(r, 0));
    }
    return hasil;
  }

  /** The pairs in a batch of name groups: their roles read in one transaction (one getAll per person), then compared. */
  private async pasangan(kelompok: readonly (readonly AnggotaRecord[])[], bukan: ReadonlySet<string>): Promise<KemungkinanDuplikat[]> {
    const ids = kelompok.flat().map((p) => p.id);
    const perOrang = await this.db.transaction('r', this.db.peran, () => Promise.all(ids.map((id) => this.db.peran.where('anggotaId').equals(id).toArray())));
    const koperasiDari = new Map<string, Set<string>>();
    for (const r of perOrang.flat()) if (r.deleted === 0) koperasiDari.set(r.anggotaId, (koperasiDari.get(r.anggotaId) ?? new Set()).add(r.koperasiId));
    const out: { a: AnggotaRecord; b: AnggotaRecord; bukti: BuktiDuplikat[]; bersama: string[] }[] = [];
    for (const orang of kelompok) {
      orang.forEach((a, i) => {
        for (const b of orang.slice(i + 1)) {
          const temuan = bandingkan(a, b, koperasiDari);
          if (temuan && !bukan.has(kunciBukan(a.id, b.id))) out.push({ a, b, ...temuan });
        }
      });
    }
    const kopIds = [...new Set(out.flatMap((o) => o.bersama))];
    const nama = new Map((await this.db.koperasi.bulkGet(kopIds)).filter((k) => k !== undefined).map((k) => [k.id, k.nama]));
    return out.map((o) => ({ a: o.a, b: o.b, bukti: o.bukti, koperasiBersama: o.bersama.map((k) => nama.get(k) ?? '') }));
  }

  /**
   * Fuses two people into one, as the exchange fuses two records of one NIK: the smaller id survives, the other
   * becomes its alias, fields merge (differing values go to the conflict list), and everything pointing at the
   * merged-away id moves. Two different NIKs are two people: refused.
   */
  async merge(idA: string, idB: string): Promise<ImportCounts> {
    const [a, b] = await this.db.anggota.bulkGet([idA, idB]);
    if (!a || !b || a.deleted !== 0 || b.deleted !== 0 || idA === idB) throw new MergeNotAllowedError('tidakAda');
    if (a.nik && b.nik && a.nik !== b.nik) throw new MergeNotAllowedError('nikBerbeda');
    const [into, id] = idA < idB ? [idA, idB] : [idB, idA];
    const input: MergeInput = {
      tables: Object.fromEntries(syncedTables.map((t) => [t, []])) as unknown as MergeInput['tables'],
      alias: [{ table: 'anggota', id, into }],
    };
    return mergeBundle(this.db, input, {
      apply: true,
      importHlc: this.writes.stampImport(''),
      deviceId: this.writes.deviceId,
      petugas: this.writes.penulis.petugas,
    });
  }

  /** Remembers that two people are not the same, so the list stops offering the pair. */
  async dismiss(idA: string, idB: string): Promise<void> {
    await this.db.meta.put({ key: kunciBukan(idA, idB), value: new Date().toISOString() });
  }
}
