import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SyncedTable } from '../../../shared/records/synced-tables';
import { useApp } from '../../app/app-context';
import { useToast } from '../../components/toast';
import type { KonflikItem } from '../../db/konflik-repository';
import { failureReason } from '../../i18n/failure-reason';
import { formatVersi } from './format-versi';
import { labelKolomKonflik } from './label-kolom-konflik';

/** The page a conflicting record is seen on: its own, or for roles, enrollments and check-ins their person's. */
function tautan(item: KonflikItem): string | undefined {
  const own: Partial<Record<SyncedTable, string>> = { koperasi: '/koperasi/', anggota: '/anggota/', kegiatan: '/kegiatan/' };
  const base = own[item.tabel];
  if (base) return `${base}${item.recordId}`;
  return item.anggotaId ? `/anggota/${item.anggotaId}` : undefined;
}

/**
 * Konflik: every field two laptops changed to different values without knowing of each other, with each version,
 * who wrote it and when. The record already shows the newest; choosing a version (the shown one too) writes a new
 * change made knowing all of them, which every laptop accepts and which closes the conflict everywhere.
 */
export function KonflikTab() {
  const { t } = useTranslation();
  const { konflik } = useApp();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const items = useLiveQuery(() => konflik.list(), [konflik]);
  return (
    <section aria-labelledby={`${id}-judul`}>
      <h2 id={`${id}-judul`} ref={heading} tabIndex={-1}>
        {t('pertukaran.konflik.judul')}
      </h2>
      <p className="muted">{t('pertukaran.konflik.intro')}</p>
      {items === undefined && <p>{t('common.loading')}</p>}
      {items?.length === 0 && <p className="empty">{t('pertukaran.konflik.kosongDaftar')}</p>}
      {items && items.length > 0 && (
        <ul className="item-list konflik-list">
          {items.map((item) => (
            <li key={item.id}>
              <KonflikKartu item={item} onChosen={() => heading.current?.focus()} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function KonflikKartu({ item, onChosen }: { item: KonflikItem; onChosen: () => void }) {
  const { t, i18n } = useTranslation();
  const { konflik, info } = useApp();
  const toast = useToast();
  const id = useId();
  const label = labelKolomKonflik(t, item.tabel, item.field);
  const href = tautan(item);
  const judul = item.judul || item.recordId.slice(0, 8);
  const versions = item.versions.map((v) => ({ v, f: formatVersi(t, i18n.language, item.tabel, item.field, v, info.deviceId) }));

  const pilih = async (clock: string, nilai: string) => {
    try {
      await konflik.resolve(item.id, clock);
      toast(t('pertukaran.konflik.dipilih', { label, nilai }));
      onChosen();
    } catch (error) {
      toast(t('pertukaran.konflik.gagal', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };

  return (
    <article aria-labelledby={`${id}-judul`} className="konflik">
      <h3 id={`${id}-judul`}>
        <span className="muted">{t(`pertukaran.tabel.${item.tabel}`)}:</span> {href ? <Link to={href}>{judul}</Link> : judul}
        {' · '}
        {t('pertukaran.konflik.isian', { label })}
      </h3>
      <table className="compare-table konflik-versi">
        <thead>
          <tr>
            <th scope="col">{t('pertukaran.konflik.nilai')}</th>
            <th scope="col">{t('pertukaran.konflik.oleh')}</th>
            <th scope="col">{t('pertukaran.konflik.waktu')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('pertukaran.konflik.pakai')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map(({ v, f }) => (
            <tr key={v.clock} className={v.dipakai ? 'konflik-dipakai' : undefined}>
              <td>
                <span className="konflik-nilai">{f.nilai}</span>
                {v.dipakai && (
                  <>
                    {' '}
                    <span className="badge">{t('pertukaran.konflik.ditampilkan')}</span>
                  </>
                )}
              </td>
              <td>{f.oleh}</td>
              <td>{f.waktu}</td>
              <td>
                <button
                  type="button"
                  className={v.dipakai ? 'button button-small' : 'button button-small button-primary'}
                  onClick={() => void pilih(v.clock, f.nilai)}
                  aria-label={`${t(v.dipakai ? 'pertukaran.konflik.tetapkan' : 'pertukaran.konflik.pakai')}: ${f.nilai}`}
                >
                  {t(v.dipakai ? 'pertukaran.konflik.tetapkan' : 'pertukaran.konflik.pakai')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
