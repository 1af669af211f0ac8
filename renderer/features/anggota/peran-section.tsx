import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { emptyPeran, peranAktif, pickPeranFields, type Peran } from '../../../shared/anggota/peran-schema';
import { formatTanggal, tanggalHariIni } from '../../../shared/format/format-date';
import { useApp } from '../../app/app-context';
import { useToast } from '../../components/toast';
import { failureReason } from '../../i18n/failure-reason';
import { PeranForm } from './peran-form';
import { usePeranAnggota } from './use-anggota';

/** A person's roles in cooperatives, current ones first, with add, edit and remove (undoable) in place. */
export function PeranSection({ anggotaId }: { anggotaId: string }) {
  const { t, i18n } = useTranslation();
  const { peran } = useApp();
  const toast = useToast();
  const roles = usePeranAnggota(anggotaId);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const today = tanggalHariIni();

  const save = async (values: Peran) => {
    try {
      if (editing === 'new' || editing === null) await peran.create(values);
      else await peran.update(editing, values);
      toast(t('peran.saved'));
      setEditing(null);
    } catch (error) {
      toast(t('peran.saveFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };
  const remove = async (id: string, koperasiNama: string) => {
    try {
      await peran.remove(id);
      toast(t('peran.removed', { koperasi: koperasiNama }), { action: { label: t('common.undo'), run: () => peran.restore(id) } });
    } catch (error) {
      toast(t('peran.saveFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };

  return (
    <section className="card" aria-labelledby="peran-title">
      <div className="item-head">
        <h2 id="peran-title">{t('anggota.sections.peran')}</h2>
        {editing === null && (
          <button type="button" className="button" onClick={() => setEditing('new')}>
            {t('peran.add')}
          </button>
        )}
      </div>
      {editing === 'new' && <PeranForm initial={emptyPeran(anggotaId)} onSave={save} onCancel={() => setEditing(null)} />}
      {roles?.length === 0 && editing !== 'new' && <p className="muted">{t('peran.none')}</p>}
      <ul className="item-list">
        {roles?.map(({ peran: p, koperasi }) => {
          const nama = koperasi?.nama ?? t('peran.koperasiUnknown');
          return (
            <li key={p.id}>
              {editing === p.id ? (
                <PeranForm initial={pickPeranFields(p)} onSave={save} onCancel={() => setEditing(null)} />
              ) : (
                <>
                  <div className="item-head">
                    <strong>
                      {t(`peran.options.peran.${p.peran}`)}
                      {p.jabatan && ` · ${p.jabatan}`}
                    </strong>
                    <span className={peranAktif(p, today) ? 'badge' : 'badge badge-tidak_aktif'}>
                      {peranAktif(p, today) ? t('peran.current') : t('peran.ended', { date: formatTanggal(p.selesai, i18n.language) })}
                    </span>
                  </div>
                  <p>
                    {koperasi ? <Link to={`/koperasi/${koperasi.id}`}>{nama}</Link> : nama}
                    {p.mulai && <span className="muted"> · {t('peran.since', { date: formatTanggal(p.mulai, i18n.language) })}</span>}
                  </p>
                  <div className="item-actions">
                    <button type="button" className="button button-quiet" onClick={() => setEditing(p.id)}>
                      {t('common.edit')}
                    </button>
                    <button type="button" className="button button-quiet" onClick={() => void remove(p.id, nama)}>
                      {t('common.delete')}
                    </button>
                  </div>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
