import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatJamKegiatan, formatTanggal } from '../../../shared/format/format-date';
import { useZonaWaktu } from '../../app/use-zona-waktu';
import { Page } from '../../components/page';
import type { KegiatanRecord } from '../../db/synced-records';
import { CheckInHasil } from './check-in-hasil';
import { CheckInPetugas } from './check-in-petugas';
import { CheckInSearch } from './check-in-search';
import { PilihPetugasMeja } from './pilih-petugas-meja';
import { RekapKehadiranView } from './rekap-kehadiran-view';
import { StatusKegiatanActions } from './status-kegiatan-actions';
import { TerakhirHadir } from './terakhir-hadir';
import { useCheckIn } from './use-check-in';
import { useKegiatan } from './use-kegiatan';
import { WalkInForm } from './walk-in-form';

/** /kegiatan/:id/check-in — the laptop on the table with a queue in front of it. */
export function CheckInPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const k = useKegiatan(id);
  if (k === undefined)
    return (
      <Page title={t('checkIn.title')}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  if (k === null)
    return (
      <Page title={t('checkIn.title')}>
        <p className="empty">{t('kegiatan.notFound')}</p>
      </Page>
    );
  return <CheckIn k={k} />;
}

/**
 * One search box (name, NIK, phone or an invited cooperative's name) with results as the officer types; Enter
 * checks in the highlighted person, and the answer is one of three unmistakable panels: hadir (green), sudah hadir
 * with by whom and when (amber), or not found with the walk-in form one Enter away. The keyboard never has to leave
 * the search box: arrows pick, Enter checks in, Alt+M marks "ingin mendaftar" for the person just checked in,
 * Alt+N opens the walk-in form, Escape clears. A barcode scanner reading the QR code of a surat undangan types the
 * code and Enter into the search box like a keyboard: the search finds the one person it names (kode-undangan.ts),
 * and that Enter checks them in, hadir or sudah hadir, with no key more. Everything is in IndexedDB on this laptop; no network is used.
 * Before the first check-in of the day the table asks which officer sits at it (they are credited with every
 * check-in), and shows that officer above the search with a way to switch. The state and actions are
 * use-check-in.ts; this draws them.
 */
function CheckIn({ k }: { k: KegiatanRecord }) {
  const { t, i18n } = useTranslation();
  const zona = useZonaWaktu();
  const c = useCheckIn(k);
  const { siap, walkIn } = c;

  return (
    <Page
      title={t('checkIn.titleFor', { judul: k.judul })}
      focusHeading={false}
      actions={
        <Link className="button" to={`/kegiatan/${k.id}`}>
          {t('checkIn.backToKegiatan')}
        </Link>
      }
    >
      <div className="check-in" onKeyDown={c.onKeyDown}>
        <p className="muted">
          {formatTanggal(k.tanggal, i18n.language, 'full')} · {formatJamKegiatan(k.jamMulai, k.jamSelesai, zona.singkatan)} · {k.tempat} ·{' '}
          <span className="offline-note">{t('checkIn.offline')}</span>
        </p>
        <RekapKehadiranView rekap={c.rekap} koperasiDiundang={k.undangan.length} />
        {siap && <CheckInPetugas petugas={c.petugas} pilihan={c.pilihan} onGanti={() => c.setGanti(true)} />}
        {c.tanya && (
          <PilihPetugasMeja
            pilihan={c.pilihan}
            sekarang={c.petugas}
            onPilih={(nama) => void c.pilihPetugasMeja(nama)}
            onBatal={c.ganti ? () => c.setGanti(false) : undefined}
          />
        )}

        {!c.open && (
          <div className="notice notice-warning" role="status">
            <p>{t('checkIn.closed', { status: t(`kegiatan.options.status.${k.status}`) })}</p>
            <StatusKegiatanActions kegiatan={k} />
          </div>
        )}

        {siap && !walkIn && (
          <CheckInSearch
            inputRef={c.input}
            query={c.query}
            results={c.results}
            active={c.active}
            onChange={c.onChange}
            onKeyDown={c.onSearchKeyDown}
            onCheckIn={c.checkIn}
          />
        )}

        {siap && walkIn && <WalkInForm initial={walkIn} onSave={c.saveWalkIn} onCancel={c.cancelWalkIn} onCheckInExisting={c.checkInExisting} />}

        <CheckInHasil c={c} />

        {siap && !walkIn && (
          <button type="button" className="button" aria-keyshortcuts="Alt+N" onClick={() => c.startWalkIn(c.query)}>
            {t('checkIn.walkInButton')}
          </button>
        )}

        <TerakhirHadir rows={c.rows ?? []} onToggle={c.toggleIngin} onBatalkan={c.batalkan} />
      </div>
    </Page>
  );
}
