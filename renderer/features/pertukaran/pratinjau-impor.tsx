import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWaktu } from '../../../shared/format/format-date';
import { formatDurasi } from '../../../shared/format/format-durasi';
import { focusOnMount } from '../../components/focus-on-mount';
import type { PratinjauResult } from '../../exchange/exchange-worker-api';
import { HitunganImpor } from './hitungan-impor';

/** From a minute on, the estimate also says the laptop stays usable and the app must stay open. */
const LAMA_MS = 60_000;
/** Under ten seconds the estimate says so, rather than round a blink up to "about 10 seconds". */
const SINGKAT_MS = 10_000;

/**
 * What a checked file holds and what importing it will do, before anything is written: who sent it (office,
 * laptop, officer, export number), the manifest's counts beside the merge's, people fused by NIK, and whether
 * this very export was imported before, and how long applying it will take here (perkiraan-waktu-terapkan.ts).
 * Takes the focus when it appears.
 */
export function PratinjauImpor({ namaBerkas, hasil, children }: { namaBerkas: string; hasil: PratinjauResult; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { manifest: m, counts, sudahPernah, perkiraan } = hasil;
  const durasi = formatDurasi(perkiraan.ms, i18n.language);
  const jumlahBerkas = Object.fromEntries(Object.entries(m.isi).map(([s, v]) => [s, v.jumlah]));
  const facts: [string, string][] = [
    [t('pertukaran.impor.dari'), m.kantor.kode ? `${m.kantor.nama} (${m.kantor.kode})` : m.kantor.nama || t('common.notSet')],
    [t('pertukaran.impor.laptop'), m.deviceId],
    [t('pertukaran.impor.petugas'), m.petugas || t('common.notSet')],
    [t('pertukaran.impor.nomor'), String(m.nomorEkspor)],
    [
      t('pertukaran.impor.jenis'),
      m.jenis === 'semua'
        ? t('pertukaran.jenis.semua')
        : m.sejak
          ? t('pertukaran.perubahanSejak', { waktu: formatWaktu(m.sejak, i18n.language) })
          : t('pertukaran.perubahanPertama'),
    ],
    [t('pertukaran.impor.tujuan'), m.tujuan],
    [t('pertukaran.impor.dibuat'), formatWaktu(m.dibuat, i18n.language)],
  ];
  return (
    <section className="card" aria-labelledby={`${id}-judul`}>
      <h3 id={`${id}-judul`} ref={focusOnMount} tabIndex={-1}>
        {t('pertukaran.impor.pratinjau')}
      </h3>
      <p className="muted">{t('pertukaran.impor.berkas', { nama: namaBerkas })}</p>
      <dl className="facts">
        {facts.map(([dt, dd]) => (
          <div key={dt}>
            <dt>{dt}</dt>
            <dd>{dd}</dd>
          </div>
        ))}
      </dl>
      {sudahPernah && <p className="notice-warning">{t('pertukaran.impor.sudahPernah', { waktu: formatWaktu(sudahPernah.waktu, i18n.language) })}</p>}
      <HitunganImpor caption={t('pertukaran.impor.rencana')} jumlahBerkas={jumlahBerkas} counts={counts} diproses={false} />
      <p className="compare-sentence">{counts.digabung > 0 ? t('pertukaran.impor.digabung', { count: counts.digabung }) : t('pertukaran.impor.digabungNol')}</p>
      {counts.konflik > 0 && <p>{t('pertukaran.impor.adaKonflik')}</p>}
      <p className="perkiraan-waktu">
        <strong>
          {perkiraan.ms < SINGKAT_MS
            ? t('pertukaran.impor.perkiraanSingkat')
            : t(perkiraan.ms >= LAMA_MS ? 'pertukaran.impor.perkiraanLama' : 'pertukaran.impor.perkiraan', { durasi })}
        </strong>{' '}
        <span className="muted">{t(`pertukaran.impor.perkiraanDasar.${perkiraan.dasar}`)}</span>
      </p>
      <p className="muted">{t('pertukaran.impor.semuaAtauTidak')}</p>
      {children}
    </section>
  );
}
