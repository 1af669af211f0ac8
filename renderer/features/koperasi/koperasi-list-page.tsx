import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { jenisKoperasi, statusKoperasi, type JenisKoperasi, type StatusKoperasi } from '../../../shared/koperasi/koperasi-options';
import { formatAngka } from '../../../shared/format/format-date';
import { useApp } from '../../app/app-context';
import { Page } from '../../components/page';
import { useSetSearchParam } from '../../components/use-search-param';
import type { KoperasiRecord } from '../../db/synced-records';
import { useKabupatenRegions } from '../../regions/use-regions';
import { ExportKoperasiButton } from './export-koperasi-button';
import { useKelompokOptions, useKoperasiSearch } from './use-koperasi';

const ROW_HEIGHT = 52;

/**
 * The registry: one search box over name, Nomor Induk Koperasi and nomor badan hukum, four filters, and a
 * virtualised list that stays smooth at any district's size. Search and filters live in the URL, so coming back
 * from a cooperative's page returns to the same list.
 */
export function KoperasiListPage() {
  const { t, i18n } = useTranslation();
  const { settings } = useApp();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const filters = {
    jenis: (params.get('jenis') ?? '') as JenisKoperasi | '',
    kelompok: params.get('kelompok') ?? '',
    kecamatanKode: params.get('kecamatan') ?? '',
    status: (params.get('status') ?? '') as StatusKoperasi | '',
  };
  const deferredQuery = useDeferredValue(query);
  const rows = useKoperasiSearch({ query: deferredQuery, ...filters });
  const kelompok = useKelompokOptions();
  const regions = useKabupatenRegions(settings.officeProfile?.kabupatenKode);
  const kecamatan = regions.status === 'ready' ? regions.value.kecamatan : [];
  const anyFilter = Object.values(filters).some(Boolean) || query !== '';

  const setParam = useSetSearchParam();

  return (
    <Page
      title={t('koperasi.listTitle')}
      actions={
        <>
          {rows && <ExportKoperasiButton rows={rows} />}
          <Link className="button" to="/impor-excel?jenis=koperasi">
            {t('imporExcel.buka')}
          </Link>
          <Link className="button button-primary" to="/koperasi/baru">
            {t('koperasi.add')}
          </Link>
        </>
      }
    >
      <div className="toolbar" role="search">
        <div className="field field-grow">
          <label htmlFor="koperasi-search">{t('koperasi.searchLabel')}</label>
          <input
            id="koperasi-search"
            type="search"
            value={query}
            placeholder={t('koperasi.searchPlaceholder')}
            onChange={(e) => setParam('q', e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <FilterSelect
          id="filter-jenis"
          label={t('koperasi.fields.jenis')}
          value={filters.jenis}
          onChange={(v) => setParam('jenis', v)}
          options={jenisKoperasi.map((j) => [j, t(`koperasi.options.jenis.${j}`)])}
        />
        <FilterSelect
          id="filter-kelompok"
          label={t('koperasi.fields.kelompok')}
          value={filters.kelompok}
          onChange={(v) => setParam('kelompok', v)}
          options={kelompok.map((k) => [k, k])}
        />
        <FilterSelect
          id="filter-kecamatan"
          label={t('koperasi.fields.kecamatan')}
          value={filters.kecamatanKode}
          onChange={(v) => setParam('kecamatan', v)}
          options={kecamatan.map((k) => [k.kode, k.nama])}
        />
        <FilterSelect
          id="filter-status"
          label={t('koperasi.fields.status')}
          value={filters.status}
          onChange={(v) => setParam('status', v)}
          options={statusKoperasi.map((s) => [s, t(`koperasi.options.status.${s}`)])}
        />
      </div>

      <div className="list-summary">
        <p aria-live="polite">
          {rows ? t('koperasi.resultCount', { count: rows.length, formatted: formatAngka(rows.length, i18n.language) }) : t('common.loading')}
        </p>
        {anyFilter && (
          <button type="button" className="button button-quiet" onClick={() => setParams({}, { replace: true })}>
            {t('koperasi.clearFilters')}
          </button>
        )}
      </div>

      {rows && rows.length === 0 ? <p className="empty">{anyFilter ? t('koperasi.noResults') : t('koperasi.empty')}</p> : rows && <KoperasiTable rows={rows} />}
    </Page>
  );
}

function FilterSelect(props: { id: string; label: string; value: string; onChange: (v: string) => void; options: readonly (readonly [string, string])[] }) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{t('common.all')}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

function KoperasiTable({ rows }: { rows: readonly KoperasiRecord[] }) {
  const { t, i18n } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  return (
    <div className="table" role="table" aria-label={t('koperasi.listTitle')} aria-rowcount={rows.length + 1}>
      <div className="table-row table-head" role="row" aria-rowindex={1}>
        <span role="columnheader">{t('koperasi.columns.nama')}</span>
        <span role="columnheader">{t('koperasi.columns.jenis')}</span>
        <span role="columnheader">{t('koperasi.columns.kelompok')}</span>
        <span role="columnheader">{t('koperasi.columns.kecamatan')}</span>
        <span role="columnheader" className="numeric">
          {t('koperasi.columns.anggota')}
        </span>
        <span role="columnheader">{t('koperasi.columns.status')}</span>
      </div>
      <div className="table-body" ref={scroller} role="rowgroup">
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((item) => {
            const k = rows[item.index]!;
            return (
              <div
                key={k.id}
                className="table-row"
                role="row"
                aria-rowindex={item.index + 2}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                <span role="cell" className="cell-main">
                  <Link to={`/koperasi/${k.id}`}>{k.nama}</Link>
                  {k.nomorIndukKoperasi && <small className="muted">{k.nomorIndukKoperasi}</small>}
                </span>
                <span role="cell">{t(`koperasi.options.jenis.${k.jenis}`)}</span>
                <span role="cell">{k.kelompok || t('common.notSet')}</span>
                <span role="cell">{k.kecamatanNama || t('common.notSet')}</span>
                <span role="cell" className="numeric">
                  {formatAngka(k.anggotaLaki + k.anggotaPerempuan, i18n.language)}
                </span>
                <span role="cell">
                  <span className={`badge badge-${k.status}`}>{t(`koperasi.options.status.${k.status}`)}</span>
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
