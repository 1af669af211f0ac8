import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';

export interface Column<T> {
  readonly key: string;
  readonly header: ReactNode;
  readonly cell: (row: T) => ReactNode;
  /** A CSS grid track, e.g. 'minmax(0, 2fr)'. */
  readonly width: string;
  readonly className?: string;
}

/**
 * A table whose rows are rendered only while on screen, so a cooperative with thousands of members scrolls as
 * smoothly as one with three. Rows have a fixed height; a short list takes only the room it needs, a long one
 * scrolls inside `maxRows` rows (or fills the window, as the registry does).
 */
export function VirtualTable<T>(props: {
  label: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  rowHeight?: number;
  maxRows?: number | 'fill';
  /** The rows rendered now (the window and its overscan), first and last index: to read only what they show. */
  onRangeChange?: (first: number, last: number) => void;
}) {
  const rowHeight = props.rowHeight ?? 48;
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: props.rows.length, getScrollElement: () => scroller.current, estimateSize: () => rowHeight, overscan: 10 });
  const grid = { gridTemplateColumns: props.columns.map((c) => c.width).join(' ') };
  const items = virtual.getVirtualItems();
  const [first, last] = [items[0]?.index ?? 0, items.at(-1)?.index ?? -1];
  const { onRangeChange } = props;
  useEffect(() => onRangeChange?.(first, last), [onRangeChange, first, last]);
  const maxRows = props.maxRows ?? 8;
  const fill = maxRows === 'fill';
  const bodyHeight = maxRows === 'fill' ? undefined : Math.min(props.rows.length, maxRows) * rowHeight;
  return (
    <div className="table" role="table" aria-label={props.label} aria-rowcount={props.rows.length + 1}>
      <div className="table-row table-head" role="row" aria-rowindex={1} style={grid}>
        {props.columns.map((c) => (
          <span key={c.key} role="columnheader" className={c.className}>
            {c.header}
          </span>
        ))}
      </div>
      <div className={fill ? 'table-body' : 'table-body table-body-fixed'} ref={scroller} role="rowgroup" style={fill ? undefined : { height: bodyHeight }}>
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = props.rows[item.index]!;
            return (
              <div
                key={props.rowKey(row)}
                className="table-row"
                role="row"
                aria-rowindex={item.index + 2}
                style={{ ...grid, position: 'absolute', top: 0, left: 0, right: 0, height: rowHeight, transform: `translateY(${item.start}px)` }}
              >
                {props.columns.map((c) => (
                  <span key={c.key} role="cell" className={c.className}>
                    {c.cell(row)}
                  </span>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
