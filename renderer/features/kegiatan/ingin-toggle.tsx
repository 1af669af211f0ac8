import { useTranslation } from 'react-i18next';
import type { KehadiranRecord } from '../../db/synced-records';

/** The "ingin mendaftar" switch of one attendee, with its keyboard shortcut. */
export function InginToggle({ h, onToggle }: { h: KehadiranRecord; onToggle: (h: KehadiranRecord, on: boolean) => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <label className="checkbox checkbox-large">
      <input type="checkbox" checked={h.inginMendaftar} aria-keyshortcuts="Alt+M" onChange={(e) => void onToggle(h, e.target.checked)} />
      {t('checkIn.inginMendaftar')} <span className="muted">(Alt+M)</span>
    </label>
  );
}
