import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { emptyKegiatan, pickKegiatanFields, type Kegiatan } from '../../../shared/kegiatan/kegiatan-schema';
import { tanggalHariIni } from '../../../shared/format/format-date';
import { useApp } from '../../app/app-context';
import { Page } from '../../components/page';
import { useToast } from '../../components/toast';
import { failureReason } from '../../i18n/failure-reason';
import { KegiatanForm } from './kegiatan-form';
import { useKegiatan } from './use-kegiatan';

/** /kegiatan/baru and /kegiatan/:id/ubah. A new event starts on today's date with the office as organizer. */
export function KegiatanFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const { kegiatan, settings } = useApp();
  const toast = useToast();
  const existing = useKegiatan(id);

  const save = async (values: Kegiatan) => {
    try {
      const saved = id ? await kegiatan.update(id, values) : await kegiatan.create(values);
      toast(t('kegiatan.saved'));
      navigate(`/kegiatan/${saved.id}`, { replace: Boolean(id) });
    } catch (error) {
      toast(t('kegiatan.saveFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };

  const title = id ? t('kegiatan.editTitle') : t('kegiatan.newTitle');
  if (id && existing === undefined)
    return (
      <Page title={title}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  if (id && existing === null)
    return (
      <Page title={title}>
        <p className="empty">{t('kegiatan.notFound')}</p>
      </Page>
    );
  const office = settings.officeProfile?.namaKantor;
  const initial: Kegiatan = existing ? pickKegiatanFields(existing) : { ...emptyKegiatan(), tanggal: tanggalHariIni(), penyelenggara: office ? [office] : [] };
  return (
    <Page title={title}>
      <KegiatanForm key={existing?.id ?? 'new'} initial={initial} onSave={save} onCancel={() => navigate(id ? `/kegiatan/${id}` : '/kegiatan')} />
    </Page>
  );
}
