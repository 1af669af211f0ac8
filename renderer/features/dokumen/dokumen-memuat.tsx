import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';

/**
 * A document page's data from a live query: "Memuat…" while it loads, a plain message when the record is gone,
 * else the preview. `kosong` is for data that loaded but leaves nothing to print.
 */
export function DokumenMemuat<T>({
  judul,
  data,
  kosong,
  children,
}: {
  judul: string;
  data: T | null | undefined;
  kosong?: (data: T) => string | null;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (data === undefined)
    return (
      <Page title={judul}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  if (data === null)
    return (
      <Page title={judul}>
        <p className="empty">{t('dokumen.notFound')}</p>
      </Page>
    );
  const empty = kosong?.(data);
  if (empty)
    return (
      <Page title={judul}>
        <p className="empty">{empty}</p>
      </Page>
    );
  return <>{children(data)}</>;
}
