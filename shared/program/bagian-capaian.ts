import type { BarisBelum, KegiatanHitung, KeikutsertaanHitung } from './hitung-capaian';
import { live, pemegangPeran } from './hitung-capaian';
import { peringkat, tahapUrut, type RingkasanKoperasi, type Tahap } from './ringkasan-koperasi';

/**
 * One cooperative's share of a target's figures, computed from its summary row alone, so PenghitungCapaian
 * (penghitung-capaian.ts) recomputes only the cooperatives whose row changed and assembles the rest from these.
 * Each part is a pure function of the row (immutable: a changed summary is a new row) and a few target fields, and
 * is cached per row in a WeakMap, like `pemegangPeran`: the targets of one program read the same parts.
 */

/** Where a cooperative stands, as `hitungCapaian`'s `naik` keeps it: its furthest step, the event, that event's date. */
export interface Kedudukan {
  readonly tahap: Tahap;
  readonly kegiatanId?: string;
  readonly tanggal: string;
}

/** `naik` of hitungCapaian: the later of two standings, the one seen first on a tie (so folding parts in order is exact). */
export function lebihJauh(now: Kedudukan | undefined, next: Kedudukan | undefined): Kedudukan | undefined {
  if (!next) return now;
  if (!now || peringkat[next.tahap] > peringkat[now.tahap] || (next.tahap === now.tahap && next.tanggal > now.tanggal)) return next;
  return now;
}

/** What a cooperative's enrollments give a target (for the program's counted roles and the period's end). */
export interface BagianKepesertaan {
  /** Its counted people, distinct and sorted (the row's tuples are sorted by person), and each one's furthest step (rank). */
  readonly orang: readonly string[];
  readonly langkah: readonly number[];
  /** Per rank, its people whose furthest step here is at least that rank (the funnel's enrollment steps). */
  readonly sampaiLangkah: readonly number[];
  /** The furthest step of an enrollment here not yet terdaftar, or undefined. */
  readonly kedudukan: Kedudukan | undefined;
  /** People terdaftar by the period's end, sorted, with the earliest such date of each here. */
  readonly terdaftarOrang: readonly string[];
  readonly terdaftarTanggal: readonly string[];
  /** The same dates, ascending (the N-people rule reads the Nth; sorted on first read, as other rules never do). */
  readonly tanggalUrut: readonly string[];
  /** For the people rule: people who count through this cooperative (earliest date here within the period). */
  readonly memenuhi: readonly { readonly id: string; readonly koperasiId: string; readonly tanggal: string }[];
  /** For the people rule: worklist rows per rank, in the row's order, without the people who count through here. */
  readonly belum: readonly (readonly BarisBelum[])[];
}

/** What a part depends on besides its row: the roles counted (`maskOf`) and the period; `teks` keys the caches. */
export interface KunciBagian {
  readonly mask: number;
  readonly mulai: string;
  readonly sampai: string;
  readonly teks: string;
}

/** Made once per target: a key string built and hashed anew for each of 2,000 rows cost as much as the lookups. */
export const kunciBagian = (mask: number, mulai: string, sampai: string): KunciBagian => ({ mask, mulai, sampai, teks: `${mask}|${mulai}|${sampai}` });

const kepesertaanCache = new WeakMap<RingkasanKoperasi, Map<string, BagianKepesertaan>>();

/**
 * Per row, roles counted and period. The people rule's lists are built for every rule: one walk of the row then
 * serves all programs counting the same roles over the same period (most count every role), whatever their rule.
 */
export function bagianKepesertaan(row: RingkasanKoperasi, kunci: KunciBagian): BagianKepesertaan {
  let perKunci = kepesertaanCache.get(row);
  if (!perKunci) kepesertaanCache.set(row, (perKunci = new Map()));
  let bagian = perKunci.get(kunci.teks);
  if (!bagian) perKunci.set(kunci.teks, (bagian = hitungBagianKepesertaan(row, kunci.mask, kunci.mulai, kunci.sampai)));
  return bagian;
}

const rankTerdaftar = peringkat.terdaftar;

function hitungBagianKepesertaan(row: RingkasanKoperasi, mask: number, mulai: string, sampai: string): BagianKepesertaan {
  const dihitung = mask === 0 ? null : pemegangPeran(row, mask);
  const { anggotaId: semua, tahap: langkahTuple, terdaftar } = row.kepesertaan;
  const koperasiId = row.koperasiId;
  const orang: string[] = [];
  const langkah: number[] = [];
  const sampaiLangkah = tahapUrut.map(() => 0);
  const terdaftarOrang: string[] = [];
  const terdaftarTanggal: string[] = [];
  const memenuhi: { id: string; koperasiId: string; tanggal: string }[] = [];
  const belum: BarisBelum[][] = tahapUrut.map(() => []);
  let terjauh = -1;
  // The tuples of one person are next to each other: one person at a time, then flush.
  let i = 0;
  while (i < semua.length) {
    const anggotaId = semua[i]!;
    let j = i;
    while (j < semua.length && semua[j] === anggotaId) j++;
    if (dihitung === null || dihitung.has(anggotaId)) {
      let maks = -1;
      let awal = '';
      for (let n = i; n < j; n++) {
        const rank = langkahTuple[n]!;
        if (rank > maks) maks = rank;
        const tanggal = terdaftar[n]!;
        if (tanggal && tanggal <= sampai && (awal === '' || tanggal < awal)) awal = tanggal;
        if (rank !== rankTerdaftar && rank > terjauh) terjauh = rank;
      }
      orang.push(anggotaId);
      langkah.push(maks);
      for (let r = 0; r <= maks; r++) sampaiLangkah[r]!++;
      if (awal) {
        terdaftarOrang.push(anggotaId);
        terdaftarTanggal.push(awal);
      }
      const dihitungDiSini = awal !== '' && awal >= mulai;
      if (dihitungDiSini) memenuhi.push({ id: anggotaId, koperasiId, tanggal: awal });
      else {
        for (let n = i; n < j; n++) {
          const rank = langkahTuple[n]!;
          if (rank !== rankTerdaftar) belum[rank]!.push({ koperasiId, anggotaId, tahap: tahapUrut[rank]!, terdaftar: 0 });
        }
      }
    }
    i = j;
  }
  let tanggalUrut: string[] | undefined;
  return {
    orang,
    langkah,
    sampaiLangkah,
    kedudukan: terjauh < 0 ? undefined : { tahap: tahapUrut[terjauh]!, tanggal: '' },
    terdaftarOrang,
    terdaftarTanggal,
    get tanggalUrut() {
      return (tanggalUrut ??= [...terdaftarTanggal].sort());
    },
    memenuhi,
    belum,
  };
}

