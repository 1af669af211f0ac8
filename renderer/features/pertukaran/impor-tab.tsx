import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/app-context';
import { Field } from '../../components/field';
import { focusOnMount } from '../../components/focus-on-mount';
import { ProgressBar } from '../../components/progress-bar';
import type { ImporBundelLog } from '../../db/impor-log';
import { BundleError } from '../../exchange/bundle-error';
import type { BerkasImpor } from '../../exchange/exchange-service';
import type { PratinjauResult } from '../../exchange/exchange-worker-api';
import { pesanGalatImpor } from './pesan-galat-impor';
import { PratinjauImpor } from './pratinjau-impor';
import { RingkasanImpor } from './ringkasan-impor';

type Tempat = 'pilih' | 'periksa' | 'terapkan';

interface Keadaan {
  /** Bumped for every file picked, so the passphrase box and the buttons take the focus again. */
  readonly n: number;
  readonly berkas?: BerkasImpor;
  readonly pratinjau?: PratinjauResult;
  readonly selesai?: ImporBundelLog;
  readonly kerja?: { readonly apa: 'periksa' | 'terapkan'; readonly done: number; readonly total: number };
  readonly galat?: { readonly tempat: Tempat; readonly pesan: string; readonly sandi: boolean };
  readonly dibatalkan?: boolean;
  /** Batal was pressed while checking or applying: waiting for the work to stop (and an apply to roll back). */
  readonly membatalkan?: boolean;
}

/** A passphrase problem is shown on the passphrase box, so the officer types it again without reopening the file. */
const galatSandi = (error: unknown) => error instanceof BundleError && (error.code === 'wrong-passphrase' || error.code === 'passphrase-required');

/**
 * Impor: choose a file, type its passphrase, check it (decrypted, verified and merged as a dry run in the worker),
 * read the preview, apply all of it or nothing, and compare the summary with the sender's. Every refusal is
 * shown where it happened and says that nothing changed.
 */
