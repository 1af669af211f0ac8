import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Sets one URL search parameter (an empty value removes it), replacing the history entry: lists keep their search,
 * filters and tabs in the URL so coming back to them restores the view, without every keystroke becoming a page
 * for the Back button.
 */
export function useSetSearchParam() {
  const [, setParams] = useSearchParams();
  return useCallback(
    (key: string, value: string) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
}
