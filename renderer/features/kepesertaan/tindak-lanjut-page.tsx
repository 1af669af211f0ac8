import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatAngka, formatTanggal, tanggalDari } from '../../../shared/format/format-date';
import type { StatusKepesertaan } from '../../../shared/kepesertaan/kepesertaan-options';
import { lamaMenunggu } from '../../../shared/kepesertaan/lama-menunggu';
import { statusMenunggu } from '../../../shared/kepesertaan/status-kepesertaan';
import { useApp } from '../../app/app-context';
import { KoperasiPicker } from '../../components/koperasi-picker';
import { Page } from '../../components/page';
import { useSetSearchParam } from '../../components/use-search-param';
import { Tabs } from '../../components/tabs';
import { VirtualTable, type Column } from '../../components/virtual-table';
import type { KepesertaanLengkap } from '../../db/kepesertaan-repository';
import { useKabupatenRegions } from '../../regions/use-regions';
import { NikMasked } from '../anggota/nik-masked';
import { useAntrian, useBarisTerlihat, useJumlahMenunggu, type TindakLanjutFilter } from './use-tindak-lanjut';

/**
 * The office's follow-up list: enrollments waiting for someone to act (print the form, submit it to the branch,
 * record the answer, revise a rejection), longest-waiting first. Status and filters live in the URL, so the list
 * comes back as it was after opening a person.
 */
