import { useLiveQuery } from 'dexie-react-hooks';
import type { UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { emptyPerjanjian, pickPerjanjianFields, type Perjanjian } from '../../../shared/program/perjanjian-schema';
import { useApp } from '../../app/app-context';
import { Page } from '../../components/page';
import { useToast } from '../../components/toast';
import { NomorPerjanjianInUseError } from '../../db/perjanjian-repository';
import { failureReason } from '../../i18n/failure-reason';
import { PerjanjianForm } from './perjanjian-form';

/** /perjanjian/baru and /perjanjian/:id/ubah. A number another agreement has is refused beside that party's field. */
export function PerjanjianFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const { perjanjian } = useApp();
  const toast = useToast();
  const existing = useLiveQuery(async () => (id ? ((await perjanjian.get(id)) ?? null) : null), [perjanjian, id]);

  const save = async (values: Perjanjian, setError: UseFormSetError<Perjanjian>) => {
    try {
      const saved = id ? await perjanjian.update(id, values) : await perjanjian.create(values);
      toast(t('program.perjanjianSaved'));
      navigate(`/perjanjian/${saved.id}`, { replace: Boolean(id) });
    } catch (error) {
      if (error instanceof NomorPerjanjianInUseError) {
        setError(`pihak.${error.index}.nomor`, { type: 'custom', message: 'validation.nomorPerjanjianDipakai' }, { shouldFocus: true });
        return;
      }
      toast(t('program.saveFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };

  const title = id ? t('program.ubahPerjanjian') : t('program.perjanjianBaru');
  if (id && existing === undefined)
    return (
      <Page title={title}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  if (id && existing === null)
    return (
      <Page title={title}>
        <p className="empty">{t('program.perjanjianNotFound')}</p>
      </Page>
    );
  const initial = existing ? pickPerjanjianFields(existing) : { ...emptyPerjanjian(), pihak: [{ nama: '', nomor: '', penandatangan: '', jabatan: '' }] };
  return (
    <Page title={title}>
      <PerjanjianForm key={existing?.id ?? 'new'} initial={initial} onSave={save} onCancel={() => navigate(id ? `/perjanjian/${id}` : '/program')} />
    </Page>
  );
}
