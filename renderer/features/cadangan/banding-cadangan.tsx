import { useTranslation } from 'react-i18next';
import { bundleSections } from '../../../shared/exchange/bundle-manifest';
import { formatAngka } from '../../../shared/format/format-date';
import type { PratinjauCadangan } from '../../cadangan/cadangan-service';

/** A restore's preview: the records per table in the backup beside what is on this laptop now, with the totals. */
export function BandingCadangan({ pratinjau }: { pratinjau: PratinjauCadangan }) {
  const { t, i18n } = useTranslation();
  const angka = (n: number) => formatAngka(n, i18n.language);
  const diCadangan = (s: string) => pratinjau.manifest.isi[s as keyof typeof pratinjau.manifest.isi]?.jumlah ?? 0;
  const diSini = (s: string) => pratinjau.diSini[s] ?? 0;
  const total = (of: (s: string) => number) => bundleSections.reduce((n, s) => n + of(s), 0);
  return (
    <table className="compare-table" aria-label={t('cadangan.pratinjauJudul', { waktu: '' })}>
      <thead>
        <tr>
          <th scope="col">{t('pertukaran.kolom.tabel')}</th>
          <th scope="col" className="numeric">
            {t('cadangan.kolomCadangan')}
          </th>
          <th scope="col" className="numeric">
            {t('cadangan.kolomSini')}
          </th>
        </tr>
      </thead>
      <tbody>
        {bundleSections.map((s) => (
          <tr key={s}>
            <th scope="row">{t(`pertukaran.tabel.${s}`)}</th>
            <td className="numeric">{angka(diCadangan(s))}</td>
            <td className="numeric">{angka(diSini(s))}</td>
          </tr>
        ))}
        <tr className="compare-total">
          <th scope="row">{t('pertukaran.total')}</th>
          <td className="numeric">{angka(total(diCadangan))}</td>
          <td className="numeric">{angka(total(diSini))}</td>
        </tr>
      </tbody>
    </table>
  );
}
