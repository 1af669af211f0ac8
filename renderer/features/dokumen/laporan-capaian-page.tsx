import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { namaBerkasPdf } from '../../../shared/cetak/nama-berkas';
import { formatAngka, formatTanggal, tanggalHariIni } from '../../../shared/format/format-date';
import { dasarPerjanjian } from '../../../shared/program/dasar-perjanjian';
import { useApp } from '../../app/app-context';
import { usePetugas } from '../../app/use-petugas';
import type { PerjanjianRecord } from '../../db/synced-records';
import { BlokTandaTangan } from '../cetak/blok-tanda-tangan';
import { DokumenPreview } from '../cetak/dokumen-preview';
import { KopSurat } from '../cetak/kop-surat';
import { useTeksDokumen } from '../cetak/use-teks-dokumen';
import { GrafikBatang, GrafikBulanan, WARNA, type Teks } from '../program/grafik-capaian';
import { formatPersen, labelPeriode, labelSegmen } from '../program/segmen-label';
import { useCapaianProgram } from '../program/use-capaian-program';
import { TandaTanganNama } from './dokumen-bagian';
import { DokumenMemuat } from './dokumen-memuat';
import type { TOptions } from 'i18next';
import type { Messages } from '../../i18n/id';

/** Rows of the appendix per target; a longer worklist is on the program's page. */
const LAMPIRAN_MAKS = 300;

/**
 * /program/:id/cetak: the Laporan Capaian Program for a meeting (A4, kop surat): the program, its *Dasar*, the
 * targets side by side (table and bars), then each target with its number, percentage and its own charts (target vs
 * achieved, and the cumulative achievement by month against the pace, with the months' numbers below), the worklist as an appendix, made by the officer on duty and
 * acknowledged by the head (*Mengetahui*), with *a.n.* when the signer set in Pengaturan signs on the head's behalf. Preview first,
 * then print or PDF, logged like every document. Always in Bahasa Indonesia, as official papers are.
 */
