/**
 * What a Dexie schema string means in plain IndexedDB terms, so the raw baseline creates exactly the stores the
 * app has, read from the app's own schema module rather than copied by hand: 'id, namaSort, *searchTokens' is
 * keyPath `id` with indexes `namaSort` and `searchTokens` (multiEntry); '++seq' an autoIncrement key `seq`;
 * '[a+b]' a compound index with keyPath ['a', 'b']; '&x' a unique index.
 */
export interface IndexShape {
  readonly name: string;
  readonly keyPath: string | string[];
  readonly unique: boolean;
  readonly multiEntry: boolean;
}

export interface StoreShape {
  readonly name: string;
  /** null for an outbound key (Dexie's '' or '++' primary key). */
  readonly keyPath: string | string[] | null;
  readonly autoIncrement: boolean;
  readonly indexes: readonly IndexShape[];
}

function keyPathOf(spec: string): string | string[] {
  return spec.startsWith('[')
    ? spec
        .slice(1, -1)
        .split('+')
        .map((p) => p.trim())
    : spec;
}

export function parseDexieStore(name: string, schema: string): StoreShape {
  const [primary = '', ...rest] = schema.split(',').map((s) => s.trim());
  const autoIncrement = primary.startsWith('++');
  const primarySpec = primary.replace(/^(\+\+|&)/, '');
  const indexes = rest
    .filter((s) => s.length > 0)
    .map((spec): IndexShape => {
      const unique = spec.startsWith('&');
      const multiEntry = spec.startsWith('*');
      const bare = spec.replace(/^[&*]+/, '');
      return { name: bare, keyPath: keyPathOf(bare), unique, multiEntry };
    });
  return { name, keyPath: primarySpec === '' ? null : keyPathOf(primarySpec), autoIncrement, indexes };
}

/** The stores of the latest version, the way Dexie folds versions: a later version's string replaces the earlier. */
export function latestStoreShapes(versions: readonly { readonly stores: Readonly<Record<string, string | null>> }[]): StoreShape[] {
  const merged = new Map<string, string | null>();
  for (const v of versions) for (const [table, schema] of Object.entries(v.stores)) merged.set(table, schema);
  return [...merged].filter((e): e is [string, string] => e[1] !== null).map(([table, schema]) => parseDexieStore(table, schema));
}

/** The shape of a store as IndexedDB itself reports it, to check the baseline against the app's real database. */
export function describeStore(store: IDBObjectStore): StoreShape {
  const indexes = [...store.indexNames].sort().map((n) => {
    const index = store.index(n);
    return { name: index.name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
  });
  return { name: store.name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
}
