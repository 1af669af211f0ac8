import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabItem<K extends string> {
  readonly key: K;
  readonly label: ReactNode;
}

/**
 * A WAI-ARIA tab list with one panel: the chosen tab is a prop (pages keep it in the URL, so Back and a shared link
 * return to the same tab). Arrow keys, Home and End move between tabs and choose them at once; only the chosen tab
 * is in the Tab order, so Tab goes from the tab list straight into the panel. Only the chosen panel is rendered,
 * so a tab that reads thousands of records costs nothing until it is opened.
 */
export function Tabs<K extends string>(props: {
  label: string;
  tabs: readonly TabItem<K>[];
  selected: K;
  onSelect: (key: K) => void;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  const buttons = useRef(new Map<K, HTMLButtonElement>());
  const tabId = (key: K) => `${id}-tab-${key}`;
  const panelId = `${id}-panel`;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = props.tabs.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (target === null) return;
    event.preventDefault();
    const key = props.tabs[target]!.key;
    props.onSelect(key);
    buttons.current.get(key)?.focus();
  };

  return (
    <div className={props.className}>
      <div className="tabs" role="tablist" aria-label={props.label}>
        {props.tabs.map((tab, index) => {
          const selected = tab.key === props.selected;
          return (
            <button
              key={tab.key}
              ref={(el) => {
                if (el) buttons.current.set(tab.key, el);
                else buttons.current.delete(tab.key);
              }}
              type="button"
              role="tab"
              id={tabId(tab.key)}
              className="tab"
              aria-selected={selected}
              aria-controls={panelId}
              tabIndex={selected ? 0 : -1}
              onClick={() => props.onSelect(tab.key)}
              onKeyDown={(e) => onKeyDown(e, index)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      <div className="tab-panel" role="tabpanel" id={panelId} aria-labelledby={tabId(props.selected)} tabIndex={0}>
        {props.children}
      </div>
    </div>
  );
}
