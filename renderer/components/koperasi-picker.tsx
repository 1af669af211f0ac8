import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/app-context';
import type { KoperasiRecord } from '../db/synced-records';

const SHOWN = 8;

/**
 * Picks one cooperative by typing part of its name (or its numbers): an ARIA combobox whose list comes from the
 * registry's own search, usable with the keyboard alone (arrows, Enter, Escape). A district has about 2,000
 * cooperatives, too many for a select.
 */
export function KoperasiPicker(props: {
  id?: string;
  value: string;
  onChange: (id: string, koperasi: KoperasiRecord | undefined) => void;
  describedBy?: string | undefined;
  invalid?: boolean;
  placeholder?: string;
}) {
  const { t } = useTranslation();
  const { koperasi } = useApp();
  const fallbackId = useId();
  const inputId = props.id ?? fallbackId;
  const listId = `${inputId}-list`;
  const chosen = useLiveQuery(async () => (props.value ? ((await koperasi.get(props.value)) ?? null) : null), [koperasi, props.value]);
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = text ?? '';
  const matches = useLiveQuery(async () => (open && query.trim() ? await koperasi.search({ query, limit: SHOWN }) : []), [koperasi, query, open]) ?? [];

  const pick = (k: KoperasiRecord) => {
    props.onChange(k.id, k);
    setText(null);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, matches.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter' && open && matches[active]) {
      e.preventDefault();
      pick(matches[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
      setText(null);
    }
  };

  return (
    <div className="combobox">
      <input
        id={inputId}
        type="text"
        role="combobox"
        aria-expanded={open && matches.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? `${listId}-${active}` : undefined}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid}
        autoComplete="off"
        spellCheck={false}
        placeholder={props.placeholder ?? t('peran.koperasiChoose')}
        value={text ?? chosen?.nama ?? ''}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
          if (props.value) props.onChange('', undefined);
        }}
        onKeyDown={onKeyDown}
        // Closes at once: an option is picked on mousedown with the default prevented, so clicking one never blurs
        // the input. A delayed close would race the next focus and shut a list the user just reopened by typing.
        onBlur={() => setOpen(false)}
      />
      {open && matches.length > 0 && (
        <ul id={listId} role="listbox" className="combobox-list">
          {matches.map((k, i) => (
            <li
              key={k.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(k);
              }}
            >
              {k.nama}
              {k.kecamatanNama && <small className="muted"> · {k.kecamatanNama}</small>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
