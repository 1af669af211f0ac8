import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { peranAktif } from '../../../shared/anggota/peran-schema';
import { formatTanggal, formatWaktu, tanggalHariIni } from '../../../shared/format/format-date';
import { nikFindingCodes } from '../../../shared/nik/nik-check';
import { isOneOf } from '../../../shared/validation/is-one-of';
import { NamaPengubah } from '../../components/nama-pengubah';
import { Page } from '../../components/page';
import type { AnggotaRecord } from '../../db/synced-records';
import { KegiatanDihadiriSection } from '../kegiatan/kegiatan-dihadiri-section';
import { KepesertaanSection } from '../kepesertaan/kepesertaan-section';
import { PeranSection } from './peran-section';
import { useAnggota, useAnggotaHistory, usePeranAnggota } from './use-anggota';
import { EksporDataPribadiSection } from './ekspor-data-pribadi-section';
import { HapusDataPribadiSection } from './hapus-data-pribadi-section';
import { useDeleteAnggota } from './use-delete-anggota';

/**
 * One person: the full NIK (the only place it is shown unmasked), identity and contact, their roles in
 * cooperatives, their enrollments with the next steps, and the history of all of it.
 */
export function AnggotaDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const a = useAnggota(id);
  const roles = usePeranAnggota(id);
  const navigate = useNavigate();
  const remove = useDeleteAnggota();

  if (a === undefined)
    return (
      <Page title={t('anggota.title')}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  if (a === null)
    return (
      <Page title={t('anggota.title')}>
        <p className="empty">{t('anggota.notFound')}</p>
        <Link to="/anggota">{t('common.back')}</Link>
      </Page>
    );
  const today = tanggalHariIni();
  const canEnroll = Boolean(roles?.some((r) => r.koperasi && peranAktif(r.peran, today)));
  return (
    <Page
      title={a.nama}
      actions={
        <>
          <Link className="button button-primary" to={`/anggota/${a.id}/ubah`}>
            {t('common.edit')}
          </Link>
          <button
            type="button"
            className="button button-danger"
            onClick={async () => {
              if (await remove(a.id, a.nama)) navigate('/anggota');
            }}
          >
            {t('common.delete')}
          </button>
        </>
      }
    >
      <div className="detail-grid">
        <Identity a={a} />
        <Contact a={a} />
      </div>
      <PeranSection anggotaId={a.id} />
      <KepesertaanSection anggotaId={a.id} canEnroll={canEnroll} />
      <KegiatanDihadiriSection anggotaId={a.id} />
      <History id={a.id} />
      {a.deleted === 0 && <EksporDataPribadiSection anggotaId={a.id} />}
      {a.deleted === 0 && <HapusDataPribadiSection a={a} />}
    </Page>
  );
}

function Identity({ a }: { a: AnggotaRecord }) {
  const { t, i18n } = useTranslation();
  const age = a.tanggalLahir ? umur(a.tanggalLahir, tanggalHariIni()) : null;
  const fact = (label: string, value: string) => (
    <div>
      <dt>{label}</dt>
      <dd>{value || t('common.notSet')}</dd>
    </div>
  );
  return (
    <section className="card">
      <h2>{t('anggota.sections.identitas')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('anggota.fields.nik')}</dt>
          <dd className="nik">{a.nik || t('anggota.nikMissing')}</dd>
        </div>
        {fact(t('anggota.fields.tempatLahir'), a.tempatLahir)}
        {fact(
          t('anggota.fields.tanggalLahir'),
          a.tanggalLahir ? `${formatTanggal(a.tanggalLahir, i18n.language)}${age !== null ? ` (${t('anggota.age', { age })})` : ''}` : '',
        )}
        {fact(t('anggota.fields.jenisKelamin'), a.jenisKelamin ? t(`anggota.options.jenisKelamin.${a.jenisKelamin}`) : '')}
        {fact(t('anggota.fields.namaIbuKandung'), a.namaIbuKandung)}
        {a.nikPeringatanDiakui.length > 0 &&
          fact(
            t('anggota.fields.nikPeringatanDiakui'),
            a.nikPeringatanDiakui.map((c) => (isOneOf(nikFindingCodes, c) ? t(`nik.findingShort.${c}`) : c)).join(', '),
          )}
      </dl>
    </section>
  );
}

function Contact({ a }: { a: AnggotaRecord }) {
  const { t } = useTranslation();
  const rtRw = a.rt || a.rw ? `RT ${a.rt || '-'}/RW ${a.rw || '-'}` : '';
  return (
    <section className="card">
      <h2>{t('anggota.sections.alamat')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('anggota.fields.alamat')}</dt>
          <dd>{[a.alamat, rtRw].filter(Boolean).join(', ') || t('common.notSet')}</dd>
        </div>
        <div>
          <dt>{t('anggota.fields.kelurahan')}</dt>
          <dd>{a.kelurahanNama || t('common.notSet')}</dd>
        </div>
        <div>
          <dt>{t('anggota.fields.kecamatan')}</dt>
          <dd>{a.kecamatanNama || t('common.notSet')}</dd>
        </div>
        <div>
          <dt>{t('anggota.fields.telepon')}</dt>
          <dd>{a.telepon || t('common.notSet')}</dd>
        </div>
        <div>
          <dt>{t('anggota.fields.pekerjaan')}</dt>
          <dd>{a.pekerjaan || t('common.notSet')}</dd>
        </div>
      </dl>
      {a.catatan && <p className="prewrap">{a.catatan}</p>}
    </section>
  );
}

function History({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const entries = useAnggotaHistory(id);
  if (!entries?.length) return null;
  return (
    <section className="card">
      <h2>{t('anggota.history')}</h2>
      <ol className="history">
        {entries.slice(0, 100).map((e) => (
          <li key={e.seq}>
            <strong>{t(`anggota.historyTable.${e.table as 'anggota' | 'peran' | 'kepesertaan'}`)}</strong> · {t(`koperasi.historyOp.${e.op}`)} ·{' '}
            {formatWaktu(e.hlc, i18n.language)}
            {e.table === 'kepesertaan' && typeof e.changes.status === 'string' && (
              <span> · {t(`kepesertaan.options.status.${e.changes.status as 'draf'}`)}</span>
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

/** Whole years between a birth date and today (both YYYY-MM-DD). */
function umur(lahir: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(lahir.slice(0, 4));
  return today.slice(5) < lahir.slice(5) ? years - 1 : years;
}
