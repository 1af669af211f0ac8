import { useTranslation } from 'react-i18next';
import { formatTanggal, tanggalHariIni } from '../../../shared/format/format-date';
import { formatRupiah } from '../../../shared/format/format-rupiah';
import type { EstimasiIuranInput } from '../../../shared/kepesertaan/estimasi-iuran';
import { estimasiKepesertaan } from '../../../shared/kepesertaan/estimasi-kepesertaan';
import { useApp } from '../../app/app-context';
import { TarifUsangNotice } from '../settings/tarif-usang-notice';

/** The monthly contribution of one enrollment, per program and in total, split employer / participant. */
export function EstimasiView({ input }: { input: EstimasiIuranInput & { tanggalEfektif: string } }) {
  const { t, i18n } = useTranslation();
  const { settings } = useApp();
  const result = estimasiKepesertaan(input, settings.tarifIuran, tanggalHariIni());
  if (!result) return <p className="finding-peringatan">{t('kepesertaan.estimateNoRate')}</p>;
  const { estimasi, tarif } = result;
  return (
    <div className="estimate-block" aria-live="polite">
      <div className="estimate" role="table" aria-label={t('kepesertaan.estimate')}>
        <span role="columnheader" />
        <span role="columnheader">{t('kepesertaan.estimateEmployer')}</span>
        <span role="columnheader">{t('kepesertaan.estimateWorker')}</span>
        {Object.entries(estimasi.perProgram).map(([program, part]) => (
          <div key={program} role="row" className="estimate-row">
            <span role="rowheader">{program}</span>
            <span role="cell">{formatRupiah(part.pemberiKerja)}</span>
            <span role="cell">{formatRupiah(part.pekerja)}</span>
          </div>
        ))}
        <div role="row" className="estimate-row estimate-total">
          <span role="rowheader">{t('kepesertaan.estimateTotal')}</span>
          <span role="cell">{formatRupiah(estimasi.pemberiKerja)}</span>
          <span role="cell">{formatRupiah(estimasi.pekerja)}</span>
        </div>
      </div>
      <p className="muted">
        <strong>{t('kepesertaan.perMonth', { amount: formatRupiah(estimasi.total) })}</strong> ·{' '}
        {t('kepesertaan.estimateRateFrom', { date: formatTanggal(tarif.berlakuMulai, i18n.language) })}
      </p>
      {input.program.includes('JKP') && <p className="muted">{t('kepesertaan.estimateJkp')}</p>}
      <TarifUsangNotice ringkas />
    </div>
  );
}
