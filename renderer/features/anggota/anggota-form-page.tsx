import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { emptyAnggota, pickAnggotaFields, type Anggota } from '../../../shared/anggota/anggota-schema';
import { useApp } from '../../app/app-context';
import { Page } from '../../components/page';
import { useToast } from '../../components/toast';
import type { AnggotaRecord } from '../../db/synced-records';
import { failureReason } from '../../i18n/failure-reason';
import { AnggotaForm } from './anggota-form';
import { useAnggota } from './use-anggota';

/** /anggota/baru and /anggota/:id/ubah. "Saved" is shown only after the write has committed to disk. */
export function AnggotaFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const { anggota } = useApp();
  const toast = useToast();
  const existing = useAnggota(id);

  const save = async (values: Anggota) => {
    try {
      const saved = id ? await anggota.update(id, values) : await anggota.create(values);
      toast(t('anggota.saved', { name: saved.nama }));
      navigate(`/anggota/${saved.id}`, { replace: Boolean(id) });
    } catch (error) {
      toast(t('anggota.saveFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };

  const restore = async (holder: AnggotaRecord) => {
    try {
      await anggota.restore(holder.id);
      toast(t('anggota.restored', { name: holder.nama }));
      navigate(`/anggota/${holder.id}`);
    } catch (error) {
      toast(t('anggota.saveFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };

  const title = id ? t('anggota.editTitle') : t('anggota.newTitle');
  if (id && existing === undefined)
    return (
      <Page title={title}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  if (id && existing === null)
    return (
      <Page title={title}>
        <p className="empty">{t('anggota.notFound')}</p>
      </Page>
    );
  const initial: Anggota = existing ? pickAnggotaFields(existing) : emptyAnggota();
  return (
    <Page title={title}>
      <AnggotaForm
        key={existing?.id ?? 'new'}
        initial={initial}
        {...(id ? { selfId: id } : {})}
        onSave={save}
        onRestore={restore}
        onCancel={() => navigate(id ? `/anggota/${id}` : '/anggota')}
      />
    </Page>
  );
}
