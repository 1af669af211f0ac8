import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, XAxis, YAxis } from 'recharts';
import { formatAngka, tanggalHariIni } from '../../../shared/format/format-date';
import { tahapUrut, type CapaianTarget } from '../../../shared/program/hitung-capaian';
import { programBpjs } from '../../../shared/program/program-schema';
import { formatPersen, labelPeriode, labelSegmen } from '../program/segmen-label';
import { useCapaianProgram, type ProgramDenganCapaian, type TargetDenganCapaian } from '../program/use-capaian-program';

const WARNA = { target: '#b9c6c4', tercapai: '#1f6f5c', laju: '#a15c00' } as const;
const LEBAR = 320;
const TINGGI = 240;

/**
 * The head of office's view on the Beranda: per active program, the targets of the period running today (else the
 * latest), as bars of target vs achieved per segment, a line of cumulative achievement by month against the
 * straight-line pace, and for BPJS programs the enrollment funnel. Charts are SVG (recharts), so they print sharp
 * and need no CSP relaxation; every chart has its numbers in a table below it. Loaded as its own chunk, so the
 * app's start does not pay for the chart library.
 */
export default function CapaianBeranda() {
  const { t } = useTranslation();
  const programs = useCapaianProgram();
  if (programs === undefined) return <p>{t('common.loading')}</p>;
  const shown = programs.filter((p) => p.program.aktif && p.targets.length > 0);
  return (
    <section className="capaian-beranda" aria-labelledby="capaian-beranda-heading">
      <h2 id="capaian-beranda-heading">{t('program.beranda.title')}</h2>
      {shown.length === 0 && <p className="muted">{t('program.beranda.kosong')}</p>}
      {shown.map((p) => <ProgramGrafik key={p.program.id} data={p} />)}
    </section>
  );
}

/** The targets of one period: the one running today, else the latest that started. */
function targetsPeriodeIni(targets: readonly TargetDenganCapaian[]): TargetDenganCapaian[] {
  const today = tanggalHariIni();
  const running = targets.filter((x) => x.target.mulai <= today && today <= x.target.sampai);
  const pool = running.length > 0 ? running : targets;
  const first = [...pool].sort((a, b) => (a.target.mulai < b.target.mulai ? 1 : -1))[0]!;
  return pool.filter((x) => x.target.mulai === first.target.mulai && x.target.sampai === first.target.sampai);
}

/** The month-by-month curve and the funnel of several segments of one period, added up. */
function jumlahkan(rows: readonly TargetDenganCapaian[]): Pick<CapaianTarget, 'bulanan' | 'corong'> {
  const bulanan = rows[0]!.capaian.bulanan.map((b, i) => ({
    bulan: b.bulan,
    kumulatif: rows.reduce((s, r) => s + (r.capaian.bulanan[i]?.kumulatif ?? 0), 0),
    laju: Math.round(rows.reduce((s, r) => s + (r.capaian.bulanan[i]?.laju ?? 0), 0) * 10) / 10,
  }));
  const corong = Object.fromEntries(tahapUrut.slice(1).map((k) => [k, rows.reduce((s, r) => s + r.capaian.corong[k as keyof CapaianTarget['corong']], 0)])) as CapaianTarget['corong'];
  return { bulanan, corong };
}

