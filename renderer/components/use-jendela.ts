import { useCallback, useState } from 'react';

/** Rows read beyond a table's window on each side, so a short scroll shows its rows at once. */
export const SEKITAR_JENDELA = 20;

/**
 * The part of a long list a VirtualTable renders now, widened by SEKITAR_JENDELA on each side: what to read for
 * it. Pass `onRangeChange` to the table; read `dalamJendela` (starts with the first rows, before the table reports).
 */
export function useJendela<T>(items: readonly T[]) {
  const [range, setRange] = useState<readonly [number, number]>([0, SEKITAR_JENDELA]);
  const onRangeChange = useCallback((first: number, last: number) => setRange([first, last]), []);
  const dalamJendela = items.slice(Math.max(0, range[0] - SEKITAR_JENDELA), range[1] + SEKITAR_JENDELA + 1);
  return { dalamJendela, onRangeChange };
}
