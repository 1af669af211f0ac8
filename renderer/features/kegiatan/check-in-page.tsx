import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatJam, formatJamKegiatan, formatTanggal, tanggalHariIni } from '../../../shared/format/format-date';
import { bisaCheckIn } from '../../../shared/kegiatan/kegiatan-options';
import { rekapKehadiran } from '../../../shared/kegiatan/kehadiran-schema';
import { perluTanyaPetugasMeja } from '../../../shared/kegiatan/petugas-meja';
import { emptyWalkIn, type WalkIn, type WalkInInput } from '../../../shared/kegiatan/walk-in-schema';
import { normalizeNik } from '../../../shared/nik/nik-parse';
import { useApp } from '../../app/app-context';
import { Page } from '../../components/page';
import { useToast } from '../../components/toast';
import { NikSudahTerdaftarError } from '../../db/anggota-repository';
import type { AnggotaRecord, KegiatanRecord, KehadiranRecord } from '../../db/database';
import type { HasilCari, PesertaKegiatan } from '../../db/kehadiran-repository';
import { failureReason } from '../../i18n/failure-reason';
import { NikMasked } from '../anggota/nik-masked';
import { RekapKehadiranView } from './rekap-kehadiran-view';
import { StatusKegiatanActions } from './status-kegiatan-actions';
import { useKegiatan } from './use-kegiatan';
import { usePetugas } from '../../app/use-petugas';
import { PilihPetugasMeja } from './pilih-petugas-meja';
import { WalkInForm } from './walk-in-form';
import { useZonaWaktu } from '../../app/use-zona-waktu';

/** What the last Enter did: the three outcomes the table must never confuse. */
type Hasil =
  | { readonly jenis: 'hadir' | 'sudah_hadir'; readonly nama: string; readonly koperasi: string; readonly kehadiran: KehadiranRecord }
  | { readonly jenis: 'tidak_ditemukan'; readonly query: string }
  /** A scanned surat undangan code that checks nobody in: another event's letter, or a person deleted since. */
  | { readonly jenis: 'kode_tidak_berlaku'; readonly sebab: 'kegiatan_lain' | 'tidak_ada' };

/** /kegiatan/:id/check-in — the laptop on the table with a queue in front of it. */
export function CheckInPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const k = useKegiatan(id);
  if (k === undefined) return <Page title={t('checkIn.title')}><p>{t('common.loading')}</p></Page>;
  if (k === null) return <Page title={t('checkIn.title')}><p className="empty">{t('kegiatan.notFound')}</p></Page>;
  return <CheckIn k={k} />;
}

/**
 * One search box (name, NIK, phone or an invited cooperative's name) with results as the officer types; Enter
 * checks in the highlighted person, and the answer is one of three unmistakable panels: hadir (green), sudah hadir
 * with by whom and when (amber), or not found with the walk-in form one Enter away. The keyboard never has to leave
 * the search box: arrows pick, Enter checks in, Alt+M marks "ingin mendaftar" for the person just checked in,
 * Alt+N opens the walk-in form, Escape clears. A barcode scanner reading the QR code of a surat undangan types the
 * code and Enter into the search box like a keyboard: the search finds the one person it names (kode-undangan.ts),
 * and that Enter checks them in, hadir or sudah hadir, with no key more. Everything is in IndexedDB on this laptop; no network is used.
 * Before the first check-in of the day the table asks which officer sits at it (they are credited with every
 * check-in), and shows that officer above the search with a way to switch.
 */