function ProgramGrafik({ data }: { data: ProgramDenganCapaian }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatAngka(v, i18n.language);
  const rows = targetsPeriodeIni(data.targets);
  const { bulanan, corong } = jumlahkan(rows);
  const satuan = t(`program.options.satuan.${rows[0]!.capaian.satuan}`);
  const batang = rows.map((r) => ({ segmen: labelSegmen(t, r.target), target: r.capaian.target, tercapai: r.capaian.tercapai, persen: r.capaian.persen }));
  const bulanLabel = (bulan: string) => new Date(`${bulan}-15T00:00:00`).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'id-ID', { month: 'short' });
  const garis = bulanan.map((b) => ({ ...b, label: bulanLabel(b.bulan) }));
  const corongRows = tahapUrut.slice(1).map((k) => ({ langkah: t(`program.options.tahap.${k}`), jumlah: corong[k as keyof typeof corong] }));
  const total = rows.reduce((s, r) => s + r.capaian.tercapai, 0);
  const target = rows.reduce((s, r) => s + r.capaian.target, 0);
  return (
    <div className="card grafik">
      <h3>
        <Link to={`/program/${data.program.id}`}>{data.program.nama}</Link> · {labelPeriode(t, i18n.language, rows[0]!.target)}
      </h3>
      <p className="capaian-angka">
        <strong>{t('program.capaianRingkas', { tercapai: n(total), target: n(target), satuan, persen: formatPersen(target > 0 ? Math.floor((total * 1000) / target) / 10 : 0, i18n.language) })}</strong>
      </p>
      <div className="grafik-grid">
        <figure>
          <figcaption>{t('program.beranda.batangJudul')}</figcaption>
          <BarChart width={LEBAR} height={TINGGI} data={batang} role="img" aria-label={t('program.beranda.batangJudul')}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="segmen" tick={{ fontSize: 11 }} interval={0} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={40} />
            <Legend />
            <Bar dataKey="target" name={t('program.beranda.target')} fill={WARNA.target} isAnimationActive={false} />
            <Bar dataKey="tercapai" name={t('program.beranda.tercapai')} fill={WARNA.tercapai} isAnimationActive={false} />
          </BarChart>
          <table className="compare-table" aria-label={t('program.beranda.tabelBatang')}>
            <thead><tr><th scope="col">{t('program.kolom.segmen')}</th><th scope="col" className="numeric">{t('program.beranda.target')}</th><th scope="col" className="numeric">{t('program.beranda.tercapai')}</th><th scope="col" className="numeric">%</th></tr></thead>
            <tbody>
              {batang.map((b) => (
                <tr key={b.segmen}><th scope="row">{b.segmen}</th><td className="numeric">{n(b.target)}</td><td className="numeric">{n(b.tercapai)}</td><td className="numeric">{formatPersen(b.persen, i18n.language)}</td></tr>
              ))}
            </tbody>
          </table>
        </figure>
        <figure>
          <figcaption>{t('program.beranda.garisJudul')}</figcaption>
          <LineChart width={LEBAR} height={TINGGI} data={garis} role="img" aria-label={t('program.beranda.garisJudul')}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={40} />
            <Legend />
            <Line type="stepAfter" dataKey="kumulatif" name={t('program.beranda.tercapai')} stroke={WARNA.tercapai} strokeWidth={2} dot={false} isAnimationActive={false} />
            <Line type="linear" dataKey="laju" name={t('program.beranda.laju')} stroke={WARNA.laju} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
          </LineChart>
          <details>
            <summary>{t('program.beranda.tabelGaris')}</summary>
            <table className="compare-table" aria-label={t('program.beranda.tabelGaris')}>
              <thead><tr><th scope="col">{t('program.kolom.bulan')}</th><th scope="col" className="numeric">{t('program.kolom.kumulatif')}</th><th scope="col" className="numeric">{t('program.kolom.laju')}</th></tr></thead>
              <tbody>
                {garis.map((g) => <tr key={g.bulan}><th scope="row">{g.label} {g.bulan.slice(0, 4)}</th><td className="numeric">{n(g.kumulatif)}</td><td className="numeric">{g.laju.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID')}</td></tr>)}
              </tbody>
            </table>
          </details>
        </figure>
        {programBpjs(data.program) && (
          <figure>
            <figcaption>{t('program.beranda.corongJudul')}</figcaption>
            <BarChart width={LEBAR} height={TINGGI} data={corongRows} layout="vertical" role="img" aria-label={t('program.beranda.corongJudul')}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
              <YAxis type="category" dataKey="langkah" width={120} tick={{ fontSize: 11 }} />
              <Bar dataKey="jumlah" name={t('program.kolom.jumlah')} fill={WARNA.tercapai} isAnimationActive={false} />
            </BarChart>
            <table className="compare-table" aria-label={t('program.beranda.tabelCorong')}>
              <thead><tr><th scope="col">{t('program.kolom.langkah')}</th><th scope="col" className="numeric">{t('program.kolom.jumlah')}</th></tr></thead>
              <tbody>{corongRows.map((c) => <tr key={c.langkah}><th scope="row">{c.langkah}</th><td className="numeric">{n(c.jumlah)}</td></tr>)}</tbody>
            </table>
          </figure>
        )}
      </div>
      <p><Link to={`/program/${data.program.id}`}>{t('program.beranda.buka')}</Link></p>
    </div>
  );
}
