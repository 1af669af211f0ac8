import type { StatusKepesertaan } from '../kepesertaan/kepesertaan-options';
import type { AturanCapaian, JenisSegmen, PeranDihitung, StatusKeikutsertaan } from './program-options';

/** The few fields of each record the counting reads; callers pass live records (a `deleted` one is skipped anyway). */
export interface KoperasiHitung {
  readonly id: string;
  readonly jenis: string;
  readonly golongan: string;
  readonly kecamatanKode: string;
  readonly statusBpjs: string;
  readonly npp: string;
  /** When the registry learned the employer registration (the date of the `statusBpjs`/`npp` change), or ''. */
  readonly bpjsSejak: string;
  readonly deleted?: 0 | 1;
}
export interface KepesertaanHitung {
  readonly anggotaId: string;
  readonly koperasiId: string;
  readonly status: StatusKepesertaan;
  /** ISO time (or date) since when the enrollment is at its status. */
  readonly statusSejak: string;
  readonly deleted?: 0 | 1;
}
export interface PeranHitung {
  readonly anggotaId: string;
  readonly koperasiId: string;
  readonly peran: string;
  readonly deleted?: 0 | 1;
}
export interface KeikutsertaanHitung {
  readonly programId: string;
  readonly koperasiId: string;
  readonly tanggalBergabung: string;
  readonly status: StatusKeikutsertaan;
  readonly tanggalKeluar: string;
  readonly deleted?: 0 | 1;
}
export interface KegiatanHitung {
  readonly id: string;
  readonly tanggal: string;
  readonly undangan: readonly { readonly koperasiId: string; readonly perwakilan: readonly string[] }[];
  readonly deleted?: 0 | 1;
}
export interface KehadiranHitung {
  readonly kegiatanId: string;
  readonly anggotaId: string;
  readonly koperasiId: string;
  readonly inginMendaftar: boolean;
  readonly deleted?: 0 | 1;
}

export interface DataCapaian {
  readonly koperasi: readonly KoperasiHitung[];
  readonly kepesertaan: readonly KepesertaanHitung[];
  readonly peran: readonly PeranHitung[];
  readonly keikutsertaan: readonly KeikutsertaanHitung[];
  readonly kegiatan: readonly KegiatanHitung[];
  readonly kehadiran: readonly KehadiranHitung[];
}

export interface ProgramHitung {
  readonly id: string;
  readonly aturan: AturanCapaian;
  readonly minimumTerdaftar: number;
  readonly peranDihitung: readonly PeranDihitung[];
}
export interface TargetHitung {
  readonly mulai: string;
  readonly sampai: string;
  readonly segmen: JenisSegmen;
  readonly segmenNilai: string;
  readonly koperasiIds: readonly string[];
  readonly jumlah: number;
}

/** Where a cooperative (or person) not yet counted stands, furthest step first in `tahapUrut`. */
export const tahapUrut = ['belum', 'diundang', 'hadir', 'ingin_mendaftar', 'draf', 'formulir_dicetak', 'diajukan', 'terdaftar'] as const;
export type Tahap = (typeof tahapUrut)[number];
/** Each step's place in `tahapUrut`, looked up rather than searched for (the loops run over every enrollment). */
const peringkat = Object.fromEntries(tahapUrut.map((t, i) => [t, i])) as Record<Tahap, number>;

/**
 * "koperasiId|anggotaId" of everyone holding one of the given roles, per data set and role set: every target of a
 * program reads the same roles, so the district's 300,000 roles are walked once per screen, not once per target.
 */
const peranCache = new WeakMap<readonly PeranHitung[], Map<string, Set<string>>>();
function pemegangPeran(peran: readonly PeranHitung[], boleh: readonly string[]): Set<string> {
  const key = [...boleh].sort().join(',');
  let perData = peranCache.get(peran);
  if (!perData) peranCache.set(peran, (perData = new Map()));
  let set = perData.get(key);
  if (!set) {
    const allowed = new Set(boleh);
    set = new Set();
    for (const p of peran) if (p.deleted !== 1 && allowed.has(p.peran)) set.add(`${p.koperasiId}|${p.anggotaId}`);
    perData.set(key, set);
  }
  return set;
}

