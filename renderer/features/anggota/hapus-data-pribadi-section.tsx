import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApp } from '../../app/app-context';
import { useToast } from '../../components/toast';
import type { AnggotaRecord } from '../../db/synced-records';
import { failureReason } from '../../i18n/failure-reason';

/**
 * *Hapus data pribadi* on a person's page (UU 27/2022): what it does, then a typed confirmation, since it cannot be
 * undone and reaches every laptop through the next bundles.
 */
export function HapusDataPribadiSection({ a }: { a: AnggotaRecord }) {
  const { t } = useTranslation();
  const { anggota } = useApp();
  const toast = useToast();
  const navigate = useNavigate();
  const id = useId();
  const [buka, setBuka] = useState(false);
  const [ketik, setKetik] = useState('');
  const kata = t('hapusPribadi.kata');

  const hapus = async () => {
    try {
      await anggota.eraseDataPribadi(a.id);
      toast(t('hapusPribadi.selesai'));
      navigate('/anggota');
    } catch (error) {
      toast(t('hapusPribadi.gagal', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-judul`}>
      <h2 id={`${id}-judul`}>{t('hapusPribadi.judul')}</h2>
      <p className="muted">{t('hapusPribadi.intro')}</p>
      {!buka ? (
        <button type="button" className="button button-danger" onClick={() => setBuka(true)}>
          {t('hapusPribadi.tombol')}
        </button>
      ) : (
        <div className="notice-warning">
          <p>{t('hapusPribadi.peringatan', { nama: a.nama })}</p>
          <div className="field">
            <label htmlFor={`${id}-kata`}>{t('hapusPribadi.konfirmasi', { kata })}</label>
            <input id={`${id}-kata`} value={ketik} autoComplete="off" spellCheck={false} onChange={(e) => setKetik(e.target.value)} />
          </div>
          <div className="form-actions">
            <button type="button" className="button button-danger" disabled={ketik.trim() !== kata} onClick={() => void hapus()}>
              {t('hapusPribadi.tombol')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setBuka(false);
                setKetik('');
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
