import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { formatAngka, formatTanggal, formatWaktu } from '../../../shared/format/format-date';
import { NamaPengubah } from '../../components/nama-pengubah';
import { Page } from '../../components/page';
import { useSetSearchParam } from '../../components/use-search-param';
import { Tabs } from '../../components/tabs';
import type { KoperasiRecord } from '../../db/synced-records';
import { koperasiFieldLabel } from './koperasi-field-label';
import { KoperasiKepesertaanTab } from './koperasi-kepesertaan-tab';
import { KoperasiOrangTab } from './koperasi-orang-tab';
import { useDeleteKoperasi } from './use-delete-koperasi';
import { useKoperasi, useKoperasiHistory } from './use-koperasi';

const detailTabs = ['profil', 'orang', 'kepesertaan'] as const;
type DetailTab = (typeof detailTabs)[number];

/**
 * One cooperative in three tabs: its profile (everything the office knows about it, grouped as the form groups
 * it, and its history), its people, and their enrollments. The tab is kept in the URL (`?tab=orang`), so coming
 * back from a person's page returns to the same tab.
 */
export function KoperasiDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const k = useKoperasi(id);
  const navigate = useNavigate();
  const remove = useDeleteKoperasi();
  const [params] = useSearchParams();
  const tab: DetailTab = detailTabs.find((d) => d === params.get('tab')) ?? 'profil';
  const setParam = useSetSearchParam();
  const selectTab = (next: DetailTab) => setParam('tab', next === 'profil' ? '' : next);

  if (k === undefined)
    return (
      <Page title={t('koperasi.title')}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  if (k === null)
    return (
      <Page title={t('koperasi.title')}>
        <p className="empty">{t('koperasi.notFound')}</p>
        <Link to="/koperasi">{t('common.back')}</Link>
      </Page>
    );
  return (
    <Page
      title={k.nama}
      actions={
        <>
          <Link className="button button-primary" to={`/koperasi/${k.id}/ubah`}>
            {t('common.edit')}
          </Link>
          <button
            type="button"
            className="button button-danger"
            onClick={async () => {
              if (await remove(k.id, k.nama)) navigate('/koperasi');
            }}
          >
            {t('common.delete')}
          </button>
        </>
      }
    >
      <p className="subtitle">
        <span className={`badge badge-${k.status}`}>{t(`koperasi.options.status.${k.status}`)}</span> {t(`koperasi.options.jenis.${k.jenis}`)} ·{' '}
        {t(`koperasi.options.bentuk.${k.bentuk}`)} · {t(`koperasi.options.pola.${k.pola}`)}
        {k.kelompok && ` · ${k.kelompok}`}
      </p>
      <Tabs
        label={t('koperasiTab.tabsLabel')}
        tabs={detailTabs.map((d) => ({ key: d, label: t(`koperasiTab.tabs.${d}`) }))}
        selected={tab}
        onSelect={selectTab}
      >
        {tab === 'profil' && <ProfilTab k={k} />}
        {tab === 'orang' && <KoperasiOrangTab koperasi={k} />}
        {tab === 'kepesertaan' && <KoperasiKepesertaanTab koperasi={k} />}
      </Tabs>
    </Page>
  );
}

/** What the page showed before it had tabs: the record, its notes and its history. */
function ProfilTab({ k }: { k: KoperasiRecord }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="detail-grid">
        <Facts
          title={t('koperasi.sections.legalitas')}
          k={k}
          fields={['nomorBadanHukum', 'tanggalBadanHukum', 'nomorIndukKoperasi', 'nomorIndukKoperasiTerbit', 'nomorIndukKoperasiBerlaku', 'nib', 'npwp']}
        />
        <Facts title={t('koperasi.sections.lokasi')} k={k} fields={['alamat', 'rt', 'rw', 'kelurahanNama', 'kecamatanNama', 'telepon', 'email']} />
        <SizeFacts k={k} />
        <Facts title={t('koperasi.sections.bpjs')} k={k} fields={['npp', 'statusBpjs']} />
      </div>
      {k.catatan && (
        <section className="card">
          <h2>{t('koperasi.sections.catatan')}</h2>
          <p className="prewrap">{k.catatan}</p>
        </section>
      )}
      <History id={k.id} />
    </>
  );
}

type FactField = keyof KoperasiRecord;

function Facts({ title, k, fields }: { title: string; k: KoperasiRecord; fields: readonly FactField[] }) {
  const { t, i18n } = useTranslation();
  const label = (f: FactField) => koperasiFieldLabel(t, String(f));
  const value = (f: FactField) => {
    const v = k[f];
    if (v === '' || v === null || v === undefined) return t('common.notSet');
    if (f === 'statusBpjs') return t(`koperasi.options.statusBpjs.${k.statusBpjs}`);
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatTanggal(v, i18n.language);
    return String(v);
  };
  return (
    <section className="card">
      <h2>{title}</h2>
      <dl className="facts">
        {fields.map((f) => (
          <div key={String(f)}>
            <dt>{label(f)}</dt>
            <dd>{value(f)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function SizeFacts({ k }: { k: KoperasiRecord }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatAngka(v, i18n.language);
  return (
    <section className="card">
      <h2>{t('koperasi.sections.ukuran')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('koperasi.fields.skalaUsaha')}</dt>
          <dd>{t(`koperasi.options.skalaUsaha.${k.skalaUsaha}`)}</dd>
        </div>
        <div>
          <dt>{t('koperasi.columns.anggota')}</dt>
          <dd>{t('koperasi.detail.members', { total: n(k.anggotaLaki + k.anggotaPerempuan), men: n(k.anggotaLaki), women: n(k.anggotaPerempuan) })}</dd>
        </div>
        <div>
          <dt>{t('koperasi.columns.karyawan')}</dt>
          <dd>{t('koperasi.detail.employees', { total: n(k.karyawanLaki + k.karyawanPerempuan), men: n(k.karyawanLaki), women: n(k.karyawanPerempuan) })}</dd>
        </div>
        <div>
          <dt>{t('koperasi.fields.ratTerakhir')}</dt>
          <dd>
            {k.ratTerakhir ? formatTanggal(k.ratTerakhir, i18n.language) : t('common.notSet')}
            {k.ratTahunBuku ? ` (${t('koperasi.fields.ratTahunBuku')} ${k.ratTahunBuku})` : ''}
          </dd>
        </div>
      </dl>
    </section>
  );
}

function History({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const entries = useKoperasiHistory(id);
  if (!entries?.length) return null;
  return (
    <section className="card">
      <h2>{t('koperasi.history')}</h2>
      <ol className="history">
        {entries.slice(0, 50).map((e) => (
          <li key={e.seq}>
            <strong>{t(`koperasi.historyOp.${e.op}`)}</strong> · {formatWaktu(e.hlc, i18n.language)}
            {(e.op === 'update' || e.op === 'merge' || e.op === 'resolve') && (
              <span className="muted"> · {[...new Set(Object.keys(e.changes).map((f) => koperasiFieldLabel(t, f)))].join(', ')}</span>
            )}
            <span className="muted">
              {' '}
              · <NamaPengubah pengubah={e.pengubah} />
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
