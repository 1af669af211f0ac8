import type { KeyboardEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { formatJam } from '../../../shared/format/format-date';
import { useZonaWaktu } from '../../app/use-zona-waktu';
import { NikMasked } from '../anggota/nik-masked';
import type { PesertaKegiatan } from '../../db/kehadiran-repository';
import type { HasilTampil } from './use-check-in';

/**
 * The one search box (a combobox: arrows pick, Enter checks in) and its results as the officer types, each with
 * its cooperative, role, phone, whether they were invited and whether they already came. The invited rows come
 * first, from memory; the rest of the answer, and "nobody" or "more match", only with the full search.
 */
export function CheckInSearch({
  inputRef,
  query,
  results,
  active,
  onChange,
  onKeyDown,
  onCheckIn,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  query: string;
  results: HasilTampil | null;
  active: number;
  onChange: (query: string) => void;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  onCheckIn: (p: PesertaKegiatan) => Promise<void>;
}) {
  const { t } = useTranslation();
  const zona = useZonaWaktu();
  return (
    <div className="check-in-search">
      <label htmlFor="check-in-cari" className="check-in-label">
        {t('checkIn.searchLabel')}
      </label>
      <input
        ref={inputRef}
        id="check-in-cari"
        className="check-in-input"
        type="search"
        role="combobox"
        aria-expanded={Boolean(results && results.rows.length > 0)}
        aria-controls="check-in-hasil-cari"
        aria-activedescendant={results && results.rows[active] ? `check-in-opsi-${results.rows[active].anggota.id}` : undefined}
        aria-describedby="check-in-keys"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id="check-in-keys" className="field-hint">
        {t('checkIn.keys')}
      </p>
      <ul id="check-in-hasil-cari" role="listbox" aria-label={t('checkIn.resultsLabel')} className="check-in-results">
        {results?.rows.map((p, i) => (
          <li
            key={p.anggota.id}
            id={`check-in-opsi-${p.anggota.id}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => void onCheckIn(p)}
          >
            <strong>{p.anggota.nama}</strong> <NikMasked nik={p.anggota.nik} />
            <span className="check-in-result-detail">
              {[p.koperasi?.nama, p.jabatan || (p.peran ? t(`peran.options.peran.${p.peran}`) : ''), p.anggota.telepon].filter(Boolean).join(' · ')}
            </span>
            {p.diundang && <span className="badge">{t('checkIn.diundang')}</span>}
            {p.kehadiran && (
              <span className="badge badge-sudah-hadir">{t('checkIn.sudahHadirPukul', { jam: formatJam(p.kehadiran.waktu, zona.timeZone) })}</span>
            )}
          </li>
        ))}
      </ul>
      {results && results.lengkap && results.query === query && results.rows.length === 0 && <p className="muted">{t('checkIn.noMatches')}</p>}
      {results?.more && <p className="muted">{t('checkIn.more')}</p>}
    </div>
  );
}
