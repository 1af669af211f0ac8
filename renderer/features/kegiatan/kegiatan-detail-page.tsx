import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formatJam, formatJamKegiatan, formatTanggal, formatWaktu } from '../../../shared/format/format-date';
import { bisaCheckIn } from '../../../shared/kegiatan/kegiatan-options';
import { rekapKehadiran } from '../../../shared/kegiatan/kehadiran-schema';
import { useApp } from '../../app/app-context';
import { Page } from '../../components/page';
import { useToast } from '../../components/toast';
import type { KegiatanRecord } from '../../db/synced-records';
import type { PesertaKegiatan } from '../../db/kehadiran-repository';
import { failureReason } from '../../i18n/failure-reason';
import { RekapKehadiranView } from './rekap-kehadiran-view';
import { StatusKegiatanActions } from './status-kegiatan-actions';
import { StatusKegiatanBadge } from './status-kegiatan-badge';
import { UndanganSection } from './undangan-section';
import { useKegiatan } from './use-kegiatan';
import { useZonaWaktu } from '../../app/use-zona-waktu';

/**
 * One event: what and where, its status steps, the invitations, who came, the documents to print and what was
 * printed. Check-in is one click (or Enter on "Mulai check-in") away.
 */
export function KegiatanDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const k = useKegiatan(id);
  if (k === undefined)
    return (
      <Page title={t('kegiatan.title')}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  if (k === null)
    return (
      <Page title={t('kegiatan.title')}>
        <p className="empty">{t('kegiatan.notFound')}</p>
      </Page>
    );
  return <KegiatanDetail k={k} />;
}

