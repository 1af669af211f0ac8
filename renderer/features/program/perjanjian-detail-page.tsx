import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formatTanggal } from '../../../shared/format/format-date';
import { useApp } from '../../app/app-context';
import { Page } from '../../components/page';
import { useToast } from '../../components/toast';
import type { PerjanjianRecord } from '../../db/synced-records';
import { failureReason } from '../../i18n/failure-reason';

/** /perjanjian/:id: an agreement, its parties and numbers, and the programs run under it. */
export function PerjanjianDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { perjanjian } = useApp();
  const p = useLiveQuery(async () => (await perjanjian.get(id)) ?? null, [perjanjian, id]);
  if (p === undefined)
    return (
      <Page title={t('program.perjanjianTitle')}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  if (p === null)
    return (
      <Page title={t('program.perjanjianTitle')}>
        <p className="empty">{t('program.perjanjianNotFound')}</p>
      </Page>
    );
  return <PerjanjianDetail p={p} />;
}

function PerjanjianDetail({ p }: { p: PerjanjianRecord }) {
  const { t, i18n } = useTranslation();
  const { perjanjian, program } = useApp();
  const navigate = useNavigate();
  const toast = useToast();
  const programs = useLiveQuery(() => program.listForPerjanjian(p.id), [program, p.id]);
  const date = (d: string) => (d ? formatTanggal(d, i18n.language) : '');
  const fact = (label: string, value: string) => (
    <div>
      <dt>{label}</dt>
      <dd>{value || t('common.notSet')}</dd>
    </div>
  );
  const remove = async () => {
    try {
      await perjanjian.remove(p.id);
    } catch (error) {
      toast(t('program.deleteFailed', { reason: failureReason(t, error) }), { tone: 'error' });
      return;
    }
    navigate('/program');
    toast(t('program.perjanjianDeleted', { judul: p.judul }), {
      action: {
        label: t('common.undo'),
        run: async () => {
          await perjanjian.restore(p.id);
          navigate(`/perjanjian/${p.id}`);
        },
      },
    });
  };
  return (
    <Page
      title={p.judul}
      actions={
        <>
          <Link className="button" to={`/perjanjian/${p.id}/ubah`}>
            {t('common.edit')}
          </Link>
          <button type="button" className="button button-danger" onClick={() => void remove()}>
            {t('common.delete')}
          </button>
        </>
      }
    >
      <section className="card" aria-labelledby="pjj-info">
        <h2 id="pjj-info">{t('program.sections.identitas')}</h2>
        <dl className="facts">
          {fact(t('program.fields.jenis'), `${t(`program.options.jenis.${p.jenis}`)} · ${t(`program.options.tingkat.${p.tingkat}`)}`)}
          {fact(t('program.fields.tanggal'), date(p.tanggal))}
          {fact(t('program.sections.masa'), [date(p.berlakuMulai), date(p.berlakuSampai)].filter(Boolean).join(' – '))}
          {fact(t('program.fields.ruangLingkup'), p.ruangLingkup)}
        </dl>
        {p.catatan && <p className="prewrap">{p.catatan}</p>}
      </section>
      <section className="card" aria-labelledby="pjj-pihak">
        <h2 id="pjj-pihak">{t('program.sections.pihak')}</h2>
        <table className="compare-table wide-table">
          <thead>
            <tr>
              <th scope="col">{t('program.fields.nama')}</th>
              <th scope="col">{t('program.fields.nomor')}</th>
              <th scope="col">{t('program.fields.penandatangan')}</th>
            </tr>
          </thead>
          <tbody>
            {p.pihak.map((x, i) => (
              <tr key={i}>
                <th scope="row">{x.nama}</th>
                <td>{x.nomor || '—'}</td>
                <td>{[x.penandatangan, x.jabatan].filter(Boolean).join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="pjj-program">
        <h2 id="pjj-program">{t('program.programDiBawah')}</h2>
        {programs?.length === 0 && <p className="empty">{t('program.tanpaProgram')}</p>}
        <ul className="link-list">
          {programs?.map((x) => (
            <li key={x.id}>
              <Link to={`/program/${x.id}`}>{x.nama}</Link>
            </li>
          ))}
        </ul>
        <Link className="button" to={`/program/baru?perjanjian=${p.id}`}>
          {t('program.tambahProgram')}
        </Link>
      </section>
    </Page>
  );
}
