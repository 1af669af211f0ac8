import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAngka } from '../../../shared/format/format-date';
import { namaLembar } from '../../../shared/laporan-pusat/lembar';
import { NikLengkapPilihan } from './nik-lengkap-pilihan';
import { ProgresLaporanView } from './progres-laporan';
import { useLaporanPusat } from './use-laporan-pusat';
import { useContohWilayah } from '../../regions/use-contoh-wilayah';

/** Outcomes take the focus when they appear, so the officer hears what happened; module-level, so only on mount. */
const fokus = (el: HTMLElement | null) => el?.focus();

/**
 * Laporan Pusat: the XLSX workbook the district office sends the central office (Koperasi, Peserta, Kegiatan,
 * Kehadiran, Capaian). Says what is in it and for whom, offers full NIKs only behind a warning and a confirmation,
 * makes it off the UI thread with progress, and says where it was saved or why not.
 */
export function LaporanPusatSection() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { keadaan, buat, siap } = useLaporanPusat();
  const [nikLengkap, setNikLengkap] = useState(false);
  const contoh = useContohWilayah();
  const bekerja = keadaan.tahap === 'bekerja';
  const n = (v: number) => formatAngka(v, i18n.language);

  return (
    <section aria-labelledby={`${id}-judul`}>
      <h2 id={`${id}-judul`}>{t('laporanPusat.judul')}</h2>
      <p className="lead">{t('laporanPusat.intro')}</p>
      <h3 id={`${id}-isi`}>{t('laporanPusat.isiJudul')}</h3>
      <ul aria-labelledby={`${id}-isi`}>
        {namaLembar.map((nama) => (
          <li key={nama}>
            <strong>{nama}</strong>: {t(`laporanPusat.lembar.${nama}`)}
          </li>
        ))}
      </ul>
      <p>{t('laporanPusat.minimal', contoh)}</p>
      <p className="muted">{t('laporanPusat.rumus')}</p>

      <div className="card">
        <NikLengkapPilihan nikLengkap={nikLengkap} onChange={setNikLengkap} disabled={bekerja} />
        {!siap && <p className="muted">{t('laporanPusat.tanpaProfil')}</p>}
        <div className="button-row">
          <button type="button" className="button button-primary" disabled={bekerja || !siap} onClick={() => void buat(nikLengkap)}>
            {t('laporanPusat.tombol')}
          </button>
        </div>
        {keadaan.tahap === 'bekerja' && <ProgresLaporanView progres={keadaan.progres} />}
        {keadaan.tahap === 'tersimpan' && (
          <div className="notice laporan-hasil" role="status" tabIndex={-1} ref={fokus}>
            <p>
              <strong>{t('laporanPusat.tersimpan', { path: keadaan.filePath })}</strong>
            </p>
            <p>
              {t('laporanPusat.ringkasan', {
                Koperasi: n(keadaan.jumlah.Koperasi),
                Peserta: n(keadaan.jumlah.Peserta),
                Kegiatan: n(keadaan.jumlah.Kegiatan),
                Kehadiran: n(keadaan.jumlah.Kehadiran),
              })}
            </p>
            <p>{t('laporanPusat.tercatat', { nomor: keadaan.nomorEkspor })}</p>
          </div>
        )}
        {keadaan.tahap === 'dibatalkan' && (
          <p role="status" tabIndex={-1} ref={fokus}>
            {t('laporanPusat.dibatalkan')}
          </p>
        )}
        {keadaan.tahap === 'gagal' && (
          <p className="error-banner" role="alert" tabIndex={-1} ref={fokus}>
            {keadaan.pesan}
          </p>
        )}
      </div>
    </section>
  );
}