function KegiatanDetail({ k }: { k: KegiatanRecord }) {
  const { t, i18n } = useTranslation();
  const zona = useZonaWaktu();
  const { kegiatan, kehadiran, cetakan, program } = useApp();
  const dilayani = useLiveQuery(async () => (k.programId ? ((await program.get(k.programId)) ?? null) : null), [program, k.programId]);
  const navigate = useNavigate();
  const toast = useToast();
  const rows = useLiveQuery(() => kehadiran.listForKegiatan(k.id), [kehadiran, k.id]);
  const prints = useLiveQuery(() => cetakan.listForRef(k.id), [cetakan, k.id]);
  // One read of the participant list serves the table and the daftar kolektif links.
  const peserta = useLiveQuery(() => kehadiran.listPeserta(k), [kehadiran, k]);
  const rekap = rekapKehadiran(rows ?? [], k.undangan);

  const remove = async () => {
    try {
      await kegiatan.remove(k.id);
    } catch (error) {
      toast(t('kegiatan.deleteFailed', { reason: failureReason(t, error) }), { tone: 'error' });
      return;
    }
    navigate('/kegiatan');
    toast(t('kegiatan.deleted', { judul: k.judul }), {
      action: {
        label: t('common.undo'),
        run: async () => {
          await kegiatan.restore(k.id);
          navigate(`/kegiatan/${k.id}`);
        },
      },
    });
  };

  const fact = (label: string, value: string) => (
    <div>
      <dt>{label}</dt>
      <dd>{value || t('common.notSet')}</dd>
    </div>
  );
  return (
    <Page
      title={k.judul}
      actions={
        <>
          {bisaCheckIn(k.status) && (
            <Link className="button button-primary" to={`/kegiatan/${k.id}/check-in`}>
              {t('kegiatan.bukaCheckIn')}
            </Link>
          )}
          {k.status !== 'dilaporkan' && (
            <Link className="button" to={`/kegiatan/${k.id}/ubah`}>
              {t('common.edit')}
            </Link>
          )}
          {k.status === 'direncanakan' && (
            <button type="button" className="button button-danger" onClick={() => void remove()}>
              {t('common.delete')}
            </button>
          )}
        </>
      }
    >
      <section className="card" aria-labelledby="status-heading">
        <h2 id="status-heading">
          {t('kegiatan.fields.status')} <StatusKegiatanBadge status={k.status} />
        </h2>
        <p className="muted">{t(`kegiatan.statusHint.${k.status}`)}</p>
        <StatusKegiatanActions kegiatan={k} />
      </section>

      <section className="card" aria-labelledby="kehadiran-heading">
        <h2 id="kehadiran-heading">{t('kegiatan.kehadiranTitle')}</h2>
        <RekapKehadiranView rekap={rekap} koperasiDiundang={k.undangan.length} />
      </section>

      <section className="card" aria-labelledby="dokumen-heading">
        <h2 id="dokumen-heading">{t('kegiatan.dokumen.title')}</h2>
        <ul className="link-list">
          <li>
            <Link to={`/kegiatan/${k.id}/cetak/surat-undangan`}>{t('kegiatan.dokumen.suratUndangan')}</Link>{' '}
            <span className="muted">— {t('kegiatan.dokumen.suratUndanganHint', { count: k.undangan.length })}</span>
          </li>
          <li>
            <Link to={`/kegiatan/${k.id}/cetak/daftar-hadir`}>{t('kegiatan.dokumen.daftarHadir')}</Link>{' '}
            <span className="muted">— {t('kegiatan.dokumen.daftarHadirHint')}</span>
          </li>
          <li>
            <Link to={`/kegiatan/${k.id}/cetak/formulir`}>{t('kegiatan.dokumen.formulir')}</Link>{' '}
            <span className="muted">— {t('kegiatan.dokumen.formulirHint', { count: rekap.inginMendaftar })}</span>
          </li>
          <li>
            <Link to={`/kegiatan/${k.id}/cetak/berita-acara`}>{t('kegiatan.dokumen.beritaAcara')}</Link>{' '}
            <span className="muted">— {t('kegiatan.dokumen.beritaAcaraHint')}</span>
          </li>
        </ul>
        <KolektifLinks kegiatanId={k.id} peserta={peserta ?? []} />
      </section>

      <section className="card" aria-labelledby="info-heading">
        <h2 id="info-heading">{t('kegiatan.sections.acara')}</h2>
        <dl className="facts">
          {fact(t('kegiatan.fields.tanggal'), formatTanggal(k.tanggal, i18n.language, 'full'))}
          {fact(t('kegiatan.fields.waktu'), formatJamKegiatan(k.jamMulai, k.jamSelesai, zona.singkatan))}
          {fact(
            t('kegiatan.fields.tempat'),
            [k.tempat, k.alamatTempat, k.kecamatanNama && `${t('kegiatan.kecamatanPrefix')} ${k.kecamatanNama}`].filter(Boolean).join(', '),
          )}
          {k.programId && (
            <div>
              <dt>{t('kegiatan.fields.programId')}</dt>
              {/* A program deleted here unlinks its events; one deleted on another laptop arrives still linked: say so. */}
              <dd>
                {dilayani ? (
                  <Link to={`/program/${dilayani.id}`}>{dilayani.nama}</Link>
                ) : dilayani === null ? (
                  <span className="muted">{t('kegiatan.programTerhapus')}</span>
                ) : (
                  '…'
                )}
              </dd>
            </div>
          )}
          {(k.program || !k.programId) && fact(t('kegiatan.fields.program'), k.program)}
          {fact(t('kegiatan.fields.penyelenggara'), k.penyelenggara.join('; '))}
          {fact(t('kegiatan.fields.mitra'), k.mitra.join('; '))}
          {fact(t('kegiatan.fields.narasumber'), k.narasumber.map((n) => (n.jabatan ? `${n.nama} (${n.jabatan})` : n.nama)).join('; '))}
        </dl>
        {k.catatan && <p className="prewrap">{k.catatan}</p>}
      </section>

      <UndanganSection kegiatan={k} readOnly={k.status === 'dilaporkan'} />
      <PesertaSection list={peserta} />

      <section className="card" aria-labelledby="cetakan-heading">
        <h2 id="cetakan-heading">{t('kegiatan.cetakan.title')}</h2>
        {prints && prints.length === 0 && <p className="muted">{t('kegiatan.cetakan.empty')}</p>}
        {prints && prints.length > 0 && (
          <ul className="history">
            {prints.map((p) => (
              <li key={p.id}>
                {t('kegiatan.cetakan.entry', {
                  jenis: t(`cetak.jenis.${p.jenis}`),
                  waktu: formatWaktu(p.waktu, i18n.language),
                  petugas: p.petugas || t('common.notSet'),
                  cara: t(`cetak.cara.${p.cara}`),
                })}
                {p.berkas && <span className="muted"> — {p.berkas}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}

/** Links to each cooperative's daftar kolektif for the enrollments made at this event. */
function KolektifLinks({ kegiatanId, peserta }: { kegiatanId: string; peserta: readonly PesertaKegiatan[] }) {
  const { t } = useTranslation();
  const seen = new Map<string, string>();
  for (const p of peserta) if (p.kehadiran?.inginMendaftar && p.koperasi) seen.set(p.koperasi.id, p.koperasi.nama);
  const koperasi = [...seen];
  if (koperasi.length === 0) return null;
  return (
    <>
      <h3 className="subheading">{t('kegiatan.dokumen.kolektif')}</h3>
      <ul className="link-list">
        {koperasi.map(([id, nama]) => (
          <li key={id}>
            <Link to={`/koperasi/${id}/cetak/kolektif?kegiatan=${kegiatanId}`}>{t('kegiatan.dokumen.kolektifFor', { nama })}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Everyone on the event's list with whether they came (and who checked them in, when). */
function PesertaSection({ list }: { list: readonly PesertaKegiatan[] | undefined }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="peserta-heading">
      <h2 id="peserta-heading">{t('kegiatan.peserta.title')}</h2>
      {list && list.length === 0 && <p className="muted">{t('kegiatan.peserta.empty')}</p>}
      {list && list.length > 0 && (
        <table className="compare-table peserta-table">
          <thead>
            <tr>
              <th scope="col">{t('kegiatan.peserta.no')}</th>
              <th scope="col">{t('kegiatan.peserta.nama')}</th>
              <th scope="col">{t('kegiatan.peserta.koperasi')}</th>
              <th scope="col">{t('kegiatan.peserta.jabatan')}</th>
              <th scope="col">{t('kegiatan.peserta.kehadiran')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((p, i) => (
              <tr key={p.anggota.id}>
                <td className="numeric">{i + 1}</td>
                <td>
                  <Link to={`/anggota/${p.anggota.id}`}>{p.anggota.nama}</Link>
                </td>
                <td>{p.koperasi?.nama ?? t('common.notSet')}</td>
                <td>{p.jabatan || (p.peran ? t(`peran.options.peran.${p.peran}`) : t('common.notSet'))}</td>
                <td>
                  <KehadiranCell p={p} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function KehadiranCell({ p }: { p: PesertaKegiatan }) {
  const { t } = useTranslation();
  const zona = useZonaWaktu();
  if (!p.kehadiran) return <span className="muted">{t('kegiatan.peserta.belumHadir')}</span>;
  const h = p.kehadiran;
  return (
    <>
      {t('kegiatan.peserta.hadirPukul', { jam: formatJam(h.waktu, zona.timeZone), petugas: h.petugas || t('common.notSet') })}
      {h.walkIn && <span className="badge">{t('kegiatan.peserta.walkIn')}</span>}
      {h.inginMendaftar && <span className="badge">{t('kegiatan.peserta.inginMendaftar')}</span>}
    </>
  );
}
