import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../shared/format/format-date';
import { formatPersen } from '../../../shared/format/format-persen';
import { formatRupiah } from '../../../shared/format/format-rupiah';
import { tarifBerlaku, type TarifIuran } from '../../../shared/kepesertaan/tarif-iuran';

const romawi = ['I', 'II', 'III', 'IV', 'V'] as const;

/** Today as YYYY-MM-DD on the laptop's calendar (not UTC, which is still yesterday before 07.00 WIB). */
function hariIni(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The rate periods side by side: one column per period, one row per rate, so a change between two periods (a new
 * JP cap) reads across a single row. The period in force today is marked.
 */
export function TarifIuranTable({ rows, onEdit, disabled }: { rows: readonly TarifIuran[]; onEdit: (row: TarifIuran) => void; disabled: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const periods = [...rows].sort((a, b) => a.berlakuMulai.localeCompare(b.berlakuMulai));
  const current = tarifBerlaku(rows, hariIni());
  const pct = (v: number) => formatPersen(v, locale);
  const tanggal = (iso: string) => formatTanggal(iso, locale);

  const line = (label: string, cell: (row: TarifIuran) => ReactNode) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      {periods.map((row) => (
        <td key={row.id} className="numeric">
          {cell(row)}
        </td>
      ))}
    </tr>
  );
  const group = (label: string) => (
    <tr className="rate-group">
      <th scope="rowgroup" colSpan={periods.length + 1}>
        {label}
      </th>
    </tr>
  );

  return (
    <div className="rate-table-wrap">
      <table className="rate-table">
        <caption className="visually-hidden">{t('tarif.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tarif.tarif')}</th>
            {periods.map((row) => (
              <th scope="col" key={row.id} className="numeric">
                {t('tarif.periode', { date: tanggal(row.berlakuMulai) })}
                {row === current && (
                  <>
                    {' '}
                    <span className="badge">{t('tarif.current')}</span>
                  </>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {line(t('tarif.berlakuSampai'), (r) => (r.berlakuSampai ? tanggal(r.berlakuSampai) : t('tarif.openEnded')))}
          {group(t('tarif.pu'))}
          {romawi.map((n, i) => line(t('tarif.jkkRisiko', { n }), (r) => pct(r.pu.jkkPersen[i] ?? 0)))}
          {line(t('tarif.jkm'), (r) => pct(r.pu.jkmPersen))}
          {line(t('tarif.jht'), (r) => t('tarif.plus', { a: pct(r.pu.jhtPemberiKerjaPersen), b: pct(r.pu.jhtPekerjaPersen) }))}
          {line(t('tarif.jp'), (r) => t('tarif.plus', { a: pct(r.pu.jpPemberiKerjaPersen), b: pct(r.pu.jpPekerjaPersen) }))}
          {line(t('tarif.jpBatasUpah'), (r) => formatRupiah(r.pu.jpBatasUpah))}
          {group(t('tarif.bpu'))}
          {line(t('tarif.bpuJkk'), (r) => t('tarif.bpuJkkValue', { persen: pct(r.bpu.jkkPersen), minimum: formatRupiah(r.bpu.jkkMinimum) }))}
          {line(t('tarif.bpuJkm'), (r) => formatRupiah(r.bpu.jkmTetap))}
          {line(t('tarif.bpuJht'), (r) => t('tarif.bpuJhtValue', { persen: pct(r.bpu.jhtPersen) }))}
          <tr>
            <th scope="row">{t('tarif.sumber')}</th>
            {periods.map((row) => (
              <td key={row.id} className="rate-source">
                {row.sumber}
              </td>
            ))}
          </tr>
        </tbody>
        <tfoot>
          <tr>
            <td />
            {periods.map((row) => (
              <td key={row.id} className="numeric">
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('tarif.edit', { date: tanggal(row.berlakuMulai) })}
                  onClick={() => onEdit(row)}
                  disabled={disabled}
                >
                  {t('common.edit')}
                </button>
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
