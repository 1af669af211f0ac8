import type { Table } from 'dexie';
import { AWALAN_HASH, hashNik, nikHashSemua } from '../../../shared/anggota/hash-nik';
import { nikSemua } from '../../../shared/exchange/nik-dikenal';

type Stored = Record<string, unknown>;

/**
 * What "one person per NIK" compares in one import: the keys a person is known by, and the `nikSemua` index values
 * that find the people stored here under them.
 */
export interface KunciNik {
  /** The keys a person is known by; two people sharing one are the same person. */
  of(record: Stored): string[];
  /** The `nikSemua` index values under which the holders of these keys are stored. */
  indexValues(keys: Iterable<string>): Promise<string[]>;
  /** The key a `nikSemua` index value stands for (the merge's plan of slices reads the whole index once). */
  ofIndexValue(value: string): string;
}

/**
 * The keys for one import, given the people it merges (`merged`: each incoming person merged with their copy here).
 * Without an erased person among them or stored here with a hash, a person's keys are the NIKs they are known by,
 * read straight from the index. Once an erasure is in play, an erased person is known only by the hashes of their
 * NIKs (hash-nik.ts: a copy erased where the NIK was not yet known gets its hash when merged with a copy that has
 * it), so every key becomes `h:` + the hash of the NIK: a person registered elsewhere under a NIK an erased person
 * had, or an old copy of the erased person, then meets the erased record and is fused into it (and so erased), in
 * whatever order the files arrive. The two modes group alike when no erasure is involved, so an office that changes
 * mode between two imports reaches the same result as one that never did.
 */
export async function kunciNik(store: Table<Stored, string>, merged: Iterable<Stored>): Promise<KunciNik> {
  const erasedAmongThem = [...merged].some((r) => nikHashSemua(r).length > 0);
  const erasedHere = !erasedAmongThem && (await store.where('nikSemua').startsWith(AWALAN_HASH).limit(1).primaryKeys()).length > 0;
  if (!erasedAmongThem && !erasedHere) {
    return { of: (record) => nikSemua(record), indexValues: async (keys) => [...keys], ofIndexValue: (value) => value };
  }
  /** Hash key → the plain NIK, for every NIK hashed so far (and, once needed, every NIK stored here). */
  const plainOf = new Map<string, string>();
  const keyOf = (nik: string) => {
    const key = AWALAN_HASH + hashNik(nik)!;
    plainOf.set(key, nik);
    return key;
  };
  let allStoredHashed = false;
  return {
    of: (record) => [...new Set([...nikSemua(record).map(keyOf), ...nikHashSemua(record).map((h) => AWALAN_HASH + h)])].sort(),
    ofIndexValue: (value) => (value.startsWith(AWALAN_HASH) ? value : keyOf(value)),
    async indexValues(keys) {
      const values: string[] = [];
      for (const key of keys) {
        // A hash from an erased copy whose NIK this import has not met: a live person stored here may hold it, and
        // only hashing the stored NIKs tells (once per import, keys only).
        if (!plainOf.has(key) && !allStoredHashed) {
          allStoredHashed = true;
          for (const stored of (await store.orderBy('nikSemua').uniqueKeys()) as string[]) if (!stored.startsWith(AWALAN_HASH)) keyOf(stored);
        }
        values.push(key);
        const plain = plainOf.get(key);
        if (plain !== undefined) values.push(plain);
      }
      return values;
    },
  };
}
