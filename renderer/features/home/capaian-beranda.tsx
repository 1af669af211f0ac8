import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatAngka, tanggalHariIni } from '../../../shared/format/format-date';
import { tahapUrut, type CapaianTarget } from '../../../shared/program/hitung-capaian';
import { nomorPerjanjian } from '../../../shared/program/perjanjian-schema';
import { programBpjs } from '../../../shared/program/program-schema';
import { useApp } from '../../app/app-context';
import { GrafikBatang, GrafikBulanan, GrafikCorong, type Teks } from '../program/grafik-capaian';
import { formatPersen, labelPeriode, labelSegmen } from '../program/segmen-label';
import { useCapaianProgram, type ProgramDenganCapaian, type TargetDenganCapaian } from '../program/use-capaian-program';
import { kelompokkanPerPerjanjian, type KelompokPerjanjian as Kelompok } from './kelompok-perjanjian';

const UKURAN = { width: 320, height: 240 } as const;

/**
 * The head of office's view on the Beranda: grouped by agreement, per active program the targets of the period
 * running today (else the latest), as bars of target vs achieved per segment, a line of cumulative achievement by
 * month against the straight-line pace, and for BPJS programs the enrollment funnel. Charts are SVG (recharts), so
 * they print sharp and need no CSP relaxation; every chart has its numbers in a table below it. Loaded as its own
 * chunk, so the app's start does not pay for the chart library.
 */
export default function CapaianBeranda() {
  const { t } = useTranslation();
  const { perjanjian } = useApp();
  const programs = useCapaianProgram();
  const agreements = useLiveQuery(() => perjanjian.list(), [perjanjian]);
  if (programs === undefined || agreements === undefined) return <p>{t('common.loading')}</p>;
  const shown = programs.filter((p) => p.program.aktif && p.targets.length > 0);
  return (
    <section className="capaian-beranda" aria-labelledby="capaian-beranda-heading">
      <h2 id="capaian-beranda-heading">{t('program.beranda.title')}</h2>
      {shown.length === 0 && <p className="muted">{t('program.beranda.kosong')}</p>}
      {kelompokkanPerPerjanjian(shown, agreements).map((g) => (
        <BagianPerjanjian key={g.key} group={g} />
      ))}
    </section>
  );
}

function BagianPerjanjian({ group }: { group: Kelompok }) {
  const { t } = useTranslation();
  const id = `perjanjian-${group.key.replace(/[^a-zA-Z0-9-]/g, '') || 'tanpa'}`;
  return (
    <section className="kelompok-perjanjian" aria-labelledby={id}>
      <h3 id={id}>
        {group.perjanjian.length === 0
          ? t('program.beranda.tanpaPerjanjian')
          : group.perjanjian.map((a, i) => (
              <span key={a.id}>
                {i > 0 && '; '}
                <Link to={`/perjanjian/${a.id}`}>{a.judul}</Link> <span className="muted">({nomorPerjanjian(a).join(', ')})</span>
              </span>
            ))}
      </h3>
      {group.programs.map((p) => (
        <ProgramGrafik key={p.program.id} data={p} />
      ))}
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
  const corong = Object.fromEntries(
    tahapUrut.slice(1).map((k) => [k, rows.reduce((s, r) => s + r.capaian.corong[k as keyof CapaianTarget['corong']], 0)]),
  ) as CapaianTarget['corong'];
  return { bulanan, corong };
}

function ProgramGrafik({ data }: { data: ProgramDenganCapaian }) {
  const { t: tr, i18n } = useTranslation();
  const t = tr as Teks;
  const locale = i18n.language;
  const n = (v: number) => formatAngka(v, locale);
  const rows = targetsPeriodeIni(data.targets);
  const { bulanan, corong } = jumlahkan(rows);
  const satuan = t(`program.options.satuan.${rows[0]!.capaian.satuan}`);
  const batang = rows.map((r) => ({ segmen: labelSegmen(tr, r.target), target: r.capaian.target, tercapai: r.capaian.tercapai, persen: r.capaian.persen }));
  const total = rows.reduce((s, r) => s + r.capaian.tercapai, 0);
  const target = rows.reduce((s, r) => s + r.capaian.target, 0);
  const headingId = `beranda-program-${data.program.id}`;
  return (
    <div className="card grafik" role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>
        <Link to={`/program/${data.program.id}`}>{data.program.nama}</Link> · {labelPeriode(tr, locale, rows[0]!.target)}
      </h4>
      <p className="capaian-angka">
        <strong>
          {t('program.capaianRingkas', {
            tercapai: n(total),
            target: n(target),
            satuan,
            persen: formatPersen(target > 0 ? Math.floor((total * 1000) / target) / 10 : 0, locale),
          })}
        </strong>
      </p>
      <div className="grafik-grid">
        <GrafikBatang
          t={t}
          locale={locale}
          judul={t('program.beranda.batangJudul')}
          judulTabel={t('program.beranda.tabelBatang')}
          rows={batang}
          size={UKURAN}
          tableClass="compare-table"
        />
        <GrafikBulanan
          t={t}
          locale={locale}
          judul={t('program.beranda.garisJudul')}
          judulTabel={t('program.beranda.tabelGaris')}
          bulanan={bulanan}
          hariIni={tanggalHariIni()}
          size={UKURAN}
          tableClass="compare-table"
          susun="baris"
        />
        {programBpjs(data.program) && (
          <GrafikCorong
            t={t}
            locale={locale}
            judul={t('program.beranda.corongJudul')}
            judulTabel={t('program.beranda.tabelCorong')}
            corong={corong}
            size={UKURAN}
            tableClass="compare-table"
          />
        )}
      </div>
      <p>
        <Link to={`/program/${data.program.id}`}>{t('program.beranda.buka')}</Link>
      </p>
    </div>
  );
}
