import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { tanggalHariIni } from '../../../shared/format/format-date';
import { bisaCheckIn } from '../../../shared/kegiatan/kegiatan-options';
import { rekapKehadiran } from '../../../shared/kegiatan/kehadiran-schema';
import { perluTanyaPetugasMeja } from '../../../shared/kegiatan/petugas-meja';
import { emptyWalkIn, type WalkIn, type WalkInInput } from '../../../shared/kegiatan/walk-in-schema';
import { normalizeNik } from '../../../shared/nik/nik-parse';
import { useApp } from '../../app/app-context';
import { usePetugas } from '../../app/use-petugas';
import { useToast } from '../../components/toast';
import { NikInUseError } from '../../db/anggota-repository';
import type { AnggotaRecord, KegiatanRecord, KehadiranRecord } from '../../db/synced-records';
import { appendFullAnswer, type HasilCari, type PesertaKegiatan } from '../../db/kehadiran-repository';
import { failureReason } from '../../i18n/failure-reason';

/** What the last Enter did: the three outcomes the table must never confuse. */
export type HasilCheckIn =
  | { readonly jenis: 'hadir' | 'sudah_hadir'; readonly nama: string; readonly koperasi: string; readonly kehadiran: KehadiranRecord }
  | { readonly jenis: 'tidak_ditemukan'; readonly query: string }
  /** A scanned surat undangan code that checks nobody in: another event's letter, or a person deleted since. */
  | { readonly jenis: 'kode_tidak_berlaku'; readonly sebab: 'kegiatan_lain' | 'tidak_ada' };

/**
 * The rows on screen for `query`: the invited rows first (`lengkap` false, from memory, inside a frame), then the
 * whole answer below them (`lengkap` true: only then can it say "nobody" or "more match").
 */
export type HasilTampil = HasilCari & { readonly query: string; readonly lengkap: boolean };

/**
 * The check-in table's state and actions (check-in-page.tsx draws them): the search as the officer types, in two
 * phases (the invited people who match, from memory, then the full search below them), where a newer keystroke
 * abandons the older one's reads; Enter, which waits for the results of exactly what is typed (a
 * scanner reading a surat undangan's code is ahead of the screen) and checks in, or says why nobody came in; the
 * walk-in form started from what was typed; "ingin mendaftar"; undoing a check-in; and the officer at the table,
 * asked before the first check-in of the day and credited with every one.
 */
export function useCheckIn(k: KegiatanRecord) {
  const { t } = useTranslation();
  const { kehadiran, koperasi } = useApp();
  const toast = useToast();
  const { petugas, pilihan, pilih } = usePetugas();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<HasilTampil | null>(null);
  const [active, setActive] = useState(0);
  const [hasil, setHasil] = useState<HasilCheckIn | null>(null);
  const [walkIn, setWalkIn] = useState<WalkInInput | null>(null);
  const busy = useRef(false);
  const latest = useRef<{ query: string; promise: Promise<HasilCari>; stop: AbortController } | null>(null);
  const open = bisaCheckIn(k.status);
  const meja = useLiveQuery(() => kehadiran.getPetugasMeja(k.id), [kehadiran, k.id]);
  const [ganti, setGanti] = useState(false);
  const hariIni = tanggalHariIni();
  const tanya = open && (ganti || (meja !== undefined && perluTanyaPetugasMeja(meja, hariIni, pilihan)));
  const siap = open && meja !== undefined && !tanya;

  const rows = useLiveQuery(() => kehadiran.listForKegiatan(k.id), [kehadiran, k.id]);
  const rekap = rekapKehadiran(rows ?? [], k.undangan);
  const last = hasil && (hasil.jenis === 'hadir' || hasil.jenis === 'sudah_hadir') ? rows?.find((r) => r.id === hasil.kehadiran.id) : undefined;

  const focusSearch = useCallback(() => input.current?.focus(), []);
  useEffect(() => {
    if (!walkIn && siap) focusSearch();
  }, [walkIn, siap, focusSearch]);

  const pilihPetugasMeja = async (nama: string) => {
    try {
      await pilih(nama);
      await kehadiran.setPetugasMeja(k.id, { tanggal: hariIni, petugas: nama });
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
      const current = () => latest.current?.stop === stop;
      let shown = false;
      const promise = kehadiran.searchDiundang(k, q, undefined, stop.signal).then(async (first) => {
        // The invited rows go on screen at once; an empty first phase leaves the screen to the full answer.
        if (first && first.rows.length > 0 && current()) {
          setResults({ ...first, query: q, lengkap: false });
          setActive(0);
          shown = true;
        }
        const full = await kehadiran.search(k, q, undefined, stop.signal);
        return first ? appendFullAnswer(first, full) : full;
      });
      latest.current = { query: q, promise, stop };
      promise.then(
        (answer) => {
          if (current()) {
            setResults({ ...answer, query: q, lengkap: true });
            // Rows already shown stay where they are, and so does the officer's pick among them.
            if (!shown) setActive(0);
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
      // The rows on screen for exactly this query answer Enter: the invited rows of the first phase once the picked
      // one is there; otherwise (nothing shown yet, or no invited match) Enter waits for the full answer.
      const shown = results?.query === q && (results.lengkap || results.rows[active]) ? results : undefined;
      let r: HasilCari;
      try {
        r = shown ?? (await (latest.current?.query === q ? latest.current.promise : search(q)));
      } catch {
        return; // abandoned for a newer keystroke, or failed (search() said so)
      }
      const row = r.rows[shown ? active : 0];
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

  /** A wrong pick undone: the check-in is cancelled, with Urungkan in the toast to bring it back. */
  const batalkan = async (h: KehadiranRecord, nama: string) => {
    try {
      await kehadiran.remove(h.id);
      toast(t('checkIn.dibatalkan', { nama }), { action: { label: t('common.undo'), run: () => kehadiran.restore(h.id) } });
    } catch (error) {
      toast(t('checkIn.failed', { reason: failureReason(t, error) }), { tone: 'error' });
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
      if (error instanceof NikInUseError) return error.existing;
      toast(t('checkIn.failed', { reason: failureReason(t, error) }), { tone: 'error' });
      return null;
    }
  };
  const koperasiName = async (id: string) => (await koperasi.get(id))?.nama;

  /** A person the walk-in form found already registered: checked in as they are. */
  const checkInExisting = (person: AnggotaRecord) => {
    setWalkIn(null);
    void checkIn({ anggota: person, koperasi: undefined });
  };

  return {
    input,
    query,
    results,
    active,
    hasil,
    walkIn,
    open,
    siap,
    tanya,
    ganti,
    petugas,
    pilihan,
    rows,
    rekap,
    last,
    setGanti,
    pilihPetugasMeja,
    onChange,
    checkIn,
    toggleIngin,
    batalkan,
    onKeyDown,
    onSearchKeyDown,
    startWalkIn,
    saveWalkIn,
    checkInExisting,
    cancelWalkIn: () => setWalkIn(null),
  };
}

export type CheckInState = ReturnType<typeof useCheckIn>;