/** One row of the worklist: who to chase, how far they got, and the event that got them there. */
export interface BarisBelum {
  readonly koperasiId: string;
  /** Set for people (the `peserta_terdaftar` rule). */
  readonly anggotaId?: string;
  readonly tahap: Tahap;
  /** The latest event the cooperative was invited to or attended, when that is where it stands. */
  readonly kegiatanId?: string;
  /** People of the cooperative already terdaftar (counted for the rule), beside the N the program asks. */
  readonly terdaftar: number;
}

export interface CapaianTarget {
  readonly satuan: 'koperasi' | 'orang';
  readonly target: number;
  readonly tercapai: number;
  /** 0–100, rounded down to one decimal, so 97/98 never reads as 100 %. */
  readonly persen: number;
  /** Ids (cooperatives or people) that count, with the date each came to count. */
  readonly memenuhi: readonly { readonly id: string; readonly koperasiId: string; readonly tanggal: string }[];
  readonly belum: readonly BarisBelum[];
  /** Per month of the period ("2026-01" …): counted by that month's end, and the straight-line pace to the target. */
  readonly bulanan: readonly { readonly bulan: string; readonly kumulatif: number; readonly laju: number }[];
  /** Distinct people at or past each step, for BPJS programs (the funnel): diundang … terdaftar. */
  readonly corong: Readonly<Record<Exclude<Tahap, 'belum'>, number>>;
}

const WIB_MS = 7 * 3_600_000;

/**
 * The calendar date in WIB of a status time: an enrollment made terdaftar at 23:30 WIB on 31 December is a
 * December registration, though its UTC time is already 16:30 of that day and one at 01:00 WIB on 1 January is in
 * the new year though UTC still says 31 December.
 */
export function tanggalWib(waktu: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(waktu)) return waktu;
  const ms = Date.parse(waktu);
  return Number.isNaN(ms) ? '' : new Date(ms + WIB_MS).toISOString().slice(0, 10);
}

const live = <T extends { deleted?: 0 | 1 }>(rows: readonly T[]) => rows.filter((r) => r.deleted !== 1);

/** Whether a cooperative is in a target's segment. */
export function dalamSegmen(k: KoperasiHitung, t: Pick<TargetHitung, 'segmen' | 'segmenNilai' | 'koperasiIds'>): boolean {
  switch (t.segmen) {
    case 'semua': return true;
    case 'jenis': return k.jenis === t.segmenNilai;
    case 'golongan': return k.golongan === t.segmenNilai;
    case 'kecamatan': return k.kecamatanKode === t.segmenNilai;
    case 'daftar': return t.koperasiIds.includes(k.id);
  }
}

/** The months of a period, "YYYY-MM", first to last. */
export function bulanPeriode(mulai: string, sampai: string): string[] {
  const out: string[] = [];
  let y = Number(mulai.slice(0, 4));
  let m = Number(mulai.slice(5, 7));
  const endKey = sampai.slice(0, 7);
  for (let guard = 0; guard < 600; guard++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= endKey) break;
    m++;
    if (m > 12) { m = 1; y++; }
  }
  return out;
}

const sudahTerdaftar = (s: StatusKepesertaan) => s === 'terdaftar';
const tahapKepesertaan: Partial<Record<StatusKepesertaan, Tahap>> = { draf: 'draf', formulir_dicetak: 'formulir_dicetak', diajukan: 'diajukan', terdaftar: 'terdaftar', nonaktif: 'terdaftar' };

/**
 * How far one target is, by its program's rule, from the records alone: who counts (and since when), who does not
 * yet and where each stands, the month-by-month curve and, for BPJS programs, the funnel. Deleted cooperatives and
 * everything under them never count; a person enrolled through two cooperatives is one person; two participation
 * records of one cooperative (two laptops) are one cooperative.
 */
