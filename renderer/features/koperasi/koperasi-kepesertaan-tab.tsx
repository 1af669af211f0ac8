import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatAngka, formatTanggal, tanggalDari } from '../../../shared/format/format-date';
import { formatRupiah } from '../../../shared/format/format-rupiah';
import { statusKepesertaan } from '../../../shared/kepesertaan/kepesertaan-options';
import { kepesertaanSummary, peranDipantau, type TotalIuran } from '../../../shared/kepesertaan/kepesertaan-summary';
import { urutkanProgram } from '../../../shared/kepesertaan/program-rules';
import { useApp } from '../../app/app-context';
import { VirtualTable, type Column } from '../../components/virtual-table';
import type { KoperasiRecord } from '../../db/synced-records';
import type { KepesertaanLengkap } from '../../db/kepesertaan-repository';
import { StatusBadge } from '../kepesertaan/status-badge';
import { useHariIni, useKoperasiKepesertaan } from './use-koperasi-orang';

/**
 * How far the cooperative's people are covered by BPJS Ketenagakerjaan: progress per role, enrollments per status,
 * what the cooperative pays (or will pay) each month, and the enrollments themselves.
 */
export function KoperasiKepesertaanTab({ koperasi }: { koperasi: KoperasiRecord }) {
  const { t, i18n } = useTranslation();
  const { settings } = useApp();
  const data = useKoperasiKepesertaan(koperasi.id);
  const today = useHariIni();
  const summary = useMemo(
    () =>
      data
        ? kepesertaanSummary(
            data.roster,
            data.enrollments.map((e) => e.kepesertaan),
            settings.tarifIuran,
            today,
          )
        : undefined,
    [data, settings.tarifIuran, today],
  );
  if (!data || !summary) return <p>{t('common.loading')}</p>;
  const n = (v: number) => formatAngka(v, i18n.language);
  return (
    <>
      <div className="detail-grid">
        <section className="card" aria-labelledby="kepesertaan-progress-title">
          <h2 id="kepesertaan-progress-title">{t('koperasiTab.kepesertaan.progressTitle')}</h2>
          <ul className="progress-list">
            {peranDipantau.map((jenis) => {
              const p = summary.progres[jenis];
              const text =
                p.total === 0
                  ? t(`koperasiTab.kepesertaan.progressNone.${jenis}`)
                  : t(`koperasiTab.kepesertaan.progress.${jenis}`, { terdaftar: n(p.terdaftar), total: n(p.total) });
              return (
                <li key={jenis}>
                  <span>{text}</span>
                  {p.total > 0 && <progress value={p.terdaftar} max={p.total} aria-label={text} />}
                </li>
              );
            })}
          </ul>
          <p className="muted">{t('koperasiTab.kepesertaan.progressHint')}</p>
        </section>
        <section className="card" aria-labelledby="kepesertaan-status-title">
          <h2 id="kepesertaan-status-title">{t('koperasiTab.kepesertaan.statusTitle')}</h2>
          <ul className="status-counts">
            {statusKepesertaan.map((s) => (
              <li key={s}>
                <StatusBadge status={s} /> <strong className="numeric">{n(summary.perStatus[s])}</strong>
              </li>
            ))}
          </ul>
          {summary.perStatus.draf + summary.perStatus.formulir_dicetak > 0 && (
            <>
              <p>
                <Link className="button" to={`/koperasi/${koperasi.id}/cetak/kolektif`}>
                  {t('dokumen.cetakKolektif')}
                </Link>
              </p>
              <p className="muted">{t('dokumen.cetakKolektifHint')}</p>
            </>
          )}
        </section>
      </div>
      <section className="card" aria-labelledby="kepesertaan-iuran-title">
        <h2 id="kepesertaan-iuran-title">{t('koperasiTab.kepesertaan.iuranTitle')}</h2>
        <table className="compare-table">
          <thead>
            <tr>
              <th scope="col">{t('koperasiTab.kepesertaan.iuranGroup')}</th>
              <th scope="col" className="numeric">
                {t('kepesertaan.estimateEmployer')}
              </th>
              <th scope="col" className="numeric">
                {t('kepesertaan.estimateWorker')}
              </th>
              <th scope="col" className="numeric">
                {t('kepesertaan.estimateTotal')}
              </th>
            </tr>
          </thead>
          <tbody>
            <IuranRow label={t('koperasiTab.kepesertaan.iuranTerdaftar', { formatted: n(summary.iuranTerdaftar.jumlah) })} total={summary.iuranTerdaftar} />
            <IuranRow label={t('koperasiTab.kepesertaan.iuranProses', { formatted: n(summary.iuranProses.jumlah) })} total={summary.iuranProses} />
          </tbody>
        </table>
        {summary.iuranTerdaftar.tanpaTarif + summary.iuranProses.tanpaTarif > 0 && (
          <p className="error-text" role="note">
            {t('koperasiTab.kepesertaan.iuranUncounted', { formatted: n(summary.iuranTerdaftar.tanpaTarif + summary.iuranProses.tanpaTarif) })}{' '}
            {t('kepesertaan.estimateNoRate')}
          </p>
        )}
        <p className="muted">{t('koperasiTab.kepesertaan.iuranHint')}</p>
      </section>
      <EnrollmentList rows={data.enrollments} />
    </>
  );
}

