import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { desktop, unwrap } from '../desktop';
import { useApp } from './app-context';

/** The share of the disk in use from which the app warns, so backups and imports still fit. */
export const BATAS_DISK = 0.8;

/**
 * Notices above every page that the office must not miss: a settings file healed at this start (which keys went
 * back to defaults, where the damaged file was kept), and a disk 80 % full or more. Each can be closed.
 */
export function PeringatanAwal() {
  const { t, i18n } = useTranslation();
  const { info } = useApp();
  const [tutup, setTutup] = useState<readonly string[]>([]);
  const [persenDisk, setPersenDisk] = useState<number | null>(null);
  useEffect(() => {
    void unwrap(desktop().cadangan.getSpace()).then(
      ({ bebas, total }) => {
        if (total > 0) setPersenDisk(1 - bebas / total);
      },
      () => undefined,
    );
  }, []);
  const pulih = info.pengaturanDipulihkan;
  const notices: { key: string; text: string }[] = [];
  if (pulih) {
    const kunci = pulih.kunci.map((k) => t(`settings.kunci.${k}`, { defaultValue: k })).join(', ');
    notices.push({ key: 'pengaturan', text: t('settings.dipulihkan', { kunci, berkas: pulih.berkas }) });
  }
  if (persenDisk !== null && persenDisk >= BATAS_DISK) {
    const persen = persenDisk.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID', { style: 'percent', maximumFractionDigits: 0 });
    notices.push({ key: 'disk', text: t('settings.diskHampirPenuh', { persen }) });
  }
  const shown = notices.filter((n) => !tutup.includes(n.key));
  if (shown.length === 0) return null;
  return (
    <>
      {shown.map((n) => (
        <div key={n.key} className="notice-warning peringatan-awal" role="status">
          <span>{n.text}</span>
          <button type="button" className="button button-small" onClick={() => setTutup([...tutup, n.key])}>
            {t('common.close')}
          </button>
        </div>
      ))}
    </>
  );
}