export function hitungCapaian(program: ProgramHitung, target: TargetHitung, data: DataCapaian): CapaianTarget {
  const koperasi = live(data.koperasi).filter((k) => dalamSegmen(k, target));
  const koperasiIds = new Set(koperasi.map((k) => k.id));
  const punyaPeran = program.peranDihitung.length === 0 ? null : pemegangPeran(data.peran, program.peranDihitung);
  const dihitungPeran = (koperasiId: string, anggotaId: string) => punyaPeran === null || punyaPeran.has(`${koperasiId}|${anggotaId}`);
  const kepesertaan = live(data.kepesertaan).filter((e) => koperasiIds.has(e.koperasiId));

  // The earliest date each person of each cooperative reached terdaftar (up to the period's end).
  const terdaftarPer = new Map<string, Map<string, string>>();
  for (const e of kepesertaan) {
    if (!sudahTerdaftar(e.status) || !dihitungPeran(e.koperasiId, e.anggotaId)) continue;
    const tanggal = tanggalWib(e.statusSejak);
    if (!tanggal || tanggal > target.sampai) continue;
    const people = terdaftarPer.get(e.koperasiId) ?? new Map<string, string>();
    const before = people.get(e.anggotaId);
    if (before === undefined || tanggal < before) people.set(e.anggotaId, tanggal);
    terdaftarPer.set(e.koperasiId, people);
  }

  const memenuhi: { id: string; koperasiId: string; tanggal: string }[] = [];
  if (program.aturan === 'peserta_terdaftar') {
    const perOrang = new Map<string, { koperasiId: string; tanggal: string }>();
    for (const [koperasiId, people] of terdaftarPer) {
      for (const [anggotaId, tanggal] of people) {
        if (tanggal < target.mulai) continue;
        const before = perOrang.get(anggotaId);
        if (!before || tanggal < before.tanggal || (tanggal === before.tanggal && koperasiId < before.koperasiId)) perOrang.set(anggotaId, { koperasiId, tanggal });
      }
    }
    for (const [id, v] of perOrang) memenuhi.push({ id, ...v });
  } else if (program.aturan === 'koperasi_bpjs') {
    const n = Math.max(1, program.minimumTerdaftar);
    for (const k of koperasi) {
      const dates: string[] = [];
      // An employer registration with no known date counts from the period's start; one learned after it ends does not.
      if ((k.statusBpjs === 'terdaftar' || k.npp.trim() !== '') && !(k.bpjsSejak > target.sampai)) dates.push(k.bpjsSejak || target.mulai);
      const people = [...(terdaftarPer.get(k.id)?.values() ?? [])].sort();
      if (program.minimumTerdaftar > 0 && people.length >= n) dates.push(people[n - 1]!);
      if (dates.length > 0) memenuhi.push({ id: k.id, koperasiId: k.id, tanggal: dates.sort()[0]! });
    }
  } else {
    const joined = new Map<string, string>();
    for (const p of live(data.keikutsertaan)) {
      if (p.programId !== program.id || !koperasiIds.has(p.koperasiId)) continue;
      if (p.tanggalBergabung < target.mulai || p.tanggalBergabung > target.sampai) continue;
      const keluar = p.status === 'keluar' ? p.tanggalKeluar || p.tanggalBergabung : p.tanggalKeluar;
      if (keluar && keluar <= target.sampai) continue;
      const before = joined.get(p.koperasiId);
      if (before === undefined || p.tanggalBergabung < before) joined.set(p.koperasiId, p.tanggalBergabung);
    }
    for (const [id, tanggal] of joined) memenuhi.push({ id, koperasiId: id, tanggal });
  }
  memenuhi.sort((a, b) => (a.tanggal < b.tanggal ? -1 : a.tanggal > b.tanggal ? 1 : a.id < b.id ? -1 : 1));

  // Where every cooperative stands: invitations and attendance at events in the period, then its enrollments.
  const kegiatanDalam = live(data.kegiatan).filter((k) => k.tanggal >= target.mulai && k.tanggal <= target.sampai);
  const kegiatanIds = new Map(kegiatanDalam.map((k) => [k.id, k]));
  const tahap = new Map<string, { tahap: Tahap; kegiatanId?: string; tanggal: string }>();
  const naik = (koperasiId: string, t: Tahap, kegiatanId?: string, tanggal = '') => {
    const now = tahap.get(koperasiId);
    if (!now || peringkat[t] > peringkat[now.tahap] || (t === now.tahap && tanggal > now.tanggal)) {
      tahap.set(koperasiId, kegiatanId ? { tahap: t, kegiatanId, tanggal } : { tahap: t, tanggal });
    }
  };
  const corongOrang: Record<'diundang' | 'hadir' | 'ingin_mendaftar', Set<string>> = { diundang: new Set(), hadir: new Set(), ingin_mendaftar: new Set() };
  /** Per person, the furthest enrollment step (its rank): one map write per enrollment instead of four set adds. */
  const langkahOrang = new Map<string, number>();
  for (const k of kegiatanDalam) {
    for (const u of k.undangan) {
      if (!koperasiIds.has(u.koperasiId)) continue;
      naik(u.koperasiId, 'diundang', k.id, k.tanggal);
      for (const a of u.perwakilan) corongOrang.diundang.add(a);
    }
  }
  for (const h of live(data.kehadiran)) {
    const k = kegiatanIds.get(h.kegiatanId);
    if (!k || !koperasiIds.has(h.koperasiId)) continue;
    naik(h.koperasiId, h.inginMendaftar ? 'ingin_mendaftar' : 'hadir', k.id, k.tanggal);
    corongOrang.hadir.add(h.anggotaId);
    if (h.inginMendaftar) corongOrang.ingin_mendaftar.add(h.anggotaId);
  }
  const belumOrang: BarisBelum[] = [];
  for (const e of kepesertaan) {
    const t = tahapKepesertaan[e.status];
    if (!t || !dihitungPeran(e.koperasiId, e.anggotaId)) continue;
    if (t !== 'terdaftar') naik(e.koperasiId, t);
    const rank = peringkat[t];
    if ((langkahOrang.get(e.anggotaId) ?? -1) < rank) langkahOrang.set(e.anggotaId, rank);
    if (program.aturan === 'peserta_terdaftar' && t !== 'terdaftar') belumOrang.push({ koperasiId: e.koperasiId, anggotaId: e.anggotaId, tahap: t, terdaftar: 0 });
  }

  const counted = new Set(memenuhi.map((m) => m.id));
  let belum: BarisBelum[];
  if (program.aturan === 'peserta_terdaftar') {
    belum = belumOrang.filter((b) => !counted.has(b.anggotaId!));
  } else {
    belum = koperasi
      .filter((k) => !counted.has(k.id))
      .map((k) => {
        const s = tahap.get(k.id);
        const row: BarisBelum = { koperasiId: k.id, tahap: s?.tahap ?? 'belum', terdaftar: terdaftarPer.get(k.id)?.size ?? 0 };
        return s?.kegiatanId ? { ...row, kegiatanId: s.kegiatanId } : row;
      });
  }
  belum.sort((a, b) => peringkat[b.tahap] - peringkat[a.tahap] || b.terdaftar - a.terdaftar || (a.koperasiId < b.koperasiId ? -1 : 1));

  const months = bulanPeriode(target.mulai, target.sampai);
  let i = 0;
  const bulanan = months.map((bulan, m) => {
    while (i < memenuhi.length && memenuhi[i]!.tanggal.slice(0, 7) <= bulan) i++;
    return { bulan, kumulatif: i, laju: Math.round((target.jumlah * (m + 1) * 10) / months.length) / 10 };
  });
  const tercapai = memenuhi.length;
  return {
    satuan: program.aturan === 'peserta_terdaftar' ? 'orang' : 'koperasi',
    target: target.jumlah,
    tercapai,
    persen: Math.floor((tercapai * 1000) / target.jumlah) / 10,
    memenuhi,
    belum,
    bulanan,
    corong: corong(corongOrang, langkahOrang),
  };
}

/** People at or past each step: the event steps by set, the enrollment steps from each person's furthest step. */
function corong(acara: Record<'diundang' | 'hadir' | 'ingin_mendaftar', Set<string>>, langkah: ReadonlyMap<string, number>): CapaianTarget['corong'] {
  const atLeast = (t: Tahap) => {
    let n = 0;
    for (const r of langkah.values()) if (r >= peringkat[t]) n++;
    return n;
  };
  return {
    diundang: acara.diundang.size, hadir: acara.hadir.size, ingin_mendaftar: acara.ingin_mendaftar.size,
    draf: atLeast('draf'), formulir_dicetak: atLeast('formulir_dicetak'), diajukan: atLeast('diajukan'), terdaftar: atLeast('terdaftar'),
  };
}
