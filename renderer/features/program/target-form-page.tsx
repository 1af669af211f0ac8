import { useLiveQuery } from 'dexie-react-hooks';
import type { UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { emptyTarget, pickTargetFields, type Target } from '../../../shared/program/target-schema';
import { useApp } from '../../app/app-context';
import { Page } from '../../components/page';
import { useToast } from '../../components/toast';
import { TargetOverlapError } from '../../db/target-repository';
import { failureReason } from '../../i18n/failure-reason';
import { TargetForm } from './target-form';

/** /program/:id/target/baru and /program/:id/target/:targetId/ubah. A new target starts as this calendar year. */
export function TargetFormPage() {
  const { t } = useTranslation();
  const { id = '', targetId } = useParams();
  const navigate = useNavigate();
  const { target } = useApp();
  const toast = useToast();
  const existing = useLiveQuery(async () => (targetId ? ((await target.get(targetId)) ?? null) : null), [target, targetId]);

  const save = async (values: Target, setError: UseFormSetError<Target>) => {
    try {
      await (targetId ? target.update(targetId, values) : target.create(values));
      toast(t('program.targetSaved'));
      navigate(`/program/${id}`);
    } catch (error) {
      if (error instanceof TargetOverlapError) {
        setError('mulai', { type: 'custom', message: 'validation.targetTumpangTindih' }, { shouldFocus: true });
        return;
      }
      toast(t('program.saveFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };

  const title = targetId ? t('program.ubahTarget') : t('program.targetBaru');
  if (targetId && existing === undefined)
    return (
      <Page title={title}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  if (targetId && existing === null)
    return (
      <Page title={title}>
        <p className="empty">{t('program.targetNotFound')}</p>
      </Page>
    );
  const initial = existing ? pickTargetFields(existing) : emptyTarget(id);
  return (
    <Page title={title}>
      <TargetForm key={existing?.id ?? 'new'} initial={initial} onSave={save} onCancel={() => navigate(`/program/${id}`)} />
    </Page>
  );
}
