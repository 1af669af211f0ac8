import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, XAxis, YAxis } from 'recharts';
import { formatAngka } from '../../../shared/format/format-date';
import { tahapUrut, type CapaianTarget } from '../../../shared/program/hitung-capaian';
import { formatPersen } from './segmen-label';

/**
 * The achievement charts, shared by the Beranda, a program's page and the printed Laporan Capaian Program, each a
 * recharts SVG (sharp on paper, no CSP relaxation) with its numbers in a table below it as the text alternative.
 * They take the translation function as a prop: the screens pass the user's language, the printed report always
 * Bahasa Indonesia (useTeksDokumen). This module pulls in recharts, so it is only ever loaded lazily.
 */
export type Teks = (key: string, values?: Record<string, unknown>) => string;

export const WARNA = { target: '#9aa8a6', tercapai: '#1f6f5c', laju: '#a15c00' } as const;

const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'id-ID');

/** "Jan", "Feb" … of a "YYYY-MM" month, in the given language. */
export const labelBulan = (bulan: string, locale: string) => new Date(`${bulan}-15T00:00:00`).toLocaleDateString(intlLocale(locale), { month: 'short' });

export interface BarisBatang {
  readonly segmen: string;
  readonly target: number;
  readonly tercapai: number;
  readonly persen: number;
}

interface Ukuran {
  readonly width: number;
  readonly height: number;
}

