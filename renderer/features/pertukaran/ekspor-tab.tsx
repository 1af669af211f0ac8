import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { JenisEkspor } from '../../../shared/exchange/bundle-manifest';
import { formatWaktu } from '../../../shared/format/format-date';
import { useApp } from '../../app/app-context';
import { Field } from '../../components/field';
import { focusOnMount } from '../../components/focus-on-mount';
import { ProgressBar } from '../../components/progress-bar';
import type { EksporLog } from '../../db/ekspor-log';
import { BundleError } from '../../exchange/bundle-error';
import { bundleErrorMessage } from '../../exchange/bundle-error-message';
import { failureReason } from '../../i18n/failure-reason';
import { JumlahPerTabel } from './jumlah-per-tabel';
import { buatSandi, sandiCukupPanjang } from '../../../shared/sandi/aturan-sandi';
import { kekuatanSandi } from './kekuatan-sandi';

type Tahap =
  | { readonly tahap: 'isi' }
  | { readonly tahap: 'bekerja'; readonly done: number; readonly total: number }
  | { readonly tahap: 'tersimpan'; readonly filePath: string; readonly log: EksporLog }
  | { readonly tahap: 'dibatalkan' }
  | { readonly tahap: 'gagal'; readonly pesan: string };

/**
 * Ekspor: one file for one destination, the whole database or only what changed since the last file sent there.
 * Encrypted by default with a passphrase typed twice; the loss of a passphrase is final, and the form says so
 * before the file is made. An unencrypted file is a deliberate, warned choice, because personal data in it is
 * readable by anyone who finds the USB stick.
 */