/** A program's events in a target's period, and each cooperative's invitations to them (from `data.kegiatan`). */
export interface KonteksKegiatan {
  readonly kegiatan: ReadonlyMap<string, KegiatanHitung>;
  readonly undangan: ReadonlyMap<string, { readonly kedudukan: Kedudukan | undefined; readonly perwakilan: readonly string[] }>;
}

export function konteksKegiatan(programId: string, mulai: string, sampai: string, kegiatan: readonly KegiatanHitung[]): KonteksKegiatan {
  const dalam = live(kegiatan).filter((k) => k.programId === programId && k.tanggal >= mulai && k.tanggal <= sampai);
  const undangan = new Map<string, { kedudukan: Kedudukan | undefined; perwakilan: string[] }>();
  for (const k of dalam) {
    for (const u of k.undangan) {
      let per = undangan.get(u.koperasiId);
      if (!per) undangan.set(u.koperasiId, (per = { kedudukan: undefined, perwakilan: [] }));
      per.kedudukan = lebihJauh(per.kedudukan, { tahap: 'diundang', kegiatanId: k.id, tanggal: k.tanggal });
      per.perwakilan.push(...u.perwakilan);
    }
  }
  return { kegiatan: new Map(dalam.map((k) => [k.id, k])), undangan };
}

/** The day each cooperative joined a program within a target's period and had not left by its end. */
export function tanggalBergabung(programId: string, mulai: string, sampai: string, keikutsertaan: readonly KeikutsertaanHitung[]): ReadonlyMap<string, string> {
  const joined = new Map<string, string>();
  for (const p of live(keikutsertaan)) {
    if (p.programId !== programId) continue;
    if (p.tanggalBergabung < mulai || p.tanggalBergabung > sampai) continue;
    const keluar = p.status === 'keluar' ? p.tanggalKeluar || p.tanggalBergabung : p.tanggalKeluar;
    if (keluar && keluar <= sampai) continue;
    const before = joined.get(p.koperasiId);
    if (before === undefined || p.tanggalBergabung < before) joined.set(p.koperasiId, p.tanggalBergabung);
  }
  return joined;
}

/** What a cooperative's check-ins at the program's events in the period give a target. */
export interface BagianKehadiran {
  readonly kedudukan: Kedudukan | undefined;
  readonly hadir: ReadonlySet<string>;
  readonly ingin: ReadonlySet<string>;
}

const KEHADIRAN_KOSONG: BagianKehadiran = { kedudukan: undefined, hadir: new Set(), ingin: new Set() };
const kehadiranCache = new WeakMap<RingkasanKoperasi, WeakMap<KonteksKegiatan, BagianKehadiran>>();

export function bagianKehadiran(row: RingkasanKoperasi, konteks: KonteksKegiatan): BagianKehadiran {
  if (konteks.kegiatan.size === 0 || row.kehadiran.kegiatanId.length === 0) return KEHADIRAN_KOSONG;
  let perKonteks = kehadiranCache.get(row);
  if (!perKonteks) kehadiranCache.set(row, (perKonteks = new WeakMap()));
  let bagian = perKonteks.get(konteks);
  if (!bagian) {
    const h = row.kehadiran;
    let kedudukan: Kedudukan | undefined;
    const hadir = new Set<string>();
    const ingin = new Set<string>();
    for (let i = 0; i < h.kegiatanId.length; i++) {
      const k = konteks.kegiatan.get(h.kegiatanId[i]!);
      if (!k) continue;
      const mau = h.ingin[i] === 1;
      kedudukan = lebihJauh(kedudukan, { tahap: mau ? 'ingin_mendaftar' : 'hadir', kegiatanId: k.id, tanggal: k.tanggal });
      hadir.add(h.anggotaId[i]!);
      if (mau) ingin.add(h.anggotaId[i]!);
    }
    perKonteks.set(konteks, (bagian = { kedudukan, hadir, ingin }));
  }
  return bagian;
}

/** The index of `id` in a sorted array, or -1. */
export function cariUrut(sorted: readonly string[], id: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === id ? lo : -1;
}