export function ImporTab() {
  const { t } = useTranslation();
  const { exchange } = useApp();
  const id = useId();
  const [k, setK] = useState<Keadaan>({ n: 0 });
  const [sandi, setSandi] = useState('');
  const sandiInput = useRef<HTMLInputElement | null>(null);
  // Stable, so React calls it only when the box appears (a newly picked file), never on a re-render.
  const sandiRef = useCallback((el: HTMLInputElement | null) => {
    sandiInput.current = el;
    el?.focus();
  }, []);
  const bekerja = k.kerja !== undefined;

  // Leaving the tab drops a previewed file from the worker's memory (decrypted personal data).
  useEffect(() => () => void exchange.discard(), [exchange]);
  useEffect(() => {
    if (!k.galat?.sandi) return;
    sandiInput.current?.focus();
    sandiInput.current?.select();
  }, [k.galat]);

  const gagal = (tempat: Tempat, error: unknown) => ({ tempat, pesan: pesanGalatImpor(t, error), sandi: galatSandi(error) });

  const pilih = async () => {
    setK((s) => ({ ...s, galat: undefined, dibatalkan: undefined }));
    try {
      const berkas = await exchange.pickFile();
      if (!berkas) return;
      await exchange.discard();
      setSandi('');
      setK((s) => ({ n: s.n + 1, berkas }));
    } catch (error) {
      await exchange.discard();
      setK((s) => ({ n: s.n + 1, galat: gagal('pilih', error) }));
    }
  };

  const periksa = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const berkas = k.berkas;
    if (!berkas || bekerja) return;
    setK((s) => ({ n: s.n, berkas, kerja: { apa: 'periksa', done: 0, total: 1 } }));
    try {
      const pratinjau = await exchange.preview(berkas, berkas.encrypted ? sandi : null, (done, total) =>
        setK((s) => (s.kerja ? { ...s, kerja: { apa: 'periksa', done, total } } : s)),
      );
      setK((s) => ({ n: s.n, berkas, pratinjau }));
    } catch (error) {
      const dibatalkan = error instanceof BundleError && error.code === 'cancelled';
      setK((s) => ({
        n: s.n,
        berkas,
        galat: dibatalkan ? { tempat: 'periksa', pesan: t('pertukaran.impor.periksaDibatalkan'), sandi: false } : gagal('periksa', error),
      }));
    }
  };

  /** Stops a running check: `periksa` then fails with 'cancelled', said where the check was; the file stays picked. */
  const batalkanPeriksa = async () => {
    setK((s) => (s.kerja?.apa === 'periksa' ? { ...s, membatalkan: true } : s));
    await exchange.cancel();
  };

  const terapkan = async () => {
    const { berkas, pratinjau } = k;
    if (!berkas || !pratinjau || bekerja) return;
    setK((s) => ({ n: s.n, berkas, pratinjau, kerja: { apa: 'terapkan', done: 0, total: 1 } }));
    try {
      const selesai = await exchange.apply((done, total) => setK((s) => (s.kerja ? { ...s, kerja: { apa: 'terapkan', done, total } } : s)));
      setSandi('');
      setK((s) => ({ n: s.n, selesai }));
    } catch (error) {
      setK((s) => ({ n: s.n, berkas, pratinjau, galat: gagal('terapkan', error) }));
    }
  };

  /** Stops a running import; `apply` then fails with 'cancelled', shown where the import was, nothing changed. */
  const batalkanTerapkan = async () => {
    setK((s) => (s.kerja?.apa === 'terapkan' ? { ...s, membatalkan: true } : s));
    await exchange.cancel();
  };

  const batal = async () => {
    await exchange.discard();
    setSandi('');
    setK((s) => ({ n: s.n, dibatalkan: true }));
  };

  const galat = (tempat: Tempat) =>
    k.galat?.tempat === tempat && !k.galat.sandi ? (
      <p key={k.n} ref={focusOnMount} className="error-banner" role="alert" tabIndex={-1}>
        {k.galat.pesan}
      </p>
    ) : null;

  if (k.selesai) {
    return (
      <section aria-labelledby={`${id}-judul`}>
        <h2 id={`${id}-judul`}>{t('pertukaran.impor.judul')}</h2>
        <RingkasanImpor log={k.selesai}>
          <button type="button" className="button" onClick={() => setK((s) => ({ n: s.n }))}>
            {t('pertukaran.impor.lagi')}
          </button>
        </RingkasanImpor>
      </section>
    );
  }

  const { berkas, pratinjau } = k;
  return (
    <section aria-labelledby={`${id}-judul`}>
      <h2 id={`${id}-judul`}>{t('pertukaran.impor.judul')}</h2>
      <p className="muted">{t('pertukaran.impor.intro')}</p>
      <div className="button-row pertukaran-aksi">
        <button type="button" className={berkas ? 'button' : 'button button-primary'} disabled={bekerja} onClick={() => void pilih()}>
          {t(berkas ? 'pertukaran.impor.pilihLain' : 'pertukaran.impor.pilih')}
        </button>
      </div>
      {galat('pilih')}
      {k.dibatalkan && (
        <p ref={focusOnMount} className="card notice" role="status" tabIndex={-1}>
          {t('pertukaran.impor.dibatalkan')}
        </p>
      )}
      {berkas && !pratinjau && (
        <form key={k.n} className="form card" onSubmit={(e) => void periksa(e)} noValidate>
          <p>
            <strong>{t('pertukaran.impor.berkas', { nama: berkas.namaBerkas })}</strong>{' '}
            {t(berkas.encrypted ? 'pertukaran.impor.terkunci' : 'pertukaran.impor.tidakTerkunci')}
          </p>
          {berkas.encrypted && (
            <Field label={t('pertukaran.impor.sandi')} hint={t('pertukaran.impor.sandiHint')} error={k.galat?.sandi ? k.galat.pesan : undefined}>
              {({ id: inputId, describedBy, invalid }) => (
                <input
                  id={inputId}
                  ref={sandiRef}
                  type="password"
                  className="input-sandi"
                  value={sandi}
                  autoComplete="off"
                  disabled={bekerja}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  onChange={(e) => setSandi(e.target.value)}
                />
              )}
            </Field>
          )}
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={bekerja} ref={berkas.encrypted ? undefined : focusOnMount}>
              {t(k.kerja?.apa === 'periksa' ? 'pertukaran.impor.memeriksa' : 'pertukaran.impor.periksa')}
            </button>
            {k.kerja?.apa === 'periksa' && (
              <button type="button" className="button" disabled={k.membatalkan} onClick={() => void batalkanPeriksa()}>
                {t(k.membatalkan ? 'pertukaran.impor.membatalkan' : 'pertukaran.impor.batalkanPeriksa')}
              </button>
            )}
          </div>
          {k.kerja?.apa === 'periksa' && <ProgressBar label={t('pertukaran.impor.progresPeriksa')} done={k.kerja.done} total={k.kerja.total} />}
          {galat('periksa')}
        </form>
      )}
      {berkas && pratinjau && (
        <PratinjauImpor namaBerkas={berkas.namaBerkas} hasil={pratinjau}>
          <div className="form-actions">
            <button type="button" className="button button-primary" disabled={bekerja} onClick={() => void terapkan()}>
              {t(bekerja ? 'pertukaran.impor.menerapkan' : 'pertukaran.impor.terapkan')}
            </button>
            {k.kerja?.apa === 'terapkan' ? (
              <button type="button" className="button" disabled={k.membatalkan} onClick={() => void batalkanTerapkan()}>
                {t(k.membatalkan ? 'pertukaran.impor.membatalkan' : 'pertukaran.impor.batalkanTerapkan')}
              </button>
            ) : (
              <button type="button" className="button" disabled={bekerja} onClick={() => void batal()}>
                {t('pertukaran.impor.batal')}
              </button>
            )}
          </div>
          {k.kerja?.apa === 'terapkan' && <ProgressBar label={t('pertukaran.impor.progresTerapkan')} done={k.kerja.done} total={k.kerja.total} />}
          {galat('terapkan')}
        </PratinjauImpor>
      )}
    </section>
  );
}
