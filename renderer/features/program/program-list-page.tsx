import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatAngka, formatTanggal } from '../../../shared/format/format-date';
import { nomorPerjanjian } from '../../../shared/program/perjanjian-schema';
import { useApp } from '../../app/app-context';
import { Page } from '../../components/page';
import { formatPersen, labelPeriode, labelSegmen } from './segmen-label';
import { useCapaianProgram } from './use-capaian-program';

/** /program: the agreements and the programs under them, each target with how far it is. */
export function ProgramListPage() {
  const { t, i18n } = useTranslation();
  const { perjanjian } = useApp();
  const agreements = useLiveQuery(() => perjanjian.list(), [perjanjian]);
  const programs = useCapaianProgram();
  const n = (v: number) => formatAngka(v, i18n.language);
  return (
    <Page title={t('program.judul')}>
      <p className="lead">{t('program.lead')}</p>
      <section className="card" aria-labelledby="perjanjian-heading">
        <h2 id="perjanjian-heading">{t('program.perjanjianTitle')}</h2>
        {agreements?.length === 0 && <p className="empty">{t('program.perjanjianKosong')}</p>}
        {agreements && agreements.length > 0 && (
          <table className="compare-table wide-table">
            <thead>
              <tr>
                <th scope="col">{t('program.kolom.judul')}</th>
                <th scope="col">{t('program.kolom.nomor')}</th>
                <th scope="col">{t('program.kolom.jenis')}</th>
                <th scope="col">{t('program.kolom.tanggal')}</th>
              </tr>
            </thead>
            <tbody>
              {agreements.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/perjanjian/${p.id}`}>{p.judul}</Link>
                  </th>
                  <td>{nomorPerjanjian(p).join('; ')}</td>
                  <td>
                    {t(`program.options.jenis.${p.jenis}`)} · {t(`program.options.tingkat.${p.tingkat}`)}
                  </td>
                  <td>{p.tanggal ? formatTanggal(p.tanggal, i18n.language) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Link className="button" to="/perjanjian/baru">
          {t('program.tambahPerjanjian')}
        </Link>
      </section>
      <section className="card" aria-labelledby="program-heading">
        <h2 id="program-heading">{t('program.programTitle')}</h2>
        {programs?.length === 0 && <p className="empty">{t('program.programKosong')}</p>}
        {programs && programs.length > 0 && (
          <table className="compare-table wide-table">
            <thead>
              <tr>
                <th scope="col">{t('program.kolom.nama')}</th>
                <th scope="col">{t('program.kolom.segmen')}</th>
                <th scope="col">{t('program.kolom.periode')}</th>
                <th scope="col" className="numeric">
                  {t('program.kolom.capaian')}
                </th>
              </tr>
            </thead>
            <tbody>
              {programs.flatMap(({ program, targets }) =>
                (targets.length === 0 ? [null] : targets).map((x, i) => (
                  <tr key={`${program.id}-${x?.target.id ?? 'none'}`}>
                    {i === 0 ? (
                      <th scope="row" rowSpan={Math.max(1, targets.length)}>
                        <Link to={`/program/${program.id}`}>{program.nama}</Link>
                        {!program.aktif && <span className="muted"> ({t('program.tidakAktif')})</span>}
                      </th>
                    ) : null}
                    {x ? (
                      <>
                        <td>{labelSegmen(t, x.target)}</td>
                        <td>{labelPeriode(t, i18n.language, x.target)}</td>
                        <td className="numeric">
                          {t('program.capaianRingkas', {
                            tercapai: n(x.capaian.tercapai),
                            target: n(x.capaian.target),
                            satuan: t(`program.options.satuan.${x.capaian.satuan}`),
                            persen: formatPersen(x.capaian.persen, i18n.language),
                          })}
                        </td>
                      </>
                    ) : (
                      <td colSpan={3} className="muted">
                        {t('program.targetKosong')}
                      </td>
                    )}
                  </tr>
                )),
              )}
            </tbody>
          </table>
        )}
        <Link className="button" to="/program/baru">
          {t('program.tambahProgram')}
        </Link>
      </section>
    </Page>
  );
}