function CheckIn({ k }: { k: KegiatanRecord }) {
  const { t, i18n } = useTranslation();
  const zona = useZonaWaktu();
  const { kehadiran, koperasi } = useApp();
  const toast = useToast();
  const { petugas, pilihan, pilih } = usePetugas();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<(HasilCari & { query: string }) | null>(null);
  const [active, setActive] = useState(0);
  const [hasil, setHasil] = useState<Hasil | null>(null);
  const [walkIn, setWalkIn] = useState<WalkInInput | null>(null);
  const busy = useRef(false);
  const latest = useRef<{ query: string; promise: Promise<HasilCari>; stop: AbortController } | null>(null);
  const open = bisaCheckIn(k.status);
  const meja = useLiveQuery(() => kehadiran.petugasMeja(k.id), [kehadiran, k.id]);
  const [ganti, setGanti] = useState(false);
  const hariIni = tanggalHariIni();
  const tanya = open && (ganti || (meja !== undefined && perluTanyaPetugasMeja(meja, hariIni, pilihan)));
  const siap = open && meja !== undefined && !tanya;

  const rows = useLiveQuery(() => kehadiran.forKegiatan(k.id), [kehadiran, k.id]);
  const rekap = rekapKehadiran(rows ?? [], k.undangan);
  const last = hasil && (hasil.jenis === 'hadir' || hasil.jenis === 'sudah_hadir') ? rows?.find((r) => r.id === hasil.kehadiran.id) : undefined;

  const focusSearch = useCallback(() => input.current?.focus(), []);
  useEffect(() => {
    if (!walkIn && siap) focusSearch();
  }, [walkIn, siap, focusSearch]);

  const pilihPetugasMeja = async (nama: string) => {
    try {
      await pilih(nama);
      await kehadiran.tetapkanPetugasMeja(k.id, { tanggal: hariIni, petugas: nama });
      setGanti(false);
    } catch (error) {
      toast(failureReason(t, error), { tone: 'error' });
    }
  };

  const search = useCallback(
    (q: string) => {
      // A newer keystroke abandons the work of the one before: its reads stop at the next step.
      latest.current?.stop.abort();
      const stop = new AbortController();
      const promise = kehadiran.cari(k, q, undefined, stop.signal);
      latest.current = { query: q, promise, stop };
      promise.then(
        (r) => {
          if (latest.current?.query === q) {
            setResults({ ...r, query: q });
            setActive(0);
          }
        },
        (error: unknown) => {
          if (!stop.signal.aborted) toast(t('checkIn.failed', { reason: failureReason(t, error) }), { tone: 'error' });
        },
      );
      return promise;
    },
    [kehadiran, k, t, toast],
  );
  const onChange = (q: string) => {
    setQuery(q);
    if (q.trim() === '') {
      latest.current?.stop.abort();
      latest.current = null;
      setResults(null);
    } else void search(q);
  };

  const checkIn = async (p: Pick<PesertaKegiatan, 'anggota' | 'koperasi'>) => {
    try {
      const r = await kehadiran.checkIn({ kegiatanId: k.id, anggotaId: p.anggota.id, koperasiId: p.koperasi?.id ?? '', petugas });
      setHasil({ jenis: r.hasil, nama: p.anggota.nama, koperasi: p.koperasi?.nama ?? '', kehadiran: r.kehadiran });
      setQuery('');
      setResults(null);
      latest.current = null;
    } catch (error) {
      toast(t('checkIn.failed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
    focusSearch();
  };

  /** Enter: waits for the results of exactly what is typed (a fast typist or a scanner is ahead of the screen). */
  const onEnter = async () => {
    const q = query;
    if (q.trim() === '' || busy.current) return;
    busy.current = true;
    try {
      let r: HasilCari;
      try {
        r = results?.query === q ? results : await (latest.current?.query === q ? latest.current.promise : search(q));
      } catch {
        return; // abandoned for a newer keystroke, or failed (search() said so)
      }
      const row = r.rows[results?.query === q ? active : 0];
      if (row) await checkIn(row);
      else if (r.kodeUndangan) {
        // The next scan must not be typed after this one: the box is emptied, and the answer says why nobody came in.
        setHasil({ jenis: 'kode_tidak_berlaku', sebab: r.kodeUndangan === 'kegiatan_lain' ? 'kegiatan_lain' : 'tidak_ada' });
        onChange('');
      } else setHasil({ jenis: 'tidak_ditemukan', query: q });
    } finally {
      busy.current = false;
    }
  };

  const toggleIngin = async (h: KehadiranRecord, on: boolean) => {
    try {
      await kehadiran.setInginMendaftar(h.id, on);
    } catch (error) {
      toast(t('checkIn.inginFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!siap) return;
    if (e.altKey && (e.key === 'n' || e.key === 'N')) {
      e.preventDefault();
      startWalkIn(query);
    } else if (e.altKey && (e.key === 'm' || e.key === 'M') && last) {
      e.preventDefault();
      void toggleIngin(last, !last.inginMendaftar);
    }
  };
  const onSearchKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const count = results?.rows.length ?? 0;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((i) => Math.min(i + 1, count - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (hasil?.jenis === 'tidak_ditemukan' && query === hasil.query) startWalkIn(query);
      else void onEnter();
    } else if (e.key === 'Escape') {
      onChange('');
      setHasil(null);
    }
  };

  /** The walk-in form starts from what was typed: a NIK, a phone number or a name. */
  const startWalkIn = (typed: string) => {
    const compact = typed.replace(/[\s.-]/g, '');
    if (/^\d{16}$/.test(compact)) setWalkIn({ ...emptyWalkIn(), nik: normalizeNik(typed) });
    else if (/^(\+?62|0)8\d{6,}$/.test(compact)) setWalkIn({ ...emptyWalkIn(), telepon: typed.trim() });
    else setWalkIn(emptyWalkIn(/\d/.test(typed) ? '' : typed.trim()));
  };

  const saveWalkIn = async (values: WalkIn, ingin: boolean): Promise<AnggotaRecord | null> => {
    try {
      const h = await kehadiran.walkIn(k.id, values, petugas);
      const koperasiNama = values.koperasiId ? ((await koperasiName(values.koperasiId)) ?? '') : '';
      setHasil({ jenis: 'hadir', nama: values.nama, koperasi: koperasiNama, kehadiran: h });
      setWalkIn(null);
      setQuery('');
      setResults(null);
      if (ingin) await toggleIngin(h, true);
      return null;
    } catch (error) {
      if (error instanceof NikSudahTerdaftarError) return error.existing;
      toast(t('checkIn.failed', { reason: failureReason(t, error) }), { tone: 'error' });
      return null;
    }
  };
  const koperasiName = async (id: string) => (await koperasi.get(id))?.nama;

  return (
    <Page
      title={t('checkIn.titleFor', { judul: k.judul })}
      focusHeading={false}
      actions={
        <Link className="button" to={`/kegiatan/${k.id}`}>
          {t('checkIn.backToKegiatan')}
        </Link>
      }
    >
      <div className="check-in" onKeyDown={onKeyDown}>
        <p className="muted">
          {formatTanggal(k.tanggal, i18n.language, 'full')} · {formatJamKegiatan(k.jamMulai, k.jamSelesai, zona.singkatan)} · {k.tempat} · <span className="offline-note">{t('checkIn.offline')}</span>
        </p>
        <RekapKehadiranView rekap={rekap} koperasiDiundang={k.undangan.length} />
        {siap && (
          <div className="check-in-petugas" data-petugas-meja={petugas}>
            <p>
              {t('checkIn.petugas')}: <strong className="check-in-petugas-nama">{petugas || t('common.notSet')}</strong>
            </p>
            {pilihan.length > 1 && (
              <button type="button" className="button" onClick={() => setGanti(true)}>
                {t('checkIn.pilihPetugas.ganti')}
              </button>
            )}
          </div>
        )}
        {tanya && <PilihPetugasMeja pilihan={pilihan} sekarang={petugas} onPilih={(nama) => void pilihPetugasMeja(nama)} onBatal={ganti ? () => setGanti(false) : undefined} />}

        {!open && (
          <div className="notice notice-warning" role="status">
            <p>{t('checkIn.closed', { status: t(`kegiatan.options.status.${k.status}`) })}</p>
            <StatusKegiatanActions kegiatan={k} />
          </div>
        )}

        {siap && !walkIn && (
          <div className="check-in-search">
            <label htmlFor="check-in-cari" className="check-in-label">
              {t('checkIn.searchLabel')}
            </label>
            <input
              ref={input}
              id="check-in-cari"
              className="check-in-input"
              type="search"
              role="combobox"
              aria-expanded={Boolean(results && results.rows.length > 0)}
              aria-controls="check-in-hasil-cari"
              aria-activedescendant={results && results.rows[active] ? `check-in-opsi-${results.rows[active].anggota.id}` : undefined}
              aria-describedby="check-in-keys"
              autoComplete="off"
              spellCheck={false}
              value={query}
              onChange={(e) => onChange(e.target.value)}
              onKeyDown={onSearchKeyDown}
            />
            <p id="check-in-keys" className="field-hint">
              {t('checkIn.keys')}
            </p>
            <ul id="check-in-hasil-cari" role="listbox" aria-label={t('checkIn.resultsLabel')} className="check-in-results">
              {results?.rows.map((p, i) => (
                <li
                  key={p.anggota.id}
                  id={`check-in-opsi-${p.anggota.id}`}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'active' : undefined}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => void checkIn(p)}
                >
                  <strong>{p.anggota.nama}</strong> <NikMasked nik={p.anggota.nik} />
                  <span className="check-in-result-detail">
                    {[p.koperasi?.nama, p.jabatan || (p.peran ? t(`peran.options.peran.${p.peran}`) : ''), p.anggota.telepon].filter(Boolean).join(' · ')}
                  </span>
                  {p.diundang && <span className="badge">{t('checkIn.diundang')}</span>}
                  {p.kehadiran && <span className="badge badge-sudah-hadir">{t('checkIn.sudahHadirPukul', { jam: formatJam(p.kehadiran.waktu, zona.timeZone) })}</span>}
                </li>
              ))}
            </ul>
            {results && results.query === query && results.rows.length === 0 && <p className="muted">{t('checkIn.noMatches')}</p>}
            {results?.more && <p className="muted">{t('checkIn.more')}</p>}
          </div>
        )}

        {siap && walkIn && (
          <WalkInForm
            initial={walkIn}
            onSave={saveWalkIn}
            onCancel={() => setWalkIn(null)}
            onCheckInExisting={(person) => {
              setWalkIn(null);
              void checkIn({ anggota: person, koperasi: undefined });
            }}
          />
        )}

        <div aria-live="assertive" className="check-in-hasil-region">
          {hasil?.jenis === 'hadir' && (
            <div className="check-in-hasil hasil-hadir" data-hasil="hadir">
              <p className="check-in-hasil-title">{t('checkIn.hasil.hadir')}</p>
              <p>
                <strong>{hasil.nama}</strong>
                {hasil.koperasi && ` — ${hasil.koperasi}`} · {t('checkIn.pukul', { jam: formatJam(hasil.kehadiran.waktu, zona.timeZone), zona: zona.singkatan })}
                {hasil.kehadiran.walkIn && ` · ${t('checkIn.walkInTag')}`}
              </p>
              {last && <InginToggle h={last} onToggle={toggleIngin} />}
            </div>
          )}
          {hasil?.jenis === 'sudah_hadir' && (
            <div className="check-in-hasil hasil-sudah-hadir" data-hasil="sudah_hadir">
              <p className="check-in-hasil-title">{t('checkIn.hasil.sudahHadir')}</p>
              <p>
                <strong>{hasil.nama}</strong>
                {hasil.koperasi && ` — ${hasil.koperasi}`}
              </p>
              <p>{t('checkIn.dicatatOleh', { petugas: hasil.kehadiran.petugas || t('common.notSet'), jam: formatJam(hasil.kehadiran.waktu, zona.timeZone), zona: zona.singkatan })}</p>
              {last && <InginToggle h={last} onToggle={toggleIngin} />}
            </div>
          )}
          {hasil?.jenis === 'kode_tidak_berlaku' && !walkIn && (
            <div className="check-in-hasil hasil-tidak-ditemukan" data-hasil="kode_tidak_berlaku">
              <p className="check-in-hasil-title">{t('checkIn.hasil.kodeTidakBerlaku')}</p>
              <p>{t(hasil.sebab === 'kegiatan_lain' ? 'checkIn.kodeKegiatanLain' : 'checkIn.kodeTidakAda')}</p>
            </div>
          )}
          {hasil?.jenis === 'tidak_ditemukan' && !walkIn && (
            <div className="check-in-hasil hasil-tidak-ditemukan" data-hasil="tidak_ditemukan">
              <p className="check-in-hasil-title">{t('checkIn.hasil.tidakDitemukan')}</p>
              <p>{t('checkIn.tidakDitemukanDetail', { query: hasil.query })}</p>
              <button type="button" className="button button-primary" onClick={() => startWalkIn(hasil.query)}>
                {t('checkIn.daftarkanWalkIn')}
              </button>
            </div>
          )}
        </div>

        {siap && !walkIn && (
          <button type="button" className="button" aria-keyshortcuts="Alt+N" onClick={() => startWalkIn(query)}>
            {t('checkIn.walkInButton')}
          </button>
        )}

        <TerakhirHadir rows={rows ?? []} onToggle={toggleIngin} />
      </div>
    </Page>
  );
}

/** The "ingin mendaftar" switch of one attendee, with its keyboard shortcut. */
function InginToggle({ h, onToggle }: { h: KehadiranRecord; onToggle: (h: KehadiranRecord, on: boolean) => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <label className="checkbox checkbox-large">
      <input type="checkbox" checked={h.inginMendaftar} aria-keyshortcuts="Alt+M" onChange={(e) => void onToggle(h, e.target.checked)} />
      {t('checkIn.inginMendaftar')} <span className="muted">(Alt+M)</span>
    </label>
  );
}

/** The newest check-ins at this table and the others merged in, to correct a wrong pick or mark "ingin mendaftar". */
function TerakhirHadir({ rows, onToggle }: { rows: readonly KehadiranRecord[]; onToggle: (h: KehadiranRecord, on: boolean) => Promise<void> }) {
  const { t } = useTranslation();
  const zona = useZonaWaktu();
  const { kehadiran, anggota } = useApp();
  const toast = useToast();
  const newest = rows.slice(-10).reverse();
  const names = useLiveQuery(async () => new Map((await Promise.all(newest.map((h) => anggota.get(h.anggotaId)))).flatMap((a) => (a ? [[a.id, a.nama] as const] : []))), [newest.map((h) => h.id).join(), anggota]);
  if (newest.length === 0) return null;
  const batalkan = async (h: KehadiranRecord, nama: string) => {
    try {
      await kehadiran.batalkan(h.id);
      toast(t('checkIn.dibatalkan', { nama }), { action: { label: t('common.undo'), run: () => kehadiran.restore(h.id) } });
    } catch (error) {
      toast(t('checkIn.failed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };
  return (
    <section className="card check-in-terakhir" aria-labelledby="terakhir-heading">
      <h2 id="terakhir-heading">{t('checkIn.terakhir')}</h2>
      <table className="compare-table">
        <thead>
          <tr>
            <th scope="col">{t('checkIn.kolom.jam')}</th>
            <th scope="col">{t('checkIn.kolom.nama')}</th>
            <th scope="col">{t('checkIn.kolom.petugas')}</th>
            <th scope="col">{t('checkIn.inginMendaftar')}</th>
            <th scope="col"><span className="visually-hidden">{t('kegiatan.undangan.aksi')}</span></th>
          </tr>
        </thead>
        <tbody>
          {newest.map((h) => {
            const nama = names?.get(h.anggotaId) ?? '…';
            return (
              <tr key={h.id}>
                <td>{formatJam(h.waktu, zona.timeZone)}</td>
                <td>
                  <Link to={`/anggota/${h.anggotaId}`}>{nama}</Link>
                  {h.walkIn && <span className="badge">{t('checkIn.walkInTag')}</span>}
                </td>
                <td>{h.petugas}</td>
                <td>
                  <input type="checkbox" checked={h.inginMendaftar} aria-label={t('checkIn.inginFor', { nama })} onChange={(e) => void onToggle(h, e.target.checked)} />
                </td>
                <td>
                  <button type="button" className="button button-quiet" aria-label={t('checkIn.batalkan', { nama })} onClick={() => void batalkan(h, nama)}>
                    {t('checkIn.batalkanShort')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