export function EksporTab() {
  const { t } = useTranslation();
  const { exchange, ekspor } = useApp();
  const id = useId();
  const [tujuan, setTujuan] = useState(() => t('pertukaran.ekspor.tujuanBawaan'));
  const [jenis, setJenis] = useState<JenisEkspor>('perubahan');
  const [sandi, setSandi] = useState('');
  const [ulang, setUlang] = useState('');
  /** A generated passphrase, shown once to write down until the file is saved or the officer types their own. */
  const [dibuatkan, setDibuatkan] = useState<string | null>(null);
  const [tanpaEnkripsi, setTanpaEnkripsi] = useState(false);
  const [dicoba, setDicoba] = useState(false);
  const [tahap, setTahap] = useState<Tahap>({ tahap: 'isi' });
  const inputs = { tujuan: useRef<HTMLInputElement>(null), sandi: useRef<HTMLInputElement>(null), ulang: useRef<HTMLInputElement>(null) };
  const tujuanDikenal = useLiveQuery(() => ekspor.listTujuan(), [ekspor]) ?? [];

  const errors = {
    tujuan: tujuan.trim() === '' ? t('pertukaran.ekspor.tujuanWajib') : undefined,
    sandi: !tanpaEnkripsi && !sandiCukupPanjang(sandi) ? t('pertukaran.ekspor.sandiPendek') : undefined,
    ulang: !tanpaEnkripsi && ulang !== sandi ? t('pertukaran.ekspor.sandiBeda') : undefined,
  };
  const shown = (e: string | undefined) => (dicoba ? e : undefined);
  const bekerja = tahap.tahap === 'bekerja';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDicoba(true);
    const firstInvalid = (['tujuan', 'sandi', 'ulang'] as const).find((k) => errors[k]);
    if (firstInvalid) {
      inputs[firstInvalid].current?.focus();
      return;
    }
    setTahap({ tahap: 'bekerja', done: 0, total: 1 });
    try {
      const outcome = await exchange.export({ jenis, tujuan: tujuan.trim(), passphrase: tanpaEnkripsi ? null : sandi }, (done, total) =>
        setTahap({ tahap: 'bekerja', done, total }),
      );
      if (!outcome.saved) {
        setTahap({ tahap: 'dibatalkan' });
        return;
      }
      setSandi('');
      setUlang('');
      setDibuatkan(null);
      setDicoba(false);
      setTahap({ tahap: 'tersimpan', filePath: outcome.filePath, log: outcome.log });
    } catch (error) {
      // Batal while the file was being made: nothing was saved or logged, as when the save dialog is cancelled.
      if (error instanceof BundleError && error.code === 'cancelled') {
        setTahap({ tahap: 'dibatalkan' });
        return;
      }
      const pesan = error instanceof BundleError ? bundleErrorMessage(t, error) : t('pertukaran.ekspor.gagal', { reason: failureReason(t, error) });
      setTahap({ tahap: 'gagal', pesan });
    }
  };

  return (
    <section aria-labelledby={`${id}-judul`}>
      <h2 id={`${id}-judul`}>{t('pertukaran.ekspor.judul')}</h2>
      <p className="muted">{t('pertukaran.ekspor.intro')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset disabled={bekerja}>
          <Field label={t('pertukaran.ekspor.tujuan')} hint={t('pertukaran.ekspor.tujuanHint')} error={shown(errors.tujuan)} required>
            {({ id: inputId, describedBy, invalid }) => (
              <input
                id={inputId}
                ref={inputs.tujuan}
                value={tujuan}
                list={`${id}-tujuan-list`}
                maxLength={120}
                autoComplete="off"
                aria-describedby={describedBy}
                aria-invalid={invalid}
                aria-required
                onChange={(e) => setTujuan(e.target.value)}
              />
            )}
          </Field>
          <datalist id={`${id}-tujuan-list`}>
            {tujuanDikenal.map((d) => (
              <option key={d} value={d} />
            ))}
          </datalist>
          <fieldset className="radio-group">
            <legend>{t('pertukaran.ekspor.isi')}</legend>
            {(['perubahan', 'semua'] as const).map((j) => (
              <label key={j} className="radio program-option">
                <input type="radio" name={`${id}-jenis`} value={j} checked={jenis === j} onChange={() => setJenis(j)} />
                {t(`pertukaran.ekspor.${j}`)}
              </label>
            ))}
          </fieldset>
          {jenis === 'perubahan' && <EksporTerakhir tujuan={tujuan.trim()} />}
        </fieldset>
        <fieldset disabled={bekerja}>
          <legend>{t('pertukaran.ekspor.enkripsi')}</legend>
          {!tanpaEnkripsi && (
            <>
              <p className="notice-warning" id={`${id}-peringatan`}>
                <strong>{t('pertukaran.ekspor.peringatanSandi')}</strong> {t('pertukaran.ekspor.sampaikanSandi')}
              </p>
              <div className="grid-2">
                <Field label={t('pertukaran.ekspor.sandi')} hint={t('pertukaran.ekspor.sandiHint')} error={shown(errors.sandi)} required>
                  {({ id: inputId, describedBy, invalid }) => (
                    <input
                      id={inputId}
                      ref={inputs.sandi}
                      type="password"
                      value={sandi}
                      autoComplete="new-password"
                      aria-describedby={`${describedBy ?? ''} ${id}-kekuatan ${id}-peringatan`.trim()}
                      aria-invalid={invalid}
                      aria-required
                      onChange={(e) => {
                        setSandi(e.target.value);
                        setDibuatkan(null);
                      }}
                    />
                  )}
                </Field>
                <Field label={t('pertukaran.ekspor.sandiUlang')} error={shown(errors.ulang)} required>
                  {({ id: inputId, describedBy, invalid }) => (
                    <input
                      id={inputId}
                      ref={inputs.ulang}
                      type="password"
                      value={ulang}
                      autoComplete="new-password"
                      aria-describedby={describedBy}
                      aria-invalid={invalid}
                      aria-required
                      onChange={(e) => {
                        setUlang(e.target.value);
                        setDibuatkan(null);
                      }}
                    />
                  )}
                </Field>
              </div>
              <div className="actions-row">
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    const baru = buatSandi((bytes) => crypto.getRandomValues(bytes));
                    setSandi(baru);
                    setUlang(baru);
                    setDibuatkan(baru);
                  }}
                >
                  {t('pertukaran.ekspor.buatkanSandi')}
                </button>
              </div>
              {dibuatkan !== null && (
                <div className="notice-warning" role="status" aria-labelledby={`${id}-dibuatkan`}>
                  <p id={`${id}-dibuatkan`}>{t('pertukaran.ekspor.sandiDibuatkan')}</p>
                  <p className="sandi-dibuatkan" data-testid="sandi-dibuatkan">
                    {dibuatkan}
                  </p>
                  <p>{t('pertukaran.ekspor.catatSandiDibuatkan')}</p>
                </div>
              )}
              <p id={`${id}-kekuatan`} className={`kekuatan-sandi kekuatan-${kekuatanSandi(sandi)}`} aria-live="polite">
                {sandi !== '' && t(`pertukaran.ekspor.kekuatan.${kekuatanSandi(sandi)}`)}
              </p>
            </>
          )}
          <label className="checkbox">
            <input
              type="checkbox"
              checked={tanpaEnkripsi}
              onChange={(e) => setTanpaEnkripsi(e.target.checked)}
              aria-describedby={tanpaEnkripsi ? `${id}-tanpa` : undefined}
            />
            {t('pertukaran.ekspor.tanpaEnkripsi')}
          </label>
          {tanpaEnkripsi && (
            <p id={`${id}-tanpa`} className="error-banner" role="alert">
              {t('pertukaran.ekspor.peringatanTanpaEnkripsi')}
            </p>
          )}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className={tanpaEnkripsi ? 'button button-danger' : 'button button-primary'} disabled={bekerja}>
            {t(tanpaEnkripsi ? 'pertukaran.ekspor.tombolTanpaEnkripsi' : 'pertukaran.ekspor.tombol')}
          </button>
        </div>
      </form>
      {tahap.tahap === 'bekerja' && (
        <>
          <ProgressBar label={t('pertukaran.ekspor.progres')} done={tahap.done} total={tahap.total} />
          <div className="form-actions">
            <button type="button" className="button" onClick={() => void exchange.cancel()}>
              {t('pertukaran.ekspor.batalkan')}
            </button>
          </div>
        </>
      )}
      {tahap.tahap === 'dibatalkan' && (
        <p ref={focusOnMount} className="card notice" role="status" tabIndex={-1}>
          {t('pertukaran.ekspor.dibatalkan')}
        </p>
      )}
      {tahap.tahap === 'gagal' && (
        <p ref={focusOnMount} className="error-banner" role="alert" tabIndex={-1}>
          {tahap.pesan}
        </p>
      )}
      {tahap.tahap === 'tersimpan' && <HasilEkspor key={tahap.log.id} filePath={tahap.filePath} log={tahap.log} />}
    </section>
  );
}

