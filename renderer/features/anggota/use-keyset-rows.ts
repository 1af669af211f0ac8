import { useCallback, useEffect, useRef, useState } from 'react';

interface Loaded<T> {
  readonly revision: string | undefined;
  readonly rows: readonly T[];
  readonly done: boolean;
}

/**
 * A long sorted list read a page at a time as the officer scrolls, each page continuing from the last row shown
 * (keyset paging): at 250,000 people a full read would take seconds and hundreds of megabytes, and an offset
 * would walk every row before it. When `revision` changes (any write to the table) the rows already shown are
 * read again from the top in one go, and the old rows stay on screen until they arrive.
 */
export function useKeysetRows<T>(revision: string | undefined, fetchAfter: (after: T | null, limit: number) => Promise<T[]>, pageSize = 100) {
  const [state, setState] = useState<Loaded<T>>({ revision: undefined, rows: [], done: false });
  const loading = useRef<string | null>(null);

  const load = useCallback(
    (from: Loaded<T>, fresh: boolean) => {
      if (revision === undefined) return;
      const key = `${revision}:${fresh ? 0 : from.rows.length}`;
      if (loading.current === key) return;
      loading.current = key;
      const limit = fresh ? Math.max(pageSize, from.rows.length) : pageSize;
      fetchAfter(fresh ? null : (from.rows.at(-1) ?? null), limit).then(
        (rows) => {
          loading.current = null;
          setState((prev) => {
            if (fresh) return { revision, rows, done: rows.length < limit };
            if (prev.revision !== revision || prev.rows.length !== from.rows.length) return prev;
            return { revision, rows: [...prev.rows, ...rows], done: rows.length < limit };
          });
        },
        () => {
          loading.current = null;
        },
      );
    },
    [fetchAfter, pageSize, revision],
  );

  useEffect(() => {
    if (revision !== undefined && state.revision !== revision) load(state, true);
  }, [load, revision, state]);
  const current = state.revision === revision;

  /** Called with the last row index on screen: reads the next page when the end of what is loaded comes near. */
  const reached = useCallback(
    (lastVisible: number) => {
      if (current && !state.done && lastVisible >= state.rows.length - pageSize / 2) load(state, false);
    },
    [current, load, pageSize, state],
  );
  return { rows: state.rows, done: state.done, reached };
}
