import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useDeferredValue, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatAngka, formatTanggal } from '../../../shared/format/format-date';
import { useApp } from '../../app/app-context';
import { Page } from '../../components/page';
import type { AnggotaRecord } from '../../db/synced-records';
import { SEARCH_LIMIT } from '../../db/anggota-repository';
import { NikMasked } from './nik-masked';
import { useAnggotaRevision, useAnggotaSearch } from './use-anggota';
import { useKeysetRows } from './use-keyset-rows';

const ROW_HEIGHT = 52;

/**
 * Everyone the office has recorded. With no search the whole district scrolls alphabetically, each page read as
 * the end comes near (the count comes from a kept counter, not a walk of the table); a search (name prefix, NIK or phone) reads at most 50 matches and asks for more letters beyond that,
 * because an officer searching wants one person, not a thousand. NIKs are masked here; the person's page has it.
 */
export function AnggotaListPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const deferred = useDeferredValue(query);
  const searching = deferred.trim() !== '';

  return (
    <Page
      title={t('anggota.listTitle')}
      actions={
        <>
          <Link className="button" to="/anggota/duplikat">
            {t('duplikat.judul')}
          </Link>
          <Link className="button" to="/impor-excel?jenis=orang">
            {t('imporExcel.buka')}
          </Link>
          <Link className="button button-primary" to="/anggota/baru">
            {t('anggota.add')}
          </Link>
        </>
      }
    >
      <div className="toolbar" role="search">
        <div className="field field-grow">
          <label htmlFor="anggota-search">{t('anggota.searchLabel')}</label>
          <input
            id="anggota-search"
            type="search"
            value={query}
            placeholder={t('anggota.searchPlaceholder')}
            onChange={(e) => setParams(e.target.value ? { q: e.target.value } : {}, { replace: true })}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      </div>
      {searching ? <SearchResults query={deferred} locale={i18n.language} /> : <WholeList locale={i18n.language} />}
    </Page>
  );
}

function SearchResults({ query, locale }: { query: string; locale: string }) {
  const { t } = useTranslation();
  const result = useAnggotaSearch(query, SEARCH_LIMIT);
  if (!result) return <p className="list-summary">{t('common.loading')}</p>;
  const count = result.rows.length;
  return (
    <>
      <div className="list-summary">
        <p aria-live="polite">
          {result.more
            ? t('anggota.searchMore', { formatted: formatAngka(SEARCH_LIMIT, locale) })
            : t('anggota.searchCount', { count, formatted: formatAngka(count, locale) })}
        </p>
      </div>
      {count === 0 ? <p className="empty">{t('anggota.noResults')}</p> : <AnggotaTable count={count} rowAt={(i) => result.rows[i]} />}
    </>
  );
}

function WholeList({ locale }: { locale: string }) {
  const { t } = useTranslation();
  const { anggota } = useApp();
  const revision = useAnggotaRevision();
  const total = revision === undefined ? undefined : Number(revision.split(':')[0]);
  const fetchAfter = useCallback((after: AnggotaRecord | null, limit: number) => anggota.listAfter(after, limit), [anggota]);
  const { rows, done, reached } = useKeysetRows(revision, fetchAfter);
  if (total === undefined) return <p className="list-summary">{t('common.loading')}</p>;
  return (
    <>
      <div className="list-summary">
        <p aria-live="polite">{t('anggota.resultCount', { count: total, formatted: formatAngka(total, locale) })}</p>
      </div>
      {total === 0 ? (
        <p className="empty">{t('anggota.empty')}</p>
      ) : (
        <AnggotaTable count={done ? rows.length : rows.length + 1} rowAt={(i) => rows[i]} reached={reached} />
      )}
    </>
  );
}

function AnggotaTable({ count, rowAt, reached }: { count: number; rowAt: (i: number) => AnggotaRecord | undefined; reached?: (lastVisible: number) => void }) {
  const { t, i18n } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtual.getVirtualItems();
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => reached?.(last), [reached, last]);
  return (
    <div className="table table-anggota" role="table" aria-label={t('anggota.listTitle')} aria-rowcount={count + 1}>
      <div className="table-row table-head" role="row" aria-rowindex={1}>
        <span role="columnheader">{t('anggota.columns.nama')}</span>
        <span role="columnheader">{t('anggota.columns.nik')}</span>
        <span role="columnheader">{t('anggota.columns.jenisKelamin')}</span>
        <span role="columnheader">{t('anggota.columns.tanggalLahir')}</span>
        <span role="columnheader">{t('anggota.columns.wilayah')}</span>
        <span role="columnheader">{t('anggota.columns.telepon')}</span>
      </div>
      <div className="table-body" ref={scroller} role="rowgroup">
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const a = rowAt(item.index);
            const style = { position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` } as const;
            if (!a)
              return (
                <div key={`loading-${item.index}`} className="table-row row-loading" role="row" aria-rowindex={item.index + 2} style={style}>
                  <span role="cell" className="muted">
                    {t('anggota.loadingRow')}
                  </span>
                </div>
              );
            return (
              <div key={a.id} className="table-row" role="row" aria-rowindex={item.index + 2} style={style}>
                <span role="cell" className="cell-main">
                  <Link to={`/anggota/${a.id}`}>{a.nama}</Link>
                  {a.pekerjaan && <small className="muted">{a.pekerjaan}</small>}
                </span>
                <span role="cell">
                  <NikMasked nik={a.nik} />
                </span>
                <span role="cell">{a.jenisKelamin || t('common.notSet')}</span>
                <span role="cell">{a.tanggalLahir ? formatTanggal(a.tanggalLahir, i18n.language) : t('common.notSet')}</span>
                <span role="cell">{[a.kelurahanNama, a.kecamatanNama].filter(Boolean).join(', ') || t('common.notSet')}</span>
                <span role="cell">{a.telepon || t('common.notSet')}</span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
