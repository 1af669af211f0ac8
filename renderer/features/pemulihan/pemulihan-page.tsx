import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CadanganInfo } from '../../../shared/cadangan/cadangan-info';
import type { KeputusanPemulihan } from '../../../shared/cadangan/putuskan-pemulihan';
import { formatAngka, formatWaktu } from '../../../shared/format/format-date';
import type { CadanganService, PratinjauCadangan } from '../../cadangan/cadangan-service';
import { ProgressBar } from '../../components/progress-bar';
import { desktop, unwrap } from '../../desktop';
import { failureReason } from '../../i18n/failure-reason';
import { BandingCadangan } from '../cadangan/banding-cadangan';
import { jumlahCadangan } from '../cadangan/jumlah-cadangan';

/** What the recovery page needs from start-up: the database opened again (emptied first if it cannot be opened). */
export type BukaUlang = (kosongkan: boolean) => Promise<{ cadangan: CadanganService; sahkan: () => Promise<void> }>;

type Tahap =
  | { tahap: 'pilih' }
  | { tahap: 'bekerja'; label: string; done: number; total: number }
  | { tahap: 'pratinjau'; pratinjau: PratinjauCadangan; layanan: Awaited<ReturnType<BukaUlang>> }
  | { tahap: 'selesai'; pesan: string };

/**
 * The page start-up stops on when the database is missing, recreated, much smaller than main recorded, or fails to
 * open: restore a backup (newest first, with its preview), or continue without one after typing a confirmation.
 * Nothing is changed until the officer chooses; the result is shown, then the app opens normally.
 */
