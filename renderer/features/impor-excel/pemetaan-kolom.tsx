import { useTranslation } from 'react-i18next';
import { kolomImpor, type JenisImpor } from '../../../shared/impor-excel/kolom-impor';
import { teksSel, type SelMentah } from '../../../shared/impor-excel/masalah-sel';

/**
 * The mapping table: each column of the file, two sample values from under its header, and the field it fills
 * (suggested, editable). Choosing a field another column had takes it from that column, so a field is filled once.
 */
export function PemetaanKolom({
  jenis,
  judul,
  contoh,
  pemetaan,
  onChange,
}: {
  jenis: JenisImpor;
  judul: readonly string[];
  contoh: readonly (readonly SelMentah[])[];
  pemetaan: readonly string[];
  onChange: (pemetaan: string[]) => void;
}) {
  const { t } = useTranslation();
  const pilih = (i: number, field: string) => onChange(pemetaan.map((f, j) => (j === i ? field : field && f === field ? '' : f)));
  return (
    <table className="table pemetaan-kolom">
      <thead>
        <tr>
          <th scope="col">{t('imporExcel.kolom')}</th>
          <th scope="col">{t('imporExcel.contoh')}</th>
          <th scope="col">{t('imporExcel.isiKe')}</th>
        </tr>
      </thead>
      <tbody>
        {judul.map((j, i) => (
          <tr key={i}>
            <th scope="row">{j || `#${i + 1}`}</th>
            <td className="muted">
              {contoh
                .slice(0, 2)
                .map((r) => teksSel(r[i] ?? null))
                .filter(Boolean)
                .join(' · ')}
            </td>
            <td>
              <select aria-label={t('imporExcel.isiKe') + ': ' + (j || `#${i + 1}`)} value={pemetaan[i] ?? ''} onChange={(e) => pilih(i, e.target.value)}>
                <option value="">{t('imporExcel.lewati')}</option>
                {kolomImpor[jenis].map((k) => (
                  <option key={k.field} value={k.field}>
                    {t(`imporExcel.field.${k.field}`)}
                    {k.wajib ? ` (${t('common.required')})` : ''}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
