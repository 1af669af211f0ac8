import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTanggal } from '../../../shared/format/format-date';
import { maskNik } from '../../../shared/nik/nik-mask';
import { useApp } from '../../app/app-context';
import { Page } from '../../components/page';
import { useToast } from '../../components/toast';
import type { KemungkinanDuplikat } from '../../db/duplikat-repository';
import type { AnggotaRecord } from '../../db/synced-records';
import { failureReason } from '../../i18n/failure-reason';

/**
 * Kemungkinan duplikat: pairs of people who are probably one person (same name, one without NIK, and the same
 * birth date, phone or cooperative), the evidence side by side. Gabungkan fuses them the way a merge of two
 * laptops does; Bukan duplikat takes the pair off the list for good on this laptop.
 */
export function DuplikatPage() {
  const { t, i18n } = useTranslation();
  const { duplikat } = useApp();
  const toast = useToast();
  const [daftar, setDaftar] = useState<KemungkinanDuplikat[]>();
  const [dibaca, setDibaca] = useState({ done: 0, total: 0 });
  const [sibuk, setSibuk] = useState(false);

  useEffect(() => {
    let live = true;
    void duplikat.list((done, total) => live && setDibaca({ done, total })).then((d) => live && setDaftar(d));
    return () => {
      live = false;
    };
  }, [duplikat]);

  const putuskan = async (p: KemungkinanDuplikat, gabung: boolean) => {
    setSibuk(true);
    try {
      if (gabung) await duplikat.merge(p.a.id, p.b.id);
      else await duplikat.dismiss(p.a.id, p.b.id);
      toast(t(gabung ? 'duplikat.digabung' : 'duplikat.dicatatBukan', { nama: p.a.nama }));
      setDaftar((d) => d?.filter((x) => x !== p && x.a.id !== p.a.id && x.a.id !== p.b.id && x.b.id !== p.a.id && x.b.id !== p.b.id));
    } catch (error) {
      toast(t('duplikat.gagal', { reason: failureReason(t, error) }), { tone: 'error' });
    } finally {
      setSibuk(false);
    }
  };

  const kolom = (a: AnggotaRecord, p: KemungkinanDuplikat) => (
    <dl className="facts">
      <div>
        <dt>{t('duplikat.nama')}</dt>
        <dd>
          <Link to={`/anggota/${a.id}`}>{a.nama}</Link>
        </dd>
      </div>
      <div>
        <dt>NIK</dt>
        <dd>{a.nik ? maskNik(a.nik) : t('duplikat.tanpaNik')}</dd>
      </div>
      <div className={p.bukti.includes('tanggalLahir') ? 'bukti-sama' : undefined}>
        <dt>{t('duplikat.tanggalLahir')}</dt>
        <dd>{a.tanggalLahir ? formatTanggal(a.tanggalLahir, i18n.language) : t('common.notSet')}</dd>
      </div>
      <div className={p.bukti.includes('telepon') ? 'bukti-sama' : undefined}>
        <dt>{t('duplikat.telepon')}</dt>
        <dd>{a.telepon || t('common.notSet')}</dd>
      </div>
    </dl>
  );

  return (
    <Page title={t('duplikat.judul')}>
      <p className="lead">{t('duplikat.intro')}</p>
      {!daftar && (
        <p className="muted" role="status">
          {t('duplikat.mencari', dibaca)}
        </p>
      )}
      {daftar && daftar.length === 0 && <p className="empty">{t('duplikat.kosong')}</p>}
      {daftar && daftar.length > 0 && <p className="muted">{t('duplikat.jumlah', { count: daftar.length })}</p>}
      <ul className="item-list duplikat-list">
        {daftar?.map((p) => (
          <li key={`${p.a.id}|${p.b.id}`} className="card">
            <p>
              <strong>{t('duplikat.bukti')}</strong>{' '}
              {p.bukti
                .map((b) => (b === 'koperasi' ? t('duplikat.buktiKoperasi', { nama: p.koperasiBersama.join(', ') }) : t(`duplikat.buktiJenis.${b}`)))
                .join('; ')}
            </p>
            <div className="duplikat-pasangan">
              {kolom(p.a, p)}
              {kolom(p.b, p)}
            </div>
            <div className="button-row">
              <button type="button" className="button button-primary" disabled={sibuk} onClick={() => void putuskan(p, true)}>
                {t('duplikat.gabungkan')}
              </button>
              <button type="button" className="button" disabled={sibuk} onClick={() => void putuskan(p, false)}>
                {t('duplikat.bukanDuplikat')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </Page>
  );
}
