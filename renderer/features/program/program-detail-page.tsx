import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { nomorPerjanjian } from '../../../shared/program/perjanjian-schema';
import { useApp } from '../../app/app-context';
import { Page } from '../../components/page';
import { useToast } from '../../components/toast';
import type { TargetRecord } from '../../db/synced-records';
import type { ProgramRemoval } from '../../db/program-repository';
import { failureReason } from '../../i18n/failure-reason';
import { CapaianTargetView } from './capaian-target-view';
import { KeikutsertaanSection } from './keikutsertaan-section';
import { labelPeriode, labelSegmen } from './segmen-label';
import { useCapaianProgram, type ProgramDenganCapaian } from './use-capaian-program';

// The charts and recharts load as their own chunk, after the figures and the worklist have drawn.
const GrafikTarget = lazy(() => import('./grafik-target'));

/** /program/:id: the rule, the agreements it rests on, every target live with its worklist, participations, events. */
export function ProgramDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const loaded = useCapaianProgram(id);
  if (loaded === undefined)
    return (
      <Page title={t('program.programTitle')}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  if (loaded.length === 0)
    return (
      <Page title={t('program.programTitle')}>
        <p className="empty">{t('program.programNotFound')}</p>
      </Page>
    );
  return <ProgramDetail data={loaded[0]!} />;
}

function ProgramDetail({ data }: { data: ProgramDenganCapaian }) {
  const { t, i18n } = useTranslation();
  const { program: programs, perjanjian, target: targets, kegiatan } = useApp();
  const { program, targets: rows } = data;
  const navigate = useNavigate();
  const toast = useToast();
  const agreements = useLiveQuery(
    async () => (await Promise.all(program.perjanjianIds.map((id) => perjanjian.get(id)))).filter((p) => p !== undefined),
    [perjanjian, program.perjanjianIds.join(',')],
  );
  const events = useLiveQuery(async () => (await kegiatan.list()).filter((k) => k.programId === program.id), [kegiatan, program.id]);

  const remove = async () => {
    let removal: ProgramRemoval;
    try {
      removal = await programs.remove(program.id);
    } catch (error) {
      toast(t('program.deleteFailed', { reason: failureReason(t, error) }), { tone: 'error' });
      return;
    }
    navigate('/program');
    // Says what went with it ("beserta 2 target dan 3 keikutsertaan koperasi"), so nothing disappears unnoticed.
    const bagian = [
      ...(removal.targetIds.length > 0 ? [t('program.bagianTarget', { count: removal.targetIds.length })] : []),
      ...(removal.keikutsertaanIds.length > 0 ? [t('program.bagianKeikutsertaan', { count: removal.keikutsertaanIds.length })] : []),
      ...(removal.kegiatan.length > 0 ? [t('program.bagianKegiatan', { count: removal.kegiatan.length })] : []),
    ];
    const gabung = bagian.length > 1 ? `${bagian.slice(0, -1).join(', ')} ${t('program.dan')} ${bagian.at(-1)}` : bagian[0];
    const message = gabung ? t('program.programDeletedBeserta', { nama: program.nama, bagian: gabung }) : t('program.programDeleted', { nama: program.nama });
    toast(message, {
      action: {
        label: t('common.undo'),
        run: async () => {
          await programs.restore(removal);
          navigate(`/program/${program.id}`);
        },
      },
    });
  };
  const removeTarget = async (x: TargetRecord) => {
    const nama = labelSegmen(t, x);
    await targets.remove(x.id);
    toast(t('program.targetDeleted', { nama }), { action: { label: t('common.undo'), run: () => targets.restore(x.id) } });
  };
  return (
    <Page
      title={program.nama}
      actions={
        <>
          <Link className="button button-primary" to={`/program/${program.id}/cetak`}>
            {t('program.cetakLaporan')}
          </Link>
          <Link className="button" to={`/program/${program.id}/ubah`}>
            {t('common.edit')}
          </Link>
          <button type="button" className="button button-danger" onClick={() => void remove()}>
            {t('common.delete')}
          </button>
        </>
      }
    >
      <section className="card" aria-labelledby="program-aturan">
        <h2 id="program-aturan">{t('program.sections.aturan')}</h2>
        <p>
          {t(`program.options.aturan.${program.aturan}`)}
          {program.aturan === 'koperasi_bpjs' && program.minimumTerdaftar > 0 && ` — ${t('program.fields.minimumTerdaftar')}: ${program.minimumTerdaftar}`}
          {program.aturan !== 'keikutsertaan' &&
            program.peranDihitung.length > 0 &&
            ` — ${program.peranDihitung.map((p) => t(`program.options.peranDihitung.${p}`)).join(', ')}`}
          {!program.aktif && <span className="muted"> ({t('program.tidakAktif')})</span>}
        </p>
        <p>
          <strong>{t('program.dasar')}:</strong>{' '}
          {agreements && agreements.length > 0
            ? agreements.map((p, i) => (
                <span key={p.id}>
                  {i > 0 && '; '}
                  <Link to={`/perjanjian/${p.id}`}>{p.judul}</Link> ({nomorPerjanjian(p).join(', ')})
                </span>
              ))
            : t('program.tanpaPerjanjian')}
        </p>
        {program.catatan && <p className="prewrap">{program.catatan}</p>}
      </section>
      {rows.length === 0 && <p className="empty">{t('program.targetKosong')}</p>}
      {rows.map(({ target, capaian }) => (
        <section className="card" key={target.id} aria-labelledby={`target-${target.id}`}>
          <h2 id={`target-${target.id}`}>
            {labelSegmen(t, target)} · {labelPeriode(t, i18n.language, target)}
          </h2>
          <CapaianTargetView
            program={program}
            capaian={capaian}
            grafik={
              <Suspense fallback={<p className="muted">{t('program.grafik.memuat')}</p>}>
                <GrafikTarget target={target} capaian={capaian} />
              </Suspense>
            }
          />
          <div className="actions-row">
            <Link className="button button-quiet" to={`/program/${program.id}/target/${target.id}/ubah`}>
              {t('common.edit')}
            </Link>
            <button
              type="button"
              className="button button-quiet"
              aria-label={t('program.hapusTarget', { nama: labelSegmen(t, target) })}
              onClick={() => void removeTarget(target)}
            >
              {t('common.delete')}
            </button>
          </div>
        </section>
      ))}
      <p>
        <Link className="button" to={`/program/${program.id}/target/baru`}>
          {t('program.tambahTarget')}
        </Link>
      </p>
      {program.aturan === 'keikutsertaan' && <KeikutsertaanSection programId={program.id} />}
      <section className="card" aria-labelledby="program-kegiatan">
        <h2 id="program-kegiatan">{t('program.kegiatanProgram')}</h2>
        {events?.length === 0 && <p className="empty">{t('program.tanpaKegiatan')}</p>}
        <ul className="link-list">
          {events?.map((k) => (
            <li key={k.id}>
              <Link to={`/kegiatan/${k.id}`}>{k.judul}</Link>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
