import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { focusOnMount } from '../../components/focus-on-mount';
import { statusBaris, type RencanaImpor, type StatusBaris } from '../../db/impor-excel/rencana-impor';
import { pesanMasalah } from './pesan-masalah';

/** Rows shown at once; the row report holds every row. */
const TAMPIL = 500;

/**
 * The preview: how many rows are baru, diperbarui, sama or galat, a filter per status, and each row with the
 * reasons beside it (the column at fault, what the cell held, what the import made of it). Nothing is written yet.
 */
export function PratinjauBaris({ rencana, children }: { rencana: RencanaImpor; children: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const [saring, setSaring] = useState<StatusBaris | ''>(rencana.jumlah.galat > 0 ? 'galat' : '');
  const baris = saring ? rencana.baris.filter((b) => b.status === saring) : rencana.baris;
  const total = rencana.baris.length;
  // Several sheets at once: every row says which sheet it is on.
  const banyakLembar = rencana.baris.some((b) => b.lembar !== undefined);
  return (
    <section className="card" aria-labelledby={`${id}-judul`}>
      <h2 id={`${id}-judul`} ref={focusOnMount} tabIndex={-1}>
        {t('imporExcel.pratinjau')}
      </h2>
      <p className="muted">{t('imporExcel.pratinjauIntro')}</p>
      <div className="button-row" role="group" aria-label={t('imporExcel.saring')}>
        <button type="button" className="button button-small" aria-pressed={saring === ''} onClick={() => setSaring('')}>
          {t('imporExcel.semua')} ({total})
        </button>
        {statusBaris.map((s) => (
          <button key={s} type="button" className={`button button-small status-impor-${s}`} aria-pressed={saring === s} onClick={() => setSaring(s)}>
            {t(`imporExcel.status.${s}`)} ({rencana.jumlah[s]})
          </button>
        ))}
      </div>
      <table className="table pratinjau-impor-excel">
        <thead>
          <tr>
            {banyakLembar && <th scope="col">{t('imporExcel.kolomLembar')}</th>}
            <th scope="col">{t('imporExcel.kolomBaris')}</th>
            <th scope="col">{t('imporExcel.kolomNama')}</th>
            <th scope="col">{t('imporExcel.kolomStatus')}</th>
            <th scope="col">{t('imporExcel.kolomKeterangan')}</th>
          </tr>
        </thead>
        <tbody>
          {baris.slice(0, TAMPIL).map((b) => (
            <tr key={`${b.lembar ?? ''}|${b.nomor}`} data-status={b.status}>
              {banyakLembar && <td>{b.lembar}</td>}
              <td className="numeric">{b.nomor}</td>
              <td>{b.label}</td>
              <td>
                <span className={`badge status-impor-${b.status}`}>{t(`imporExcel.status.${b.status}`)}</span>
              </td>
              <td>
                {b.diubah.length > 0 && (
                  <p>{t('imporExcel.diubah', { fields: b.diubah.map((f) => t(`imporExcel.field.${f}`, { defaultValue: f })).join(', ') })}</p>
                )}
                {b.masalah.map((m, i) => (
                  <p key={i} className={m.tingkat === 'galat' ? 'error-text' : 'finding-peringatan'}>
                    {pesanMasalah(t, m)}
                  </p>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {baris.length > TAMPIL && <p className="muted">{t('imporExcel.ditampilkanSebagian', { tampil: TAMPIL, total: baris.length })}</p>}
      {children}
    </section>
  );
}
