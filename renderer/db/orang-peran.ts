import { anggotaSortKey } from '../../shared/anggota/anggota-search';
import type { KopLindungDb } from './database';
import type { AnggotaRecord } from './synced-records';

/** What a cooperative's roster needs of a role's person without reading it: [sort name, sex]. */
export type OrangPeran = readonly [string, string];

/**
 * The person's sort name and sex, kept on each of their roles (`orangRoster`), so a cooperative's roster is sorted
 * and counted by sex from its roles alone and only the people on screen are read (a large cooperative has over a
 * thousand). None when the person is deleted or not on this laptop (yet): the roster leaves such a role out, as
 * it always did. Not indexed, never journalled or exported.
 *
 * Like `antrianKecamatan` it comes from another record: every path that stores a role looks its person up
 * (`isiOrangPeran`), and every path that renames a person, changes their sex, deletes, restores or erases them, or
 * brings them for the first time, refiles their roles (`segarkanOrangPeran`), in the same transaction.
 */
export function orangPeranOf(a: Pick<AnggotaRecord, 'deleted' | 'namaSort' | 'jenisKelamin'> | undefined): OrangPeran | undefined {
  return a && a.deleted === 0 ? [a.namaSort ?? '', a.jenisKelamin ?? ''] : undefined;
}

/**
 * The same from a person's fields, without their other derived fields (table-definitions.ts gives a live person
 * the sort name `anggotaSortKey(nama) || '-'`): the merge's and the bench's cheap path.
 */
export function orangPeranDariIsian(a: { readonly deleted?: 0 | 1; readonly nama: string; readonly jenisKelamin?: string }): OrangPeran | undefined {
  return a.deleted === 1 ? undefined : [anggotaSortKey(a.nama) || '-', a.jenisKelamin ?? ''];
}

/** Whether a person's change moves what their roles carry. */
export function orangPeranBerubah(before: Parameters<typeof orangPeranOf>[0], after: Parameters<typeof orangPeranOf>[0]): boolean {
  const [x, y] = [orangPeranOf(before), orangPeranOf(after)];
  return x?.[0] !== y?.[0] || x?.[1] !== y?.[1];
}

/**
 * Sets `orangRoster` on roles about to be stored (inside a transaction that includes `anggota`): people in `known`
 * (what the caller just stored of them, in the same transaction) are not read.
 */
export async function isiOrangPeran(
  db: KopLindungDb,
  roles: readonly Record<string, unknown>[],
  known: ReadonlyMap<string, OrangPeran | undefined> = new Map(),
): Promise<void> {
  if (roles.length === 0) return;
  const ids = [...new Set(roles.map((r) => r.anggotaId as string))].filter((id) => !known.has(id));
  const people = ids.length > 0 ? await db.anggota.bulkGet(ids) : [];
  const read = new Map(ids.map((id, i) => [id, orangPeranOf(people[i])]));
  for (const r of roles) {
    const id = r.anggotaId as string;
    r.orangRoster = known.has(id) ? known.get(id) : read.get(id);
  }
}

/** Refiles the stored roles of people whose name, sex or life changed (inside a transaction that includes `peran`). */
export async function segarkanOrangPeran(db: KopLindungDb, people: readonly { readonly id: string; readonly orang: OrangPeran | undefined }[]): Promise<void> {
  if (people.length === 0) return;
  const of = new Map(people.map((p) => [p.id, p.orang]));
  await db.peran
    .where('anggotaId')
    .anyOf([...of.keys()])
    .modify((p) => {
      (p as { orangRoster?: OrangPeran }).orangRoster = of.get(p.anggotaId);
    });
}
