import { useTranslation } from 'react-i18next';
import type { StatusKepesertaan } from '../../../shared/kepesertaan/kepesertaan-options';

/** An enrollment's status as a coloured badge, the same everywhere it is shown. */
export function StatusBadge({ status }: { status: StatusKepesertaan }) {
  const { t } = useTranslation();
  return <span className={`badge badge-kepesertaan-${status}`}>{t(`kepesertaan.options.status.${status}`)}</span>;
}
