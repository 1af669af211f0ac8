import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Focus lands on the safe answer when the warning opens; module-level, so a re-render never pulls focus back. */
const fokusSekali = (el: HTMLElement | null) => el?.focus();

/**
 * The one way to put whole NIKs in the central office workbook: a checkbox, off by default, that opens a warning
 * (UU 27/2022: the file is not encrypted, a lost copy is a breach to report within 3 × 24 hours) and takes effect
 * only after an explicit confirmation. Unticking needs no confirmation. Focus moves into the warning and back, so
 * keyboard and screen-reader users meet the warning before they can go on.
 */
export function NikLengkapPilihan({ nikLengkap, onChange, disabled }: { nikLengkap: boolean; onChange: (v: boolean) => void; disabled: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [bertanya, setBertanya] = useState(false);
  const kotak = useRef<HTMLInputElement>(null);
  const selesai = (pilihan: boolean) => {
    setBertanya(false);
    onChange(pilihan);
    kotak.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    selesai(false);
  };

  return (
    <div className="nik-lengkap">
      <label className="checkbox">
        <input
          ref={kotak}
          type="checkbox"
          checked={nikLengkap || bertanya}
          disabled={disabled}
          aria-describedby={`${id}-hint`}
          onChange={(e) => (e.target.checked ? setBertanya(true) : selesai(false))}
        />
        {t('laporanPusat.nikLengkap')}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {t('laporanPusat.nikLengkapHint')}
      </p>
      {bertanya && (
        <div
          className="notice-warning"
          role="alertdialog"
          aria-modal="false"
          aria-labelledby={`${id}-judul`}
          aria-describedby={`${id}-isi`}
          onKeyDown={onKeyDown}
        >
          <h3 id={`${id}-judul`}>{t('laporanPusat.peringatanJudul')}</h3>
          <p id={`${id}-isi`}>{t('laporanPusat.peringatan')}</p>
          <div className="button-row">
            <button type="button" className="button button-danger" onClick={() => selesai(true)}>
              {t('laporanPusat.konfirmasi')}
            </button>
            <button type="button" className="button" ref={fokusSekali} onClick={() => selesai(false)}>
              {t('laporanPusat.batalKonfirmasi')}
            </button>
          </div>
        </div>
      )}
      {nikLengkap && !bertanya && (
        <p className="notice-warning" role="status">
          {t('laporanPusat.nikLengkapAktif')}
        </p>
      )}
    </div>
  );
}
