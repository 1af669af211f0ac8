import { useTranslation } from 'react-i18next';
import type { StatusKegiatan } from '../../../shared/kegiatan/kegiatan-options';

/** An event's status as a coloured badge, the same in the list and on the event's page. */
export function StatusKegiatanBadge({ status }: { status: StatusKegiatan }) {
  const { t } = useTranslation();
  return <span className={`badge badge-kegiatan-${status}`}>{t(`kegiatan.options.status.${status}`)}</span>;
}