/** Where a changes-only export would start: the last file to this destination, or the whole database. */
function EksporTerakhir({ tujuan }: { tujuan: string }) {
  const { t, i18n } = useTranslation();
  const { exchange } = useApp();
  const terakhir = useLiveQuery(async () => (await exchange.findLastExportTo(tujuan)) ?? null, [exchange, tujuan]);
  if (terakhir === undefined || tujuan === '') return null;
  if (terakhir === null) return <p className="field-hint">{t('pertukaran.ekspor.belumPernah', { tujuan })}</p>;
  const values = {
    tujuan,
    nomor: terakhir.nomorEkspor,
    waktu: formatWaktu(terakhir.waktu, i18n.language),
    sampai: formatWaktu(terakhir.sampai, i18n.language),
  };
  return <p className="field-hint">{t(terakhir.sampai ? 'pertukaran.ekspor.terakhir' : 'pertukaran.ekspor.terakhirTanpaData', values)}</p>;
}

function HasilEkspor({ filePath, log }: { filePath: string; log: EksporLog }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section ref={focusOnMount} className="card notice" aria-labelledby={`${id}-judul`} tabIndex={-1}>
      <h3 id={`${id}-judul`}>{t('pertukaran.ekspor.tersimpan')}</h3>
      <dl className="facts">
        <div>
          <dt>{t('pertukaran.ekspor.lokasi')}</dt>
          <dd>
            <code>{filePath}</code>
          </dd>
        </div>
        <div>
          <dt>{t('pertukaran.ekspor.nomor')}</dt>
          <dd>{log.nomorEkspor}</dd>
        </div>
        <div>
          <dt>{t('pertukaran.ekspor.isi')}</dt>
          <dd>
            {t(`pertukaran.jenis.${log.jenis}`)} · {log.tujuan}
          </dd>
        </div>
        <div>
          <dt>{t('pertukaran.ekspor.enkripsi')}</dt>
          <dd>{t(log.terenkripsi ? 'pertukaran.ekspor.terenkripsi' : 'pertukaran.ekspor.tidakTerenkripsi')}</dd>
        </div>
      </dl>
      <JumlahPerTabel jumlah={log.jumlah} />
      <p className="muted">{t('pertukaran.ekspor.catatan')}</p>
    </section>
  );
}
