import { useTranslation } from 'react-i18next';
import { bundleSections } from '../../../shared/exchange/bundle-manifest';
import { formatAngka } from '../../../shared/format/format-date';
import type { ImportCounts } from '../../db/import-counts';

const kolom = ['baru', 'diperbarui', 'sama', 'konflik'] as const;

/**
 * Per table: the records the file says it holds (its manifest) beside what the merge does with them here. The
 * preview shows it before anything changes; the summary repeats it with the processed count, so the sending and
 * the receiving side can compare the same totals.
 */
export function HitunganImpor({
  caption,
  jumlahBerkas,
  counts,
  diproses,
}: {
  caption: string;
  jumlahBerkas: Readonly<Record<string, number>>;
  counts: ImportCounts;
  diproses: boolean;
}) {
  const { t, i18n } = useTranslation();
  const angka = (n: number) => formatAngka(n, i18n.language);
  const total = (pick: (s: string) => number | undefined) => bundleSections.reduce((n, s) => n + (pick(s) ?? 0), 0);
  const per = (s: string) => counts.perTabel[s];
  const processed = (s: string) => {
    const c = per(s);
    return c ? c.baru + c.diperbarui + c.sama : undefined;
  };
  const cell = (n: number | undefined) => <td className="numeric">{n === undefined ? t('common.notSet') : angka(n)}</td>;
  return (
    <table className="compare-table hitungan-impor">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('pertukaran.kolom.tabel')}</th>
          <th scope="col" className="numeric">
            {t('pertukaran.kolom.berkas')}
          </th>
          {diproses && (
            <th scope="col" className="numeric">
              {t('pertukaran.kolom.diproses')}
            </th>
          )}
          {kolom.map((k) => (
            <th key={k} scope="col" className="numeric">
              {t(`pertukaran.kolom.${k}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {bundleSections.map((s) => (
          <tr key={s}>
            <th scope="row">{t(`pertukaran.tabel.${s}`)}</th>
            {cell(jumlahBerkas[s] ?? 0)}
            {diproses && cell(processed(s))}
            {kolom.map((k) => (
              <td key={k} className="numeric">
                {per(s) ? angka(per(s)![k]) : t('common.notSet')}
              </td>
            ))}
          </tr>
        ))}
        <tr className="compare-total">
          <th scope="row">{t('pertukaran.total')}</th>
          {cell(total((s) => jumlahBerkas[s]))}
          {diproses && cell(total(processed))}
          {kolom.map((k) => (
            <td key={k} className="numeric">
              {angka(counts[k])}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