export function PemulihanPage({
  keputusan,
  dapatDibuka,
  bukaUlang,
}: {
  keputusan: Exclude<KeputusanPemulihan, { lanjut: true }>;
  dapatDibuka: boolean;
  bukaUlang: BukaUlang;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [daftar, setDaftar] = useState<readonly CadanganInfo[] | null>(null);
  const [dipilih, setDipilih] = useState('');
  const [tahap, setTahap] = useState<Tahap>({ tahap: 'pilih' });
  const [galat, setGalat] = useState('');
  const [ketik, setKetik] = useState('');
  const kata = t('pemulihan.kata');
  const angka = (n: number) => formatAngka(n, i18n.language);
  const waktu = (c: CadanganInfo) => formatWaktu(c.waktu, i18n.language);

  useEffect(() => {
    document.title = `${t('pemulihan.judul')} · KopLindung`;
    void unwrap(desktop().cadangan.list()).then(
      (list) => {
        setDaftar(list);
        setDipilih(list[0]?.berkas ?? '');
      },
      (error: unknown) => setGalat(t('pemulihan.gagal', { reason: failureReason(t, error) })),
    );
  }, [t]);

  const periksa = async () => {
    const cadangan = daftar?.find((c) => c.berkas === dipilih);
    if (!cadangan) return;
    setGalat('');
    setTahap({ tahap: 'bekerja', label: t('cadangan.memeriksa'), done: 0, total: 1 });
    try {
      const layanan = await bukaUlang(!dapatDibuka);
      setTahap({ tahap: 'pratinjau', pratinjau: await layanan.cadangan.preview(cadangan), layanan });
    } catch (error) {
      setTahap({ tahap: 'pilih' });
      setGalat(t('pemulihan.gagal', { reason: failureReason(t, error) }));
    }
  };

  const pulihkan = async (pratinjau: PratinjauCadangan, layanan: Awaited<ReturnType<BukaUlang>>) => {
    setTahap({ tahap: 'bekerja', label: t('cadangan.memulihkan'), done: 0, total: 1 });
    try {
      const hasil = await layanan.cadangan.restore({ snapshotDulu: keputusan.ditemukan > 0 }, (done, total) =>
        setTahap({ tahap: 'bekerja', label: t('cadangan.memulihkan'), done, total }),
      );
      await layanan.sahkan();
      const jumlah = hasil.baru + hasil.diperbarui + hasil.sama;
      setTahap({ tahap: 'selesai', pesan: t('cadangan.dipulihkan', { waktu: waktu(pratinjau.cadangan), jumlah: angka(jumlah) }) });
    } catch (error) {
      setTahap({ tahap: 'pilih' });
      setGalat(t('cadangan.pulihkanGagal', { reason: failureReason(t, error) }));
    }
  };

  const lanjut = async () => {
    setGalat('');
    try {
      const layanan = await bukaUlang(!dapatDibuka);
      await layanan.sahkan();
      window.location.reload();
    } catch (error) {
      setGalat(t('pemulihan.gagal', { reason: failureReason(t, error) }));
    }
  };

  return (
    <main className="setup" id="main">
      <div className="setup-card pemulihan">
        <h1 id={`${id}-judul`}>{t('pemulihan.judul')}</h1>
        <p role="alert">{t(`pemulihan.masalah.${keputusan.masalah}`, { tercatat: angka(keputusan.tercatat), ditemukan: angka(keputusan.ditemukan) })}</p>
        <p>{t('pemulihan.berhenti')}</p>
        {galat && <p className="notice-warning">{galat}</p>}

        {tahap.tahap === 'selesai' ? (
          <section>
            <p className="notice" role="status">
              {tahap.pesan}
            </p>
            <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
              {t('pemulihan.buka')}
            </button>
          </section>
        ) : tahap.tahap === 'bekerja' ? (
          <ProgressBar label={tahap.label} done={tahap.done} total={tahap.total} />
        ) : tahap.tahap === 'pratinjau' ? (
          <section aria-labelledby={`${id}-pratinjau`}>
            <h2 id={`${id}-pratinjau`}>{t('cadangan.pratinjauJudul', { waktu: waktu(tahap.pratinjau.cadangan) })}</h2>
            <BandingCadangan pratinjau={tahap.pratinjau} />
            <div className="form-actions">
              <button type="button" className="button button-primary" onClick={() => void pulihkan(tahap.pratinjau, tahap.layanan)}>
                {t('cadangan.pulihkanTombol')}
              </button>
              <button type="button" className="button" onClick={() => setTahap({ tahap: 'pilih' })}>
                {t('common.cancel')}
              </button>
            </div>
          </section>
        ) : (
          <>
            <section aria-labelledby={`${id}-pulihkan`}>
              <h2 id={`${id}-pulihkan`}>{t('pemulihan.pulihkanJudul')}</h2>
              {daftar !== null && daftar.length === 0 && <p>{t('pemulihan.tanpaCadangan')}</p>}
              {daftar !== null && daftar.length > 0 && (
                <div className="field">
                  <label htmlFor={`${id}-pilih`}>{t('pemulihan.pilihCadangan')}</label>
                  <select id={`${id}-pilih`} value={dipilih} onChange={(e) => setDipilih(e.target.value)}>
                    {daftar.map((c) => (
                      <option key={c.berkas} value={c.berkas}>
                        {t('pemulihan.opsi', {
                          waktu: waktu(c),
                          jumlah: angka(jumlahCadangan(c)),
                          alasan: `${t(`cadangan.alasan.${c.alasan}`)} · ${t(`cadangan.jenis.${c.jenis}`)}`,
                        })}
                      </option>
                    ))}
                  </select>
                  <div className="form-actions">
                    <button type="button" className="button button-primary" onClick={() => void periksa()}>
                      {t('pemulihan.periksa')}
                    </button>
                    {keputusan.masalah === 'gagal-dibuka' && (
                      <button type="button" className="button" onClick={() => window.location.reload()}>
                        {t('pemulihan.cobaLagi')}
                      </button>
                    )}
                  </div>
                </div>
              )}
            </section>
            <section aria-labelledby={`${id}-lanjut`}>
              <h2 id={`${id}-lanjut`}>{t('pemulihan.lanjutJudul')}</h2>
              <p>
                {t('pemulihan.lanjutIntro', { kata })} {!dapatDibuka && t('pemulihan.lanjutGagalDibuka')}
              </p>
              <div className="field">
                <label htmlFor={`${id}-kata`}>{t('pemulihan.konfirmasiLabel', { kata })}</label>
                <input id={`${id}-kata`} value={ketik} autoComplete="off" spellCheck={false} onChange={(e) => setKetik(e.target.value)} />
              </div>
              <button type="button" className="button" disabled={ketik.trim() !== kata} onClick={() => void lanjut()}>
                {t('pemulihan.lanjutTombol')}
              </button>
            </section>
          </>
        )}
      </div>
    </main>
  );
}
