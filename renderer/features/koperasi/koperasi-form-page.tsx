import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { emptyKoperasi, pickKoperasiFields, type Koperasi } from '../../../shared/koperasi/koperasi-schema';
import { useApp } from '../../app/app-context';
import { Page } from '../../components/page';
import { useToast } from '../../components/toast';
import { failureReason } from '../../i18n/failure-reason';
import { KoperasiForm } from './koperasi-form';
import { useKoperasi } from './use-koperasi';

/** /koperasi/baru and /koperasi/:id/ubah. "Saved" is shown only after the write has committed to disk. */
export function KoperasiFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const { koperasi } = useApp();
  const toast = useToast();
  const existing = useKoperasi(id);

  const save = async (values: Koperasi) => {
    try {
      const saved = id ? await koperasi.update(id, values) : await koperasi.create(values);
      toast(t('koperasi.saved'));
      navigate(`/koperasi/${saved.id}`, { replace: Boolean(id) });
    } catch (error) {
      toast(t('koperasi.saveFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };

  if (id && existing === undefined)
    return (
      <Page title={t('koperasi.editTitle')}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  if (id && existing === null)
    return (
      <Page title={t('koperasi.editTitle')}>
        <p className="empty">{t('koperasi.notFound')}</p>
      </Page>
    );
  const initial: Koperasi = existing ? pickKoperasiFields(existing) : emptyKoperasi();
  return (
    <Page title={id ? t('koperasi.editTitle') : t('koperasi.newTitle')}>
      <KoperasiForm key={existing?.id ?? 'new'} initial={initial} onSave={save} onCancel={() => navigate(id ? `/koperasi/${id}` : '/koperasi')} />
    </Page>
  );
}
