import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatAngka, formatTanggal } from '../../../shared/format/format-date';
import type { CapaianTarget } from '../../../shared/program/hitung-capaian';
import { useApp } from '../../app/app-context';
import type { ProgramRecord } from '../../db/synced-records';
import { formatPersen } from './segmen-label';

/** Rows of a list shown at once; a district's worklist can hold hundreds of cooperatives. */
const SHOWN = 200;

/**
 * One target's progress: achieved of target with the percentage and a bar, then the worklist (who does not count
 * yet, furthest along first, each with where it stands and the event that got it there, linked) and who counts.
 * `grafik` (the target's charts) goes right under the figures, above the lists that can run long.
 */
export function CapaianTargetView({ program, capaian, grafik }: { program: ProgramRecord; capaian: CapaianTarget; grafik?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { koperasi, anggota, kegiatan } = useApp();
  const n = (v: number) => formatAngka(v, i18n.language);
  const belum = capaian.belum.slice(0, SHOWN);
  const memenuhi = capaian.memenuhi.slice(0, SHOWN);
  const names = useLiveQuery(async () => {
    const koperasiIds = [...new Set([...belum.map((b) => b.koperasiId), ...memenuhi.map((m) => m.koperasiId)])];
    const anggotaIds = [
      ...new Set([...belum.flatMap((b) => (b.anggotaId ? [b.anggotaId] : [])), ...(capaian.satuan === 'orang' ? memenuhi.map((m) => m.id) : [])]),
    ];
    const kegiatanIds = [...new Set(belum.flatMap((b) => (b.kegiatanId ? [b.kegiatanId] : [])))];
    const [k, a, e] = await Promise.all([
      Promise.all(koperasiIds.map((id) => koperasi.get(id))),
      Promise.all(anggotaIds.map((id) => anggota.get(id))),
      Promise.all(kegiatanIds.map((id) => kegiatan.get(id))),
    ]);
    return {
      koperasi: new Map(k.flatMap((x) => (x ? [[x.id, x.nama] as const] : []))),
      anggota: new Map(a.flatMap((x) => (x ? [[x.id, x.nama] as const] : []))),
      kegiatan: new Map(e.flatMap((x) => (x ? [[x.id, x.judul] as const] : []))),
    };
  }, [koperasi, anggota, kegiatan, capaian]);
  const persen = formatPersen(capaian.persen, i18n.language);
  const satuan = t(`program.options.satuan.${capaian.satuan}`);
  return (
    <div className="capaian-target">
      <p className="capaian-angka">
        <strong>{t('program.capaianRingkas', { tercapai: n(capaian.tercapai), target: n(capaian.target), satuan, persen })}</strong>
      </p>
      <div className="capaian-bar" role="img" aria-label={persen}>
        <span style={{ width: `${Math.min(100, capaian.persen)}%` }} />
      </div>
      {grafik}
      <details open={capaian.belum.length > 0} className="worklist">
        <summary>{t('program.belumTitle', { count: capaian.belum.length })}</summary>
        {capaian.belum.length === 0 ? (
          <p className="muted">{t('program.belumKosong')}</p>
        ) : (
          <table className="compare-table wide-table" aria-label={t('program.belumTitle', { count: capaian.belum.length })}>
            <thead>
              <tr>
                <th scope="col">{t('program.kolom.koperasi')}</th>
                {capaian.satuan === 'orang' && <th scope="col">{t('program.kolom.orang')}</th>}
                <th scope="col">{t('program.kolom.tahap')}</th>
                <th scope="col">{t('program.kolom.kegiatan')}</th>
                {program.aturan === 'koperasi_bpjs' && program.minimumTerdaftar > 0 && (
                  <th scope="col" className="numeric">
                    {t('program.kolom.terdaftar')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {belum.map((b) => (
                <tr key={`${b.koperasiId}-${b.anggotaId ?? ''}`}>
                  <th scope="row">
                    <Link to={`/koperasi/${b.koperasiId}`}>{names?.koperasi.get(b.koperasiId) ?? '…'}</Link>
                  </th>
                  {capaian.satuan === 'orang' && <td>{b.anggotaId && <Link to={`/anggota/${b.anggotaId}`}>{names?.anggota.get(b.anggotaId) ?? '…'}</Link>}</td>}
                  <td>
                    <span className={`badge badge-tahap-${b.tahap}`}>{t(`program.options.tahap.${b.tahap}`)}</span>
                  </td>
                  <td>{b.kegiatanId ? <Link to={`/kegiatan/${b.kegiatanId}`}>{names?.kegiatan.get(b.kegiatanId) ?? '…'}</Link> : '—'}</td>
                  {program.aturan === 'koperasi_bpjs' && program.minimumTerdaftar > 0 && (
                    <td className="numeric">{t('program.terdaftarDari', { n: n(b.terdaftar), min: n(program.minimumTerdaftar) })}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {capaian.belum.length > SHOWN && <p className="muted">+{n(capaian.belum.length - SHOWN)}</p>}
      </details>
      <details className="counted-list">
        <summary>{t('program.memenuhiTitle', { count: capaian.tercapai })}</summary>
        <ul className="link-list">
          {memenuhi.map((m) => (
            <li key={m.id}>
              {capaian.satuan === 'orang' ? (
                <Link to={`/anggota/${m.id}`}>{names?.anggota.get(m.id) ?? '…'}</Link>
              ) : (
                <Link to={`/koperasi/${m.id}`}>{names?.koperasi.get(m.id) ?? '…'}</Link>
              )}
              <span className="muted"> — {formatTanggal(m.tanggal, i18n.language)}</span>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
