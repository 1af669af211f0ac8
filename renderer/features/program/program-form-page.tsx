import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { emptyProgram, pickProgramFields, type Program } from '../../../shared/program/program-schema';
import { useApp } from '../../app/app-context';
import { Page } from '../../components/page';
import { useToast } from '../../components/toast';
import { failureReason } from '../../i18n/failure-reason';
import { ProgramForm } from './program-form';

/** /program/baru (from an agreement's page: `?perjanjian=<id>` ticks it) and /program/:id/ubah. */
export function ProgramFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { program } = useApp();
  const toast = useToast();
  const existing = useLiveQuery(async () => (id ? ((await program.get(id)) ?? null) : null), [program, id]);

  const save = async (values: Program) => {
    try {
      const saved = id ? await program.update(id, values) : await program.create(values);
      toast(t('program.programSaved'));
      navigate(`/program/${saved.id}`, { replace: Boolean(id) });
    } catch (error) {
      toast(t('program.saveFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };

  const title = id ? t('program.ubahProgram') : t('program.programBaru');
  if (id && existing === undefined)
    return (
      <Page title={title}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  if (id && existing === null)
    return (
      <Page title={title}>
        <p className="empty">{t('program.programNotFound')}</p>
      </Page>
    );
  const dari = params.get('perjanjian');
  const initial = existing ? pickProgramFields(existing) : { ...emptyProgram(), perjanjianIds: dari ? [dari] : [] };
  return (
    <Page title={title}>
      <ProgramForm key={existing?.id ?? 'new'} initial={initial} onSave={save} onCancel={() => navigate(id ? `/program/${id}` : '/program')} />
    </Page>
  );
}
