import { useCallback, useRef, useState } from 'react';

/**
 * Rows of a long list fetched a page at a time as they scroll into view. The list never holds more than the pages
 * seen since the data last changed: at 250,000 people a full read would take seconds and hundreds of megabytes.
 * `revision` changes whenever the underlying table does; cached pages are then re-read, and until they arrive the
 * stale rows stay on screen rather than flashing "loading".
 */
export function usePagedRows<T>(revision: string | undefined, fetchPage: (offset: number, limit: number) => Promise<T[]>, pageSize = 100) {
  const [pages, setPages] = useState<{ revision: string | undefined; rows: Map<number, T[]>; stale: Map<number, T[]> }>({ revision, rows: new Map(), stale: new Map() });
  const pending = useRef(new Set<string>());
  const current = pages.revision === revision ? pages.rows : null;

  // A new revision starts an empty cache during render (React's "adjust state on prop change"), keeping the old
  // rows as stale stand-ins until their pages are re-read.
  if (pages.revision !== revision) setPages((prev) => ({ revision, rows: new Map(), stale: prev.rows.size > 0 ? prev.rows : prev.stale }));

  const ensure = useCallback(
    (first: number, last: number) => {
      if (revision === undefined) return;
      for (let page = Math.floor(first / pageSize); page <= Math.floor(last / pageSize); page++) {
        const key = `${revision}:${page}`;
        if (current?.has(page) || pending.current.has(key)) continue;
        pending.current.add(key);
        void fetchPage(page * pageSize, pageSize).then((rows) => {
          pending.current.delete(key);
          setPages((prev) => (prev.revision === revision ? { ...prev, rows: new Map(prev.rows).set(page, rows) } : prev));
        }, () => pending.current.delete(key));
      }
    },
    [current, fetchPage, pageSize, revision],
  );

  const stale = pages.stale;
  const rowAt = useCallback(
    (index: number): T | undefined => {
      const page = Math.floor(index / pageSize);
      return (current?.get(page) ?? stale.get(page))?.[index % pageSize];
    },
    [current, stale, pageSize],
  );
  return { rowAt, ensure };
}