/** Target vs achieved per segment, as bars, and the same numbers in a table. */
export function GrafikBatang({
  t,
  locale,
  judul,
  judulTabel,
  rows,
  size,
  tableClass,
  tanpaTabel = false,
}: {
  t: Teks;
  locale: string;
  judul: string;
  judulTabel: string;
  rows: readonly BarisBatang[];
  size: Ukuran;
  tableClass: string;
  /** On paper, where the numbers are printed right beside the chart already. */
  tanpaTabel?: boolean;
}) {
  const n = (v: number) => formatAngka(v, locale);
  return (
    <figure className="grafik-figure">
      <figcaption>{judul}</figcaption>
      <BarChart width={size.width} height={size.height} data={rows as BarisBatang[]} role="img" aria-label={judul}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="segmen" tick={{ fontSize: 11 }} interval={0} />
        <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={40} />
        <Legend />
        <Bar dataKey="target" name={t('program.beranda.target')} fill={WARNA.target} isAnimationActive={false} />
        <Bar dataKey="tercapai" name={t('program.beranda.tercapai')} fill={WARNA.tercapai} isAnimationActive={false} />
      </BarChart>
      {!tanpaTabel && (
        <table className={tableClass} aria-label={judulTabel}>
          <thead>
            <tr>
              <th scope="col">{t('program.kolom.segmen')}</th>
              <th scope="col" className="numeric">
                {t('program.beranda.target')}
              </th>
              <th scope="col" className="numeric">
                {t('program.beranda.tercapai')}
              </th>
              <th scope="col" className="numeric">
                %
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((b) => (
              <tr key={b.segmen}>
                <th scope="row">{b.segmen}</th>
                <td className="numeric">{n(b.target)}</td>
                <td className="numeric">{n(b.tercapai)}</td>
                <td className="numeric">{formatPersen(b.persen, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}

/**
 * Cumulative achievement by month against the straight-line pace to the target, and the same numbers in a table:
 * months down the side on screen (`susun="baris"`), across the page on paper (`susun="kolom"`, one short table).
 * Months after `hariIni`'s have no achievement yet ("—").
 */
export function GrafikBulanan({
  t,
  locale,
  judul,
  judulTabel,
  bulanan,
  hariIni,
  size,
  tableClass,
  susun,
}: {
  t: Teks;
  locale: string;
  judul: string;
  judulTabel: string;
  bulanan: CapaianTarget['bulanan'];
  hariIni: string;
  size: Ukuran;
  tableClass: string;
  susun: 'baris' | 'kolom';
}) {
  const n = (v: number | null) => (v === null ? '—' : formatAngka(v, locale));
  const laju = (v: number) => v.toLocaleString(intlLocale(locale), { maximumFractionDigits: 1 });
  // Months still to come have a pace but no achievement yet: the line stops at this month instead of running flat.
  const bulanIni = hariIni.slice(0, 7);
  const garis = bulanan.map((b) => ({ ...b, kumulatif: b.bulan > bulanIni ? null : b.kumulatif, label: labelBulan(b.bulan, locale) }));
  const tahunBeda = new Set(bulanan.map((b) => b.bulan.slice(0, 4))).size > 1;
  const namaBulan = (g: (typeof garis)[number]) => (tahunBeda || susun === 'baris' ? `${g.label} ${g.bulan.slice(0, 4)}` : g.label);
  return (
    <figure className="grafik-figure">
      <figcaption>{judul}</figcaption>
      <LineChart width={size.width} height={size.height} data={garis} role="img" aria-label={judul}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={40} />
        <Legend />
        <Line
          type="stepAfter"
          dataKey="kumulatif"
          name={t('program.beranda.tercapai')}
          stroke={WARNA.tercapai}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        <Line type="linear" dataKey="laju" name={t('program.beranda.laju')} stroke={WARNA.laju} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
      </LineChart>
      {susun === 'baris' ? (
        <details>
          <summary>{judulTabel}</summary>
          <table className={tableClass} aria-label={judulTabel}>
            <thead>
              <tr>
                <th scope="col">{t('program.kolom.bulan')}</th>
                <th scope="col" className="numeric">
                  {t('program.kolom.kumulatif')}
                </th>
                <th scope="col" className="numeric">
                  {t('program.kolom.laju')}
                </th>
              </tr>
            </thead>
            <tbody>
              {garis.map((g) => (
                <tr key={g.bulan}>
                  <th scope="row">{namaBulan(g)}</th>
                  <td className="numeric">{n(g.kumulatif)}</td>
                  <td className="numeric">{laju(g.laju)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : (
        // Twelve months to a table, so a period longer than a year still fits the page's width.
        Array.from({ length: Math.ceil(garis.length / 12) }, (_, i) => garis.slice(i * 12, i * 12 + 12)).map((bagian) => (
          <table key={bagian[0]!.bulan} className={tableClass} aria-label={judulTabel}>
            <thead>
              <tr>
                <th scope="col">{t('program.kolom.bulan')}</th>
                {bagian.map((g) => (
                  <th scope="col" key={g.bulan} className="numeric">
                    {namaBulan(g)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('program.kolom.kumulatif')}</th>
                {bagian.map((g) => (
                  <td key={g.bulan} className="numeric">
                    {n(g.kumulatif)}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('program.kolom.laju')}</th>
                {bagian.map((g) => (
                  <td key={g.bulan} className="numeric">
                    {laju(g.laju)}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        ))
      )}
    </figure>
  );
}

/** The enrollment funnel, diundang → terdaftar: distinct people at or past each step, and the same in a table. */
export function GrafikCorong({
  t,
  locale,
  judul,
  judulTabel,
  corong,
  size,
  tableClass,
}: {
  t: Teks;
  locale: string;
  judul: string;
  judulTabel: string;
  corong: CapaianTarget['corong'];
  size: Ukuran;
  tableClass: string;
}) {
  const n = (v: number) => formatAngka(v, locale);
  const rows = tahapUrut.slice(1).map((k) => ({ langkah: t(`program.options.tahap.${k}`), jumlah: corong[k as keyof typeof corong] }));
  return (
    <figure className="grafik-figure">
      <figcaption>{judul}</figcaption>
      <BarChart width={size.width} height={size.height} data={rows} layout="vertical" role="img" aria-label={judul}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
        <YAxis type="category" dataKey="langkah" width={120} tick={{ fontSize: 11 }} />
        <Bar dataKey="jumlah" name={t('program.kolom.jumlah')} fill={WARNA.tercapai} isAnimationActive={false} />
      </BarChart>
      <table className={tableClass} aria-label={judulTabel}>
        <thead>
          <tr>
            <th scope="col">{t('program.kolom.langkah')}</th>
            <th scope="col" className="numeric">
              {t('program.kolom.jumlah')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.langkah}>
              <th scope="row">{c.langkah}</th>
              <td className="numeric">{n(c.jumlah)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
