import type { SyncedTable } from '../records/synced-tables';
import type { FieldVersion } from './field-versions';

/** Maps a person's id to the id they live under now (itself, or the survivor of a NIK fusion). */
export type ResolveAnggota = (id: string) => string;

type Undangan = { readonly koperasiId: string; readonly perwakilan: readonly string[]; readonly jumlahPerwakilan: number };

/**
 * Every field that points at a person, and how to re-point its value. After a fusion by NIK every role,
 * check-in, enrollment and invitation must point at the surviving person; the field keeps its clock (re-pointing is
 * not a new change), so laptops that fuse the same pair at different times still end with identical records.
 */
const anggotaRefs: { readonly [T in SyncedTable]?: Readonly<Record<string, (value: unknown, resolve: ResolveAnggota) => unknown>> } = {
  peran: { anggotaId: (v, r) => r(v as string) },
  kepesertaan: { anggotaId: (v, r) => r(v as string) },
  kehadiran: { anggotaId: (v, r) => r(v as string) },
  kegiatan: {
    undangan: (v, r) =>
      (v as readonly Undangan[]).map((u) => {
        const perwakilan = [...new Set(u.perwakilan.map(r))];
        return perwakilan.length === u.perwakilan.length && perwakilan.every((p, i) => p === u.perwakilan[i]) ? u : { ...u, perwakilan };
      }),
  },
};

/** The tables whose records point at people. */
export const tablesPointingAtAnggota = Object.keys(anggotaRefs) as SyncedTable[];

/** A record (and its conflicting versions) with every person reference resolved; the same object when none moved. */
export function repointRecord<R extends Record<string, unknown>>(
  table: SyncedTable,
  record: R,
  others: Readonly<Record<string, readonly FieldVersion[]>> | undefined,
  resolve: ResolveAnggota,
): { record: R; others: Readonly<Record<string, readonly FieldVersion[]>> | undefined; moved: boolean } {
  const refs = anggotaRefs[table];
  if (!refs) return { record, others, moved: false };
  let next = record;
  let nextOthers = others;
  let moved = false;
  for (const [field, map] of Object.entries(refs)) {
    const value = map(record[field], resolve);
    if (JSON.stringify(value) !== JSON.stringify(record[field])) {
      next = { ...next, [field]: value };
      moved = true;
    }
    const versions = others?.[field];
    if (versions) {
      const mapped = versions.map((v) => ({ ...v, value: map(v.value, resolve) }));
      if (JSON.stringify(mapped) !== JSON.stringify(versions)) {
        nextOthers = { ...nextOthers, [field]: mapped };
        moved = true;
      }
    }
  }
  return { record: next, others: nextOthers, moved };
}

/** Follows alias chains (a → b → c) to the final survivor; a cycle (only in a crafted file) stops at the smallest id. */
export function aliasResolver(aliases: ReadonlyMap<string, string>): ResolveAnggota {
  return (id) => {
    let current = id;
    const seen = new Set<string>();
    while (aliases.has(current) && !seen.has(current)) {
      seen.add(current);
      current = aliases.get(current)!;
    }
    return seen.has(current) ? [...seen].sort()[0]! : current;
  };
}
