import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAngka, formatWaktu } from '../../../shared/format/format-date';
import { useApp } from '../../app/app-context';
import type { ImporBundelLog, ImporExcelLog } from '../../db/impor-log';
import type { EksporLog } from '../../db/ekspor-log';

const jumlahData = (jumlah: Readonly<Record<string, number>>) => Object.values(jumlah).reduce((n, v) => n + v, 0);

/**
 * Riwayat: every file that left this laptop with personal data in it (bundles and the central office workbook)
 * and every file merged into it. When a USB stick is lost, this is what the office reads to report the breach.
 */
export function RiwayatTab() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-judul`}>
      <h2 id={`${id}-judul`}>{t('pertukaran.riwayat.judul')}</h2>
      <p className="notice-warning">{t('pertukaran.riwayat.uu')}</p>
      <RiwayatEkspor />
      <RiwayatImpor />
    </section>
  );
}

function RiwayatEkspor() {
  const { t, i18n } = useTranslation();
  const { ekspor } = useApp();
  const id = useId();
  const rows = useLiveQuery(() => ekspor.listRecent(), [ekspor]);
  const enkripsi = (r: EksporLog) =>
    r.berkas === 'xlsx'
      ? r.nikLengkap
        ? t('pertukaran.riwayat.nikLengkap')
        : t('common.notSet')
      : t(r.terenkripsi ? 'pertukaran.riwayat.terenkripsi' : 'pertukaran.riwayat.tidakTerenkripsi');
  return (
    <section aria-labelledby={`${id}-judul`} className="card">
      <h3 id={`${id}-judul`}>{t('pertukaran.riwayat.ekspor')}</h3>
      {rows?.length === 0 && <p className="muted">{t('pertukaran.riwayat.eksporKosong')}</p>}
      {rows && rows.length > 0 && (
        <div className="rate-table-wrap">
          <table className="rate-table" aria-labelledby={`${id}-judul`}>
            <thead>
              <tr>
                {(['waktu', 'nomor', 'jenis', 'tujuan', 'berkas', 'jumlah', 'enkripsi', 'petugas'] as const).map((c) => (
                  <th key={c} scope="col" className={c === 'jumlah' || c === 'nomor' ? 'numeric' : undefined}>
                    {t(`pertukaran.riwayat.kolom.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{formatWaktu(r.waktu, i18n.language)}</td>
                  <td className="numeric">{r.nomorEkspor}</td>
                  <td>{t(r.berkas === 'xlsx' ? 'pertukaran.jenis.xlsx' : `pertukaran.jenis.${r.jenis}`)}</td>
                  <td>{r.tujuan}</td>
                  <td className="riwayat-berkas">
                    {r.namaBerkas}
                    {r.status === 'tertunda' && <span className="error-text"> — {t('pertukaran.riwayat.tertunda')}</span>}
                  </td>
                  <td className="numeric">{formatAngka(jumlahData(r.jumlah), i18n.language)}</td>
                  <td className={r.berkas === 'bundel' && !r.terenkripsi ? 'error-text' : undefined}>{enkripsi(r)}</td>
                  <td>{r.petugas}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function RiwayatImpor() {
  const { t } = useTranslation();
  const { impor } = useApp();
  const id = useId();
  const rows = useLiveQuery(() => impor.listRecent(), [impor]);
  return (
    <section aria-labelledby={`${id}-judul`} className="card">
      <h3 id={`${id}-judul`}>{t('pertukaran.riwayat.impor')}</h3>
      {rows?.length === 0 && <p className="muted">{t('pertukaran.riwayat.imporKosong')}</p>}
      {rows && rows.length > 0 && (
        <div className="rate-table-wrap">
          <table className="rate-table" aria-labelledby={`${id}-judul`}>
            <thead>
              <tr>
                {(['waktu', 'dari', 'jenis', 'berkas', 'jumlah', 'hasil', 'enkripsi', 'petugas'] as const).map((c) => (
                  <th key={c} scope="col" className={c === 'jumlah' ? 'numeric' : undefined}>
                    {t(`pertukaran.riwayat.kolom.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{rows.map((r) => (r.berkas === 'xlsx' ? <BarisImporExcel key={r.id} r={r} /> : <BarisImporBundel key={r.id} r={r} />))}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function BarisImporBundel({ r }: { r: ImporBundelLog }) {
  const { t, i18n } = useTranslation();
  return (
    <tr>
      <td>{formatWaktu(r.waktu, i18n.language)}</td>
      <td>{t('pertukaran.riwayat.dariPengirim', { kantor: r.kantor, petugas: r.petugasPengirim, nomor: r.nomorEkspor })}</td>
      <td>{t(`pertukaran.jenis.${r.jenis}`)}</td>
      <td className="riwayat-berkas">{r.namaBerkas}</td>
      <td className="numeric">{formatAngka(jumlahData(r.jumlahBerkas), i18n.language)}</td>
      <td>
        {t('pertukaran.riwayat.hasil', {
          baru: r.hasil.baru,
          diperbarui: r.hasil.diperbarui,
          sama: r.hasil.sama,
          konflik: r.hasil.konflik,
          digabung: r.hasil.digabung,
        })}
      </td>
      {/* Logs made before the app recorded it say nothing rather than guess. */}
      <td className={r.terenkripsi === false ? 'error-text' : undefined}>
        {r.terenkripsi === undefined ? t('common.notSet') : t(r.terenkripsi ? 'pertukaran.riwayat.terenkripsi' : 'pertukaran.riwayat.tidakTerenkripsi')}
      </td>
      <td>{r.petugas}</td>
    </tr>
  );
}

/** A spreadsheet the office imported (Impor dari Excel): its sheets, the kind of rows, what the preview counted. */
function BarisImporExcel({ r }: { r: ImporExcelLog }) {
  const { t, i18n } = useTranslation();
  const lembar = r.lembar.filter(Boolean);
  return (
    <tr data-berkas="xlsx">
      <td>{formatWaktu(r.waktu, i18n.language)}</td>
      <td>{t('pertukaran.riwayat.dariSpreadsheet')}</td>
      <td>{t(`imporExcel.jenis.${r.jenisImpor}`)}</td>
      <td className="riwayat-berkas">
        {r.namaBerkas}
        {lembar.length > 0 && <span className="muted"> — {t('pertukaran.riwayat.lembar', { lembar: lembar.join(', ') })}</span>}
      </td>
      <td className="numeric">{formatAngka(r.jumlahBaris.baru + r.jumlahBaris.diperbarui + r.jumlahBaris.sama + r.jumlahBaris.galat, i18n.language)}</td>
      <td>{t('pertukaran.riwayat.hasilSpreadsheet', { ...r.jumlahBaris, ditulis: r.ditulis })}</td>
      {/* A spreadsheet is never encrypted: the column is about bundles. */}
      <td>{t('common.notSet')}</td>
      <td>{r.petugas}</td>
    </tr>
  );
}