function IuranRow({ label, total }: { label: string; total: TotalIuran }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="numeric">{formatRupiah(total.pemberiKerja)}</td>
      <td className="numeric">{formatRupiah(total.pekerja)}</td>
      <td className="numeric">
        <strong>{formatRupiah(total.total)}</strong>
      </td>
    </tr>
  );
}

function EnrollmentList({ rows }: { rows: readonly KepesertaanLengkap[] }) {
  const { t, i18n } = useTranslation();
  const sorted = useMemo(() => [...rows].sort((a, b) => (a.anggota?.namaSort ?? '').localeCompare(b.anggota?.namaSort ?? '')), [rows]);
  const title = t('koperasiTab.kepesertaan.listTitle', { formatted: formatAngka(rows.length, i18n.language) });
  const columns: Column<KepesertaanLengkap>[] = [
    {
      key: 'nama',
      header: t('koperasiTab.kepesertaan.columns.nama'),
      width: 'minmax(0, 2.2fr)',
      className: 'cell-main',
      cell: (r) => (r.anggota ? <Link to={`/anggota/${r.anggota.id}`}>{r.anggota.nama}</Link> : <span className="muted">{t('tindakLanjut.personGone')}</span>),
    },
    {
      key: 'kategori',
      header: t('koperasiTab.kepesertaan.columns.kategori'),
      width: 'minmax(0, 0.7fr)',
      cell: (r) => t(`kepesertaan.options.kategoriShort.${r.kepesertaan.kategori}`),
    },
    {
      key: 'program',
      header: t('koperasiTab.kepesertaan.columns.program'),
      width: 'minmax(0, 1.5fr)',
      cell: (r) => urutkanProgram(r.kepesertaan.program).join(', '),
    },
    {
      key: 'status',
      header: t('koperasiTab.kepesertaan.columns.status'),
      width: 'minmax(0, 1.2fr)',
      cell: (r) => <StatusBadge status={r.kepesertaan.status} />,
    },
    {
      key: 'kpj',
      header: t('koperasiTab.kepesertaan.columns.kpj'),
      width: 'minmax(0, 1.1fr)',
      cell: (r) => (r.kepesertaan.status === 'terdaftar' && r.kepesertaan.kpj ? <span className="nik">{r.kepesertaan.kpj}</span> : t('common.notSet')),
    },
    {
      key: 'sejak',
      header: t('koperasiTab.kepesertaan.columns.sejak'),
      width: 'minmax(0, 1.3fr)',
      cell: (r) => {
        const sejak = tanggalDari(r.kepesertaan.statusSejak);
        return sejak ? formatTanggal(sejak, i18n.language) : t('common.notSet');
      },
    },
  ];
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('koperasiTab.kepesertaan.empty')}</p>
      ) : (
        <VirtualTable label={title} rows={sorted} columns={columns} rowKey={(r) => r.kepesertaan.id} rowHeight={44} maxRows={10} />
      )}
    </section>
  );
}
