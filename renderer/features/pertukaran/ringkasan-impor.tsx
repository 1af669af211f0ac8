import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { focusOnMount } from '../../components/focus-on-mount';
import type { ImporBundelLog } from '../../db/impor-log';
import { HitunganImpor } from './hitungan-impor';

/** After an import: what it did, per table, beside the file's own counts, for both sides to compare. */
export function RingkasanImpor({ log, children }: { log: ImporBundelLog; children: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const { hasil } = log;
  return (
    <section className="card notice" aria-labelledby={`${id}-judul`}>
      <h3 id={`${id}-judul`} ref={focusOnMount} tabIndex={-1}>
        {t('pertukaran.impor.selesai')}
      </h3>
      <p role="status">{t('pertukaran.impor.selesaiRingkas', { baru: hasil.baru, diperbarui: hasil.diperbarui, sama: hasil.sama, konflik: hasil.konflik })}</p>
      <p className="muted">{t('pertukaran.impor.berkas', { nama: log.namaBerkas })}</p>
      <HitunganImpor caption={t('pertukaran.impor.hasilPerTabel')} jumlahBerkas={log.jumlahBerkas} counts={hasil} diproses />
      <p className="muted">{t('pertukaran.impor.bandingkan')}</p>
      <p className="compare-sentence">{hasil.digabung > 0 ? t('pertukaran.impor.digabung', { count: hasil.digabung }) : t('pertukaran.impor.digabungNol')}</p>
      {hasil.konflik > 0 && <p>{t('pertukaran.impor.adaKonflik')}</p>}
      {children}
    </section>
  );
}