export function TindakLanjutPage() {
  const { t, i18n } = useTranslation();
  const { settings } = useApp();
  const [params, setParams] = useSearchParams();
  const status: StatusKepesertaan = statusMenunggu.find((s) => s === params.get('status')) ?? statusMenunggu[0]!;
  const filter: TindakLanjutFilter = { koperasiId: params.get('koperasi') ?? '', kecamatanKode: params.get('kecamatan') ?? '' };
  const counts = useJumlahMenunggu(filter);
  const regions = useKabupatenRegions(settings.officeProfile?.kabupatenKode);
  const kecamatan = regions.status === 'ready' ? regions.value.kecamatan : [];
  const n = (v: number) => formatAngka(v, i18n.language);

  const setParam = useSetSearchParam();
  const anyFilter = Boolean(filter.koperasiId || filter.kecamatanKode);

  return (
    <Page
      title={t('kepesertaan.followUpTitle')}
      actions={
        <Link className="button" to="/impor-excel?jenis=hasilBpjs">
          {t('imporExcel.jenis.hasilBpjs')}
        </Link>
      }
    >
      <p className="lead">{t('tindakLanjut.intro')}</p>
      <div className="toolbar" role="search" aria-label={t('tindakLanjut.filtersLabel')}>
        <div className="field field-grow">
          <label htmlFor="tindak-lanjut-koperasi">{t('tindakLanjut.koperasiLabel')}</label>
          <KoperasiPicker
            id="tindak-lanjut-koperasi"
            value={filter.koperasiId}
            placeholder={t('tindakLanjut.koperasiPlaceholder')}
            onChange={(id) => setParam('koperasi', id)}
          />
        </div>
        <div className="field">
          <label htmlFor="tindak-lanjut-kecamatan">{t('tindakLanjut.kecamatanLabel')}</label>
          <select id="tindak-lanjut-kecamatan" value={filter.kecamatanKode} onChange={(e) => setParam('kecamatan', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {kecamatan.map((k) => (
              <option key={k.kode} value={k.kode}>
                {k.nama}
              </option>
            ))}
          </select>
        </div>
        {anyFilter && (
          <button
            type="button"
            className="button button-quiet toolbar-button"
            onClick={() => setParams(status === statusMenunggu[0] ? {} : { status }, { replace: true })}
          >
            {t('tindakLanjut.clearFilters')}
          </button>
        )}
      </div>
      {filter.koperasiId && filter.kecamatanKode && <p className="muted">{t('tindakLanjut.koperasiWins')}</p>}
      <Tabs
        className="tindak-lanjut-tabs"
        label={t('tindakLanjut.statusLabel')}
        tabs={statusMenunggu.map((s) => ({
          key: s,
          label: (
            <>
              {t(`kepesertaan.options.status.${s}`)} <span className="tab-count">{counts ? n(counts[s]) : '…'}</span>
            </>
          ),
        }))}
        selected={status}
        onSelect={(s) => setParam('status', s === statusMenunggu[0] ? '' : s)}
      >
        <Antrian status={status} filter={filter} filtered={anyFilter} />
      </Tabs>
    </Page>
  );
}

const TANPA_ID: readonly string[] = [];

/** A row's cell once its enrollment is read (a moment after it scrolls into view); until then the name says so. */
function bacaan(row: KepesertaanLengkap | undefined, column: Column<KepesertaanLengkap>, loading: ReactNode) {
  if (row) return column.cell(row);
  return column.key === 'nama' ? loading : null;
}

function Antrian({ status, filter, filtered }: { status: StatusKepesertaan; filter: TindakLanjutFilter; filtered: boolean }) {
  const { t, i18n } = useTranslation();
  const result = useAntrian(status, filter);
  const { baris, onRangeChange } = useBarisTerlihat(result?.ids ?? TANPA_ID);
  const [now] = useState(() => new Date());
  const n = (v: number) => formatAngka(v, i18n.language);
  const statusLabel = t(`kepesertaan.options.status.${status}`);
  if (!result) return <p className="list-summary">{t('common.loading')}</p>;
  const shown = result.ids.length;

  const columns: Column<KepesertaanLengkap>[] = [
    {
      key: 'nama',
      header: t('tindakLanjut.columns.nama'),
      width: 'minmax(0, 2.2fr)',
      className: 'cell-main',
      cell: (r) =>
        r.anggota ? (
          <>
            <Link to={`/anggota/${r.anggota.id}`}>{r.anggota.nama}</Link>
            <small className="muted">
              <NikMasked nik={r.anggota.nik} />
            </small>
          </>
        ) : (
          <span className="muted">{t('tindakLanjut.personGone')}</span>
        ),
    },
    {
      key: 'koperasi',
      header: t('tindakLanjut.columns.koperasi'),
      width: 'minmax(0, 2.2fr)',
      className: 'cell-main',
      cell: (r) =>
        r.koperasi ? (
          <>
            <Link to={`/koperasi/${r.koperasi.id}?tab=kepesertaan`}>{r.koperasi.nama}</Link>
            {r.koperasi.kecamatanNama && <small className="muted">{r.koperasi.kecamatanNama}</small>}
          </>
        ) : (
          <span className="muted">{t('peran.koperasiUnknown')}</span>
        ),
    },
    {
      key: 'kategori',
      header: t('tindakLanjut.columns.kategori'),
      width: 'minmax(0, 0.7fr)',
      cell: (r) => t(`kepesertaan.options.kategoriShort.${r.kepesertaan.kategori}`),
    },
    {
      key: 'sejak',
      header: t('tindakLanjut.columns.sejak'),
      width: 'minmax(0, 1.6fr)',
      className: 'cell-main',
      cell: (r) => {
        const sejak = tanggalDari(r.kepesertaan.statusSejak);
        const days = lamaMenunggu(r.kepesertaan.statusSejak, now);
        return (
          <>
            <span>{sejak ? formatTanggal(sejak, i18n.language) : t('common.notSet')}</span>
            {days !== null && (
              <small className="muted">{days === 0 ? t('tindakLanjut.waitingToday') : t('tindakLanjut.waiting', { count: days, formatted: n(days) })}</small>
            )}
            {status === 'ditolak' && r.kepesertaan.alasanDitolak && (
              <small className="muted" title={r.kepesertaan.alasanDitolak}>
                {t('tindakLanjut.alasan', { alasan: r.kepesertaan.alasanDitolak })}
              </small>
            )}
          </>
        );
      },
    },
  ];

  return (
    <>
      <div className="list-summary">
        <p aria-live="polite">
          {result.total > shown
            ? t('tindakLanjut.more', { shown: n(shown), total: n(result.total), rest: n(result.total - shown) })
            : t('tindakLanjut.count', { count: result.total, formatted: n(result.total), status: statusLabel })}
        </p>
      </div>
      {shown === 0 ? (
        <p className="empty">{filtered ? t('tindakLanjut.emptyFiltered', { status: statusLabel }) : t('tindakLanjut.empty', { status: statusLabel })}</p>
      ) : (
        <VirtualTable
          label={t('tindakLanjut.listLabel', { status: statusLabel })}
          rows={result.ids}
          columns={columns.map((c) => ({ ...c, cell: (id: string) => bacaan(baris.get(id), c, <span className="muted">{t('common.loading')}</span>) }))}
          rowKey={(id) => id}
          rowHeight={64}
          maxRows="fill"
          onRangeChange={onRangeChange}
        />
      )}
    </>
  );
}