export default function LaporanCapaianPage() {
  const { t } = useTranslation();
  const teks = useTeksDokumen();
  const { id = '' } = useParams();
  const { perjanjian, koperasi, anggota, kegiatan } = useApp();
  const { petugas } = usePetugas();
  const loaded = useCapaianProgram(id);
  const extra = useLiveQuery(async () => {
    const p = loaded?.[0]?.program;
    if (!p) return undefined;
    const agreements = (await Promise.all(p.perjanjianIds.map((x) => perjanjian.get(x)))).filter((x): x is PerjanjianRecord => x !== undefined);
    const rows = loaded[0]!.targets.flatMap((x) => x.capaian.belum.slice(0, LAMPIRAN_MAKS));
    const [k, a, e] = await Promise.all([
      Promise.all([...new Set(rows.map((r) => r.koperasiId))].map((x) => koperasi.get(x))),
      Promise.all([...new Set(rows.flatMap((r) => (r.anggotaId ? [r.anggotaId] : [])))].map((x) => anggota.get(x))),
      Promise.all([...new Set(rows.flatMap((r) => (r.kegiatanId ? [r.kegiatanId] : [])))].map((x) => kegiatan.get(x))),
    ]);
    return {
      dasar: dasarPerjanjian(agreements),
      koperasi: new Map(k.flatMap((x) => (x ? [[x.id, x.nama] as const] : []))),
      anggota: new Map(a.flatMap((x) => (x ? [[x.id, x.nama] as const] : []))),
      kegiatan: new Map(e.flatMap((x) => (x ? [[x.id, x.judul] as const] : []))),
    };
  }, [loaded, perjanjian, koperasi, anggota, kegiatan]);
  const data = loaded === undefined || (loaded.length > 0 && extra === undefined) ? undefined : loaded.length === 0 ? null : { ...loaded[0]!, extra: extra! };
  const l = (key: keyof Messages['dokumen']['teks']['laporanCapaian'], values?: TOptions) => teks(`dokumen.teks.laporanCapaian.${key}`, values);
  const n = (v: number) => formatAngka(v, 'id');
  const today = tanggalHariIni();

  return (
    <DokumenMemuat judul={t('cetak.jenis.laporan_capaian')} data={data}>
      {(d) => (
        <DokumenPreview
          jenis="laporan_capaian"
          judul={t('dokumen.judul.laporanCapaian', { nama: d.program.nama })}
          refId={d.program.id}
          namaBerkas={namaBerkasPdf(teks('dokumen.teks.berkas.laporanCapaian'), d.program.nama, today)}
        >
          <div className="dok-laporan-capaian">
            <KopSurat />
            <h1 className="dok-judul">{l('judul')}</h1>
            <p className="dok-subjudul">{d.program.nama}</p>
            {d.extra.dasar.length > 0 && (
              <p className="dok-dasar">
                {teks('dokumen.teks.beritaAcara.dasar')}: {d.extra.dasar.join('; ')}.
              </p>
            )}
            <p>
              {l('aturan')}: {teks(`program.options.aturan.${d.program.aturan}`)}. {l('keadaan', { tanggal: formatTanggal(today, 'id') })}.
            </p>
            <h2 className="dok-bagian">{l('ringkasan')}</h2>
            <table className="dok-tabel">
              <thead>
                <tr>
                  <th>{l('no')}</th>
                  <th>{l('segmen')}</th>
                  <th>{l('periode')}</th>
                  <th>{l('target')}</th>
                  <th>{l('tercapai')}</th>
                  <th>{l('persen')}</th>
                </tr>
              </thead>
              <tbody>
                {d.targets.map((x, i) => (
                  <tr key={x.target.id}>
                    <td>{i + 1}</td>
                    <td>{labelSegmen(teks, x.target)}</td>
                    <td>{labelPeriode(teks, 'id', x.target)}</td>
                    <td className="numeric">
                      {n(x.capaian.target)} {teks(`program.options.satuan.${x.capaian.satuan}`)}
                    </td>
                    <td className="numeric">{n(x.capaian.tercapai)}</td>
                    <td className="numeric">{formatPersen(x.capaian.persen, 'id')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {/* All targets side by side; with one target its own chart below says the same. */}
            {d.targets.length > 1 && (
              <figure className="dok-grafik">
                <figcaption>{l('grafik')}</figcaption>
                <BarChart
                  width={620}
                  height={200}
                  data={d.targets.map((x) => ({ segmen: labelSegmen(teks, x.target), target: x.capaian.target, tercapai: x.capaian.tercapai }))}
                >
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="segmen" tick={{ fontSize: 10 }} interval={0} />
                  <YAxis allowDecimals={false} tick={{ fontSize: 10 }} width={36} />
                  <Legend />
                  <Bar dataKey="target" name={l('target')} fill={WARNA.target} isAnimationActive={false} />
                  <Bar dataKey="tercapai" name={l('tercapai')} fill={WARNA.tercapai} isAnimationActive={false} />
                </BarChart>
              </figure>
            )}
            {d.targets.map((x, i) => (
              <section key={x.target.id} className="dok-target">
                <h3 className="dok-subbagian">
                  {l('targetKe', {
                    no: i + 1,
                    segmen: labelSegmen(teks, x.target),
                    periode: labelPeriode(teks, 'id', x.target),
                    tercapai: n(x.capaian.tercapai),
                    target: n(x.capaian.target),
                    satuan: teks(`program.options.satuan.${x.capaian.satuan}`),
                    persen: formatPersen(x.capaian.persen, 'id'),
                  })}
                </h3>
                <div className="dok-grafik-target">
                  <GrafikBatang
                    t={teks as Teks}
                    locale="id"
                    judul={l('grafikTarget')}
                    judulTabel={l('grafikTarget')}
                    tanpaTabel
                    rows={[{ segmen: labelSegmen(teks, x.target), target: x.capaian.target, tercapai: x.capaian.tercapai, persen: x.capaian.persen }]}
                    size={{ width: 190, height: 170 }}
                    tableClass="dok-tabel"
                  />
                  <GrafikBulanan
                    t={teks as Teks}
                    locale="id"
                    judul={l('grafikBulanan')}
                    judulTabel={l('grafikBulanan')}
                    bulanan={x.capaian.bulanan}
                    hariIni={today}
                    size={{ width: 430, height: 170 }}
                    tableClass="dok-tabel dok-tabel-bulanan"
                    susun="kolom"
                  />
                </div>
              </section>
            ))}
            <div className="blok-ttd-berjajar">
              <TandaTanganNama atas="" label={l('pembuat')} nama={petugas} />
              <BlokTandaTangan tanggal={today} mengetahui />
            </div>
            <h2 className="dok-bagian dok-halaman-baru">{l('lampiran')}</h2>
            {d.targets.every((x) => x.capaian.belum.length === 0) && <p>{l('tidakAdaLampiran')}</p>}
            {d.targets
              .filter((x) => x.capaian.belum.length > 0)
              .map((x) => (
                <section key={x.target.id}>
                  <h3 className="dok-subbagian">
                    {l('lampiranTarget', { segmen: `${labelSegmen(teks, x.target)} (${labelPeriode(teks, 'id', x.target)})`, count: x.capaian.belum.length })}
                  </h3>
                  <table className="dok-tabel">
                    <thead>
                      <tr>
                        <th>{l('no')}</th>
                        <th>{l('koperasi')}</th>
                        {x.capaian.satuan === 'orang' && <th>{l('orang')}</th>}
                        <th>{l('tahap')}</th>
                        <th>{l('kegiatan')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {x.capaian.belum.slice(0, LAMPIRAN_MAKS).map((b, i) => (
                        <tr key={`${b.koperasiId}-${b.anggotaId ?? ''}`}>
                          <td>{i + 1}</td>
                          <td>{d.extra.koperasi.get(b.koperasiId) ?? ''}</td>
                          {x.capaian.satuan === 'orang' && <td>{b.anggotaId ? (d.extra.anggota.get(b.anggotaId) ?? '') : ''}</td>}
                          <td>{teks(`program.options.tahap.${b.tahap}`)}</td>
                          <td>{b.kegiatanId ? (d.extra.kegiatan.get(b.kegiatanId) ?? '') : '—'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </section>
              ))}
          </div>
        </DokumenPreview>
      )}
    </DokumenMemuat>
  );
}
