import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureReason } from '../i18n/failure-reason';
import { useApp } from './app-context';

type Keadaan = { jenis: 'diam' } | { jenis: 'menyimpan' } | { jenis: 'gagal'; alasan: string };

/**
 * The backup at quit. When the window is about to close (the window's close button, or the app quitting, which
 * closes it) and something was written since the last backup, the close is held back (`beforeunload`: Electron
 * cancels the close without a prompt), a backup is taken (changes-only on the day's chain, so seconds), and the
 * window closes itself. A backup that fails says why and lets the officer close anyway or go back to work: the
 * records are in the database either way.
 */
export function CadanganSaatTutup({ adaPerubahan }: { adaPerubahan: () => boolean }) {
  const { t } = useTranslation();
  const { cadangan } = useApp();
  const [keadaan, setKeadaan] = useState<Keadaan>({ jenis: 'diam' });
  const bolehTutup = useRef(false);
  const berjalan = useRef(false);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const sebelumTutup = (event: BeforeUnloadEvent) => {
      if (bolehTutup.current || !adaPerubahan()) return;
      event.preventDefault();
      event.returnValue = '';
      if (berjalan.current) return;
      berjalan.current = true;
      setKeadaan({ jenis: 'menyimpan' });
      cadangan
        .create('saat-tutup')
        .then(
          () => {
            bolehTutup.current = true;
            window.close();
          },
          (error: unknown) => setKeadaan({ jenis: 'gagal', alasan: failureReason(t, error) }),
        )
        .finally(() => {
          berjalan.current = false;
        });
    };
    window.addEventListener('beforeunload', sebelumTutup);
    return () => window.removeEventListener('beforeunload', sebelumTutup);
  }, [adaPerubahan, cadangan, t]);

  useEffect(() => {
    if (keadaan.jenis !== 'diam' && !dialog.current?.open) dialog.current?.showModal();
    if (keadaan.jenis === 'diam') dialog.current?.close();
  }, [keadaan]);

  return (
    <dialog ref={dialog} className="dialog-tutup" aria-labelledby="cadangan-tutup-judul" onCancel={(e) => e.preventDefault()}>
      <p id="cadangan-tutup-judul" role="status">
        {keadaan.jenis === 'gagal' ? t('cadangan.menutupGagal', { reason: keadaan.alasan }) : t('cadangan.menutup')}
      </p>
      {keadaan.jenis === 'gagal' && (
        <div className="form-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              bolehTutup.current = true;
              window.close();
            }}
          >
            {t('cadangan.tutupSaja')}
          </button>
          <button type="button" className="button button-primary" onClick={() => setKeadaan({ jenis: 'diam' })}>
            {t('cadangan.tetapBuka')}
          </button>
        </div>
      )}
    </dialog>
  );
}
