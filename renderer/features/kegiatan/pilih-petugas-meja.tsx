import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Who is at this table?": one button per officer of the office, asked before the first check-in of the day (every
 * check-in is credited to the officer chosen here). Keyboard first: the officer chosen last has the focus, arrows
 * move between the names, Enter chooses. While switching, Escape keeps the officer already chosen.
 */
export function PilihPetugasMeja(props: { pilihan: readonly string[]; sekarang: string; onPilih: (nama: string) => void; onBatal?: () => void }) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  const start = Math.max(0, props.pilihan.indexOf(props.sekarang));
  useEffect(() => {
    list.current?.querySelectorAll('button')[start]?.focus();
  }, [start]);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') {
      e.preventDefault();
      buttons[(i + 1) % buttons.length]?.focus();
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') {
      e.preventDefault();
      buttons[(i - 1 + buttons.length) % buttons.length]?.focus();
    } else if (e.key === 'Escape' && props.onBatal) {
      props.onBatal();
    }
  };
  return (
    <section className="card check-in-pilih-petugas" role="group" aria-labelledby="pilih-petugas-heading">
      <h2 id="pilih-petugas-heading">{t('checkIn.pilihPetugas.title')}</h2>
      <p className="muted">{t('checkIn.pilihPetugas.hint')}</p>
      <div ref={list} className="form-actions" onKeyDown={onKeyDown}>
        {props.pilihan.map((nama) => (
          <button key={nama} type="button" className={nama === props.sekarang ? 'button button-primary' : 'button'} onClick={() => props.onPilih(nama)}>
            {nama}
          </button>
        ))}
        {props.onBatal && (
          <button type="button" className="button button-quiet" onClick={props.onBatal}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </section>
  );
}
