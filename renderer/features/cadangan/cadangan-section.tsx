import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CadanganInfo } from '../../../shared/cadangan/cadangan-info';
import { isBundleSection } from '../../../shared/exchange/bundle-manifest';
import { formatAngka, formatWaktu } from '../../../shared/format/format-date';
import { sandiCukupPanjang } from '../../../shared/sandi/aturan-sandi';
import { useApp } from '../../app/app-context';
import type { PratinjauCadangan } from '../../cadangan/cadangan-service';
import { ProgressBar } from '../../components/progress-bar';
import { useToast } from '../../components/toast';
import { failureReason } from '../../i18n/failure-reason';
import { BandingCadangan } from './banding-cadangan';
import { jumlahCadangan, ukuranBerkas } from './jumlah-cadangan';

type Panel =
  | { jenis: 'tidak-ada' }
  | { jenis: 'bekerja'; label: string; done: number; total: number }
  | { jenis: 'salin'; cadangan: CadanganInfo }
  | { jenis: 'pratinjau'; pratinjau: PratinjauCadangan };

/**
 * Pengaturan → Cadangan: the backups on this laptop (when, why, records, size, checked), *Cadangkan sekarang*,
 * *Salin ke flashdisk* with a passphrase, and *Pulihkan* with a preview against what is here; the restore takes a
 * snapshot of the current state first and replaces the records in one step.
 */
