import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { peranAktif } from '../../../shared/anggota/peran-schema';
import { tanggalHariIni } from '../../../shared/format/format-date';
import { emptyKepesertaan, kepesertaanFieldNames, type Kepesertaan } from '../../../shared/kepesertaan/kepesertaan-schema';
import { programSaran } from '../../../shared/kepesertaan/program-rules';
import { pickFields } from '../../../shared/records/pick-fields';
import { useApp } from '../../app/app-context';
import { Page } from '../../components/page';
import { useToast } from '../../components/toast';
import { failureReason } from '../../i18n/failure-reason';
import { useAnggota, usePeranAnggota } from '../anggota/use-anggota';
import { KepesertaanForm } from './kepesertaan-form';

/**
 * /anggota/:id/kepesertaan/baru and /kepesertaan/:id/ubah. An enrollment goes through a cooperative the person has a
 * role in; a new one starts as a draft with the programs suggested for that cooperative's scale.
 */
export function KepesertaanFormPage({ mode }: { mode: 'baru' | 'ubah' }) {
  const { t } = useTranslation();
  const params = useParams();
  const navigate = useNavigate();
  const { kepesertaan } = useApp();
  const toast = useToast();
  const isEdit = mode === 'ubah';
  const editing = useLiveQuery(async () => (isEdit && params.id ? ((await kepesertaan.get(params.id)) ?? null) : null), [kepesertaan, isEdit, params.id]);
  const anggotaId = isEdit ? editing?.anggotaId : params.id;
  const person = useAnggota(anggotaId);
  const roles = usePeranAnggota(anggotaId ?? '');
  const title = isEdit ? t('kepesertaan.editTitle') : t('kepesertaan.newTitle');

  if ((isEdit && editing === undefined) || person === undefined || roles === undefined)
    return (
      <Page title={title}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  if ((isEdit && editing === null) || person === null)
    return (
      <Page title={title}>
        <p className="empty">{t('anggota.notFound')}</p>
      </Page>
    );

  const today = tanggalHariIni();
  const current = roles.filter((r) => r.koperasi && peranAktif(r.peran, today));
  if (!isEdit && current.length === 0)
    return (
      <Page title={title}>
        <p className="empty">{t('kepesertaan.needsRole')}</p>
        <Link to={`/anggota/${person.id}`}>{t('common.back')}</Link>
      </Page>
    );

  const initial: Kepesertaan = editing ? pickFields<Kepesertaan>(editing, kepesertaanFieldNames) : suggested(person.id, current);
  const save = async (values: Kepesertaan) => {
    try {
      if (editing) await kepesertaan.update(editing.id, values);
      else await kepesertaan.create(values);
      toast(t('kepesertaan.saved'));
      navigate(`/anggota/${person.id}`, { replace: Boolean(editing) });
    } catch (error) {
      toast(t('kepesertaan.saveFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };
  return (
    <Page title={`${title}: ${person.nama}`}>
      <KepesertaanForm
        key={editing?.id ?? 'new'}
        initial={initial}
        roles={isEdit ? roles : current}
        onSave={save}
        onCancel={() => navigate(`/anggota/${person.id}`)}
      />
    </Page>
  );
}

/** Employees and paid pengurus are usually PU; members usually BPU (docs/domain.md §3); the officer can change it. */
function suggested(anggotaId: string, roles: ReturnType<typeof usePeranAnggota> & object): Kepesertaan {
  const first = roles.find((r) => r.peran.peran === 'karyawan') ?? roles.find((r) => r.peran.peran === 'pengurus') ?? roles[0]!;
  const kategori = first.peran.peran === 'karyawan' || first.peran.peran === 'pengurus' ? 'PU' : 'BPU';
  return { ...emptyKepesertaan(anggotaId, first.peran.koperasiId), kategori, program: programSaran(kategori, first.koperasi!.skalaUsaha) };
}
