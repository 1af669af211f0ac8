import { useTranslation } from 'react-i18next';
import { bundleSections } from '../../../shared/exchange/bundle-manifest';
import { formatAngka } from '../../../shared/format/format-date';

/** Records per table of one file, in the bundle's order, with the total: what the receiving office compares. */
export function JumlahPerTabel({ jumlah }: { jumlah: Readonly<Record<string, number>> }) {
  const { t, i18n } = useTranslation();
  const angka = (n: number) => formatAngka(n, i18n.language);
  const total = bundleSections.reduce((n, s) => n + (jumlah[s] ?? 0), 0);
  return (
    <table className="compare-table">
      <thead>
        <tr>
          <th scope="col">{t('pertukaran.kolom.tabel')}</th>
          <th scope="col" className="numeric">
            {t('pertukaran.kolom.jumlah')}
          </th>
        </tr>
      </thead>
      <tbody>
        {bundleSections.map((s) => (
          <tr key={s}>
            <th scope="row">{t(`pertukaran.tabel.${s}`)}</th>
            <td className="numeric">{angka(jumlah[s] ?? 0)}</td>
          </tr>
        ))}
        <tr className="compare-total">
          <th scope="row">{t('pertukaran.total')}</th>
          <td className="numeric">{angka(total)}</td>
        </tr>
      </tbody>
    </table>
  );
}