export function CadanganSection() {
  const { t, i18n } = useTranslation();
  const { cadangan } = useApp();
  const toast = useToast();
  const id = useId();
  const [daftar, setDaftar] = useState<readonly CadanganInfo[] | null>(null);
  const [panel, setPanel] = useState<Panel>({ jenis: 'tidak-ada' });
  const [sandi, setSandi] = useState('');
  const [ulang, setUlang] = useState('');
  const angka = (n: number) => formatAngka(n, i18n.language);
  const waktu = (c: CadanganInfo) => formatWaktu(c.waktu, i18n.language);
  const bekerja = panel.jenis === 'bekerja';

  const muat = useCallback(() => cadangan.list().then(setDaftar, () => setDaftar([])), [cadangan]);
  useEffect(() => {
    void muat();
  }, [muat]);

  const sekarang = async () => {
    setPanel({ jenis: 'bekerja', label: t('cadangan.sedang'), done: 0, total: 1 });
    try {
      const info = await cadangan.create('manual', (done, total) => setPanel({ jenis: 'bekerja', label: t('cadangan.sedang'), done, total }));
      toast(t('cadangan.dibuat', { jumlah: angka(jumlahCadangan(info)), ukuran: ukuranBerkas(info.ukuran, i18n.language) }));
    } catch (error) {
      toast(t('cadangan.gagal', { reason: failureReason(t, error) }), { tone: 'error' });
    }
    setPanel({ jenis: 'tidak-ada' });
    await muat();
  };

  const periksa = async (c: CadanganInfo) => {
    setPanel({ jenis: 'bekerja', label: t('cadangan.memeriksa'), done: 0, total: 1 });
    try {
      setPanel({ jenis: 'pratinjau', pratinjau: await cadangan.preview(c) });
    } catch (error) {
      setPanel({ jenis: 'tidak-ada' });
      toast(t('cadangan.pulihkanGagal', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };

  const pulihkan = async (pratinjau: PratinjauCadangan) => {
    setPanel({ jenis: 'bekerja', label: t('cadangan.memulihkan'), done: 0, total: 1 });
    try {
      const hasil = await cadangan.restore({ snapshotDulu: true }, (done, total) =>
        setPanel({ jenis: 'bekerja', label: t('cadangan.memulihkan'), done, total }),
      );
      toast(t('cadangan.dipulihkan', { waktu: waktu(pratinjau.cadangan), jumlah: angka(hasil.baru + hasil.diperbarui + hasil.sama) }));
    } catch (error) {
      toast(t('cadangan.pulihkanGagal', { reason: failureReason(t, error) }), { tone: 'error' });
    }
    setPanel({ jenis: 'tidak-ada' });
    await muat();
  };

  const salin = async (event: FormEvent, c: CadanganInfo) => {
    event.preventDefault();
    if (!sandiCukupPanjang(sandi) || sandi !== ulang) return;
    setPanel({ jenis: 'bekerja', label: t('cadangan.sedang'), done: 0, total: 1 });
    try {
      const saved = await cadangan.salinKeFlashdisk(c, sandi);
      if (saved.saved) toast(t('cadangan.salinTersimpan', { path: saved.filePath }));
      setSandi('');
      setUlang('');
    } catch (error) {
      toast(t('cadangan.salinGagal', { reason: failureReason(t, error) }), { tone: 'error' });
    }
    setPanel({ jenis: 'tidak-ada' });
  };

  return (
    <section className="card" aria-labelledby={`${id}-judul`}>
      <h2 id={`${id}-judul`}>{t('cadangan.judul')}</h2>
      <p className="muted">{t('cadangan.intro')}</p>
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={bekerja} onClick={() => void sekarang()}>
          {t('cadangan.sekarang')}
        </button>
      </div>
      {panel.jenis === 'bekerja' && <ProgressBar label={panel.label} done={panel.done} total={panel.total} />}
      {panel.jenis === 'pratinjau' && (
        <section className="notice-warning" aria-labelledby={`${id}-pratinjau`}>
          <h3 id={`${id}-pratinjau`}>{t('cadangan.pratinjauJudul', { waktu: waktu(panel.pratinjau.cadangan) })}</h3>
          <p>{t('cadangan.pratinjauIntro')}</p>
          <BandingCadangan pratinjau={panel.pratinjau} />
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={() => void pulihkan(panel.pratinjau)}>
              {t('cadangan.pulihkanTombol')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                void cadangan.discard();
                setPanel({ jenis: 'tidak-ada' });
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </section>
      )}
      {panel.jenis === 'salin' && (
        <form className="form notice-warning" aria-labelledby={`${id}-salin`} onSubmit={(e) => void salin(e, panel.cadangan)} noValidate>
          <h3 id={`${id}-salin`}>{t('cadangan.salinJudul', { waktu: waktu(panel.cadangan) })}</h3>
          <p>
            {t('cadangan.salinIntro')} <strong>{t('pertukaran.ekspor.peringatanSandi')}</strong>
          </p>
          <div className="grid-2">
            <div className="field">
              <label htmlFor={`${id}-sandi`}>{t('pertukaran.ekspor.sandi')}</label>
              <input id={`${id}-sandi`} type="password" value={sandi} autoComplete="new-password" onChange={(e) => setSandi(e.target.value)} />
              <p className="field-hint">{t('pertukaran.ekspor.sandiHint')}</p>
            </div>
            <div className="field">
              <label htmlFor={`${id}-ulang`}>{t('pertukaran.ekspor.sandiUlang')}</label>
              <input id={`${id}-ulang`} type="password" value={ulang} autoComplete="new-password" onChange={(e) => setUlang(e.target.value)} />
            </div>
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={!sandiCukupPanjang(sandi) || sandi !== ulang}>
              {t('cadangan.salinTombol')}
            </button>
            <button type="button" className="button" onClick={() => setPanel({ jenis: 'tidak-ada' })}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {daftar !== null && daftar.length === 0 && <p>{t('cadangan.kosong')}</p>}
      {daftar !== null && daftar.length > 0 && (
        <table className="rate-table daftar-cadangan">
          <caption>{t('cadangan.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cadangan.kolom.waktu')}</th>
              <th scope="col">{t('cadangan.kolom.alasan')}</th>
              <th scope="col">{t('cadangan.kolom.jenis')}</th>
              <th scope="col" className="numeric">
                {t('cadangan.kolom.isi')}
              </th>
              <th scope="col" className="numeric">
                {t('cadangan.kolom.ukuran')}
              </th>
              <th scope="col">{t('cadangan.kolom.diperiksa')}</th>
              <th scope="col">{t('cadangan.kolom.aksi')}</th>
            </tr>
          </thead>
          <tbody>
            {daftar.map((c) => (
              <tr key={c.berkas}>
                <th scope="row">{waktu(c)}</th>
                <td>{t(`cadangan.alasan.${c.alasan}`)}</td>
                <td>{t(`cadangan.jenis.${c.jenis}`)}</td>
                <td
                  className="numeric"
                  title={Object.entries(c.jumlah)
                    .filter(([, n]) => n > 0)
                    .map(([s, n]) => `${isBundleSection(s) ? t(`pertukaran.tabel.${s}`) : s}: ${angka(n)}`)
                    .join(', ')}
                >
                  {t(c.jenis === 'perubahan' ? 'cadangan.isiPerubahan' : 'cadangan.isiData', { jumlah: angka(jumlahCadangan(c)) })}
                </td>
                <td className="numeric">{ukuranBerkas(c.ukuran, i18n.language)}</td>
                <td>{t('cadangan.diperiksaYa')}</td>
                <td className="row-actions">
                  <button type="button" className="button button-small" disabled={bekerja} onClick={() => void periksa(c)}>
                    {t('cadangan.pulihkan')}
                  </button>
                  <button type="button" className="button button-small" disabled={bekerja} onClick={() => setPanel({ jenis: 'salin', cadangan: c })}>
                    {t('cadangan.salin')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
