import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTanggal, formatWaktu } from '../../../shared/format/format-date';
import { formatRupiah } from '../../../shared/format/format-rupiah';
import { useApp } from '../../app/app-context';
import { useToast } from '../../components/toast';
import { failureReason } from '../../i18n/failure-reason';
import { useKepesertaanAnggota } from '../anggota/use-anggota';
import { EstimasiView } from './estimasi-view';
import { StatusActions } from './status-actions';
import { StatusBadge } from './status-badge';

/** A person's enrollments with their status, what they cost per month, the consent, and the next steps. */
export function KepesertaanSection({ anggotaId, canEnroll }: { anggotaId: string; canEnroll: boolean }) {
  const { t, i18n } = useTranslation();
  const { kepesertaan } = useApp();
  const toast = useToast();
  const rows = useKepesertaanAnggota(anggotaId);
  const remove = async (id: string) => {
    try {
      await kepesertaan.remove(id);
      toast(t('kepesertaan.removed'), { action: { label: t('common.undo'), run: () => kepesertaan.restore(id) } });
    } catch (error) {
      toast(t('kepesertaan.saveFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };
  return (
    <section className="card" aria-labelledby="kepesertaan-title">
      <div className="item-head">
        <h2 id="kepesertaan-title">{t('anggota.sections.kepesertaan')}</h2>
        {canEnroll && (
          <Link className="button" to={`/anggota/${anggotaId}/kepesertaan/baru`}>
            {t('kepesertaan.add')}
          </Link>
        )}
      </div>
      {!canEnroll && <p className="muted">{t('kepesertaan.needsRole')}</p>}
      {rows?.length === 0 && <p className="muted">{t('kepesertaan.none')}</p>}
      <ul className="item-list">
        {rows?.map(({ kepesertaan: k, koperasi }) => (
          <li key={k.id} aria-label={`${t('kepesertaan.title')} ${koperasi?.nama ?? ''}`}>
            <div className="item-head">
              <strong>
                {t(`kepesertaan.options.kategori.${k.kategori}`)} · {k.program.join(', ')}
              </strong>
              <span>
                <StatusBadge status={k.status} />
                {k.statusSejak && <small className="muted"> {t('kepesertaan.since', { when: formatWaktu(k.statusSejak, i18n.language) })}</small>}
              </span>
            </div>
            <p>
              {koperasi ? t('kepesertaan.via', { koperasi: koperasi.nama }) : t('peran.koperasiUnknown')}
              {' · '}
              {k.kategori === 'PU' ? t('kepesertaan.upahShort') : t('kepesertaan.penghasilanShort')}: {formatRupiah(k.upah)}
              {k.tanggalEfektif && ` · ${t('kepesertaan.fields.tanggalEfektif')}: ${formatTanggal(k.tanggalEfektif, i18n.language)}`}
            </p>
            {k.kpj && (
              <p>
                {t('kepesertaan.fields.kpj')}: <strong className="nik">{k.kpj}</strong>
              </p>
            )}
            {k.status === 'ditolak' && k.alasanDitolak && (
              <p className="finding-peringatan">
                {t('kepesertaan.fields.alasanDitolak')}: {k.alasanDitolak}
              </p>
            )}
            <p className="muted">
              {k.persetujuanWaktu
                ? t('kepesertaan.consentRecorded', { when: formatWaktu(k.persetujuanWaktu, i18n.language), by: k.persetujuanOleh, versi: k.persetujuanVersi })
                : t('kepesertaan.consentMissing')}
            </p>
            <details>
              <summary>{t('kepesertaan.estimate')}</summary>
              <EstimasiView input={k} />
            </details>
            <div className="item-actions">
              <StatusActions k={k} />
              <Link className="button button-quiet" to={`/kepesertaan/${k.id}/cetak`}>
                {t('dokumen.cetakFormulir')}
              </Link>
              <Link className="button button-quiet" to={`/kepesertaan/${k.id}/ubah`}>
                {t('common.edit')}
              </Link>
              <button type="button" className="button button-quiet" onClick={() => void remove(k.id)}>
                {t('common.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
