import type { AturanCapaian, JenisSegmen, PeranDihitung, StatusKeikutsertaan } from './program-options';
import { peranDihitung as semuaPeran } from './program-options';
import { peringkat, tahapUrut, tanggalWib, type RingkasanKoperasi, type Tahap } from './ringkasan-koperasi';

export { tahapUrut, tanggalWib, type Tahap };

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
  /** The program the event serves ('' for none): only a program's own events move its worklist and funnel. */
  readonly programId: string;
  readonly undangan: readonly { readonly koperasiId: string; readonly perwakilan: readonly string[] }[];
  readonly deleted?: 0 | 1;
}

/**
 * What the rules read: the cooperatives, each one's summary of enrollments, roles and check-ins
 * (ringkasan-koperasi.ts, kept by the write path and the merge), the participations and the events.
 */
export interface DataCapaian {
  readonly koperasi: readonly KoperasiHitung[];
  readonly ringkasan: ReadonlyMap<string, RingkasanKoperasi>;
  readonly keikutsertaan: readonly KeikutsertaanHitung[];
  readonly kegiatan: readonly KegiatanHitung[];
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

/** The roles a program counts as a bit mask over `peranDihitung` (0: every person counts, whatever their role). */
export const maskOf = (boleh: readonly PeranDihitung[]) => boleh.reduce((m, p) => m | (1 << semuaPeran.indexOf(p)), 0);

/**
 * The people of a cooperative holding one of the roles in `mask`, per summary row and mask: every target of a
 * program reads the same roles, so each row's roles are walked once per screen, not once per target.
 */
const pemegangCache = new WeakMap<RingkasanKoperasi, Map<number, Set<string>>>();
export function pemegangPeran(row: RingkasanKoperasi, mask: number): Set<string> {
  let perMask = pemegangCache.get(row);
  if (!perMask) pemegangCache.set(row, (perMask = new Map()));
  let set = perMask.get(mask);
  if (!set) {
    set = new Set();
    const { anggotaId, kode } = row.peran;
    for (let i = 0; i < anggotaId.length; i++) if (mask & (1 << kode[i]!)) set.add(anggotaId[i]!);
    perMask.set(mask, set);
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

export const live = <T extends { deleted?: 0 | 1 }>(rows: readonly T[]) => rows.filter((r) => r.deleted !== 1);

/** Whether a cooperative is in a target's segment. */
export function dalamSegmen(k: KoperasiHitung, t: Pick<TargetHitung, 'segmen' | 'segmenNilai' | 'koperasiIds'>): boolean {
  switch (t.segmen) {
    case 'semua':
      return true;
    case 'jenis':
      return k.jenis === t.segmenNilai;
    case 'golongan':
      return k.golongan === t.segmenNilai;
    case 'kecamatan':
      return k.kecamatanKode === t.segmenNilai;
    case 'daftar':
      return t.koperasiIds.includes(k.id);
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
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/**
 * How far one target is, by its program's rule, from the records alone: who counts (and since when), who does not
 * yet and where each stands, the month-by-month curve and, for BPJS programs, the funnel. Deleted cooperatives and
 * everything under them never count; a person enrolled through two cooperatives is one person; two participation
 * records of one cooperative (two laptops) are one cooperative. Only events serving this program (in the period)
 * say a cooperative was invited or attended: an event for another program is no step towards this one.
 *
 * This is the definition, computed from scratch: the screens count through PenghitungCapaian (penghitung-capaian.ts),
 * which gives the same results incrementally (a property test holds it to this function).
 */
export function hitungCapaian(program: ProgramHitung, target: TargetHitung, data: DataCapaian): CapaianTarget {
  // By id, so rows gathered cooperative by cooperative come out in the worklist's order without sorting them.
  const koperasi = live(data.koperasi)
    .filter((k) => dalamSegmen(k, target))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const koperasiIds = new Set(koperasi.map((k) => k.id));
  const mask = maskOf(program.peranDihitung);
  const rankTerdaftar = peringkat.terdaftar;

  // Where every cooperative stands (its furthest step, and the event that got it there).
  const tahap = new Map<string, { tahap: Tahap; kegiatanId?: string; tanggal: string }>();
  const naik = (koperasiId: string, t: Tahap, kegiatanId?: string, tanggal = '') => {
    const now = tahap.get(koperasiId);
    if (!now || peringkat[t] > peringkat[now.tahap] || (t === now.tahap && tanggal > now.tanggal)) {
      tahap.set(koperasiId, kegiatanId ? { tahap: t, kegiatanId, tanggal } : { tahap: t, tanggal });
    }
  };
  /** Per person, the furthest enrollment step (its rank): one map write per enrollment instead of four set adds. */
  const langkahOrang = new Map<string, number>();
  /** People not yet terdaftar, one list per step (rank), each in cooperative order: the worklist without a sort. */
  const belumOrang: BarisBelum[][] = tahapUrut.map(() => []);
  // The earliest date each counted person of each cooperative reached terdaftar (up to the period's end).
  const terdaftarPer = new Map<string, Map<string, string>>();
  for (const k of koperasi) {
    const row = data.ringkasan.get(k.id);
    if (!row) continue;
    const dihitung = mask === 0 ? null : pemegangPeran(row, mask);
    const { anggotaId: orang, tahap: langkah, terdaftar } = row.kepesertaan;
    let people: Map<string, string> | undefined;
    for (let i = 0; i < orang.length; i++) {
      const anggotaId = orang[i]!;
      if (dihitung !== null && !dihitung.has(anggotaId)) continue;
      const rank = langkah[i]!;
      const tanggal = terdaftar[i]!;
      if (tanggal && tanggal <= target.sampai) {
        people ??= new Map();
        const before = people.get(anggotaId);
        if (before === undefined || tanggal < before) people.set(anggotaId, tanggal);
      }
      if ((langkahOrang.get(anggotaId) ?? -1) < rank) langkahOrang.set(anggotaId, rank);
      if (rank !== rankTerdaftar) {
        naik(k.id, tahapUrut[rank]!);
        if (program.aturan === 'peserta_terdaftar') belumOrang[rank]!.push({ koperasiId: k.id, anggotaId, tahap: tahapUrut[rank]!, terdaftar: 0 });
      }
    }
    if (people) terdaftarPer.set(k.id, people);
  }

  const memenuhi: { id: string; koperasiId: string; tanggal: string }[] = [];
  if (program.aturan === 'peserta_terdaftar') {
    const perOrang = new Map<string, { koperasiId: string; tanggal: string }>();
    for (const [koperasiId, people] of terdaftarPer) {
      for (const [anggotaId, tanggal] of people) {
        if (tanggal < target.mulai) continue;
        const before = perOrang.get(anggotaId);
        if (!before || tanggal < before.tanggal || (tanggal === before.tanggal && koperasiId < before.koperasiId))
          perOrang.set(anggotaId, { koperasiId, tanggal });
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

  // Invitations to and attendance at this program's events in the period.
  const kegiatanDalam = live(data.kegiatan).filter((k) => k.programId === program.id && k.tanggal >= target.mulai && k.tanggal <= target.sampai);
  const kegiatanIds = new Map(kegiatanDalam.map((k) => [k.id, k]));
  const corongOrang: Record<'diundang' | 'hadir' | 'ingin_mendaftar', Set<string>> = { diundang: new Set(), hadir: new Set(), ingin_mendaftar: new Set() };
  for (const k of kegiatanDalam) {
    for (const u of k.undangan) {
      if (!koperasiIds.has(u.koperasiId)) continue;
      naik(u.koperasiId, 'diundang', k.id, k.tanggal);
      for (const a of u.perwakilan) corongOrang.diundang.add(a);
    }
  }
  if (kegiatanIds.size > 0) {
    for (const kop of koperasi) {
      const h = data.ringkasan.get(kop.id)?.kehadiran;
      if (!h) continue;
      for (let i = 0; i < h.kegiatanId.length; i++) {
        const k = kegiatanIds.get(h.kegiatanId[i]!);
        if (!k) continue;
        const ingin = h.ingin[i] === 1;
        naik(kop.id, ingin ? 'ingin_mendaftar' : 'hadir', k.id, k.tanggal);
        corongOrang.hadir.add(h.anggotaId[i]!);
        if (ingin) corongOrang.ingin_mendaftar.add(h.anggotaId[i]!);
      }
    }
  }

  const counted = new Set(memenuhi.map((m) => m.id));
  let belum: BarisBelum[];
  if (program.aturan === 'peserta_terdaftar') {
    // Furthest step first, then by cooperative: the order the sort below gives, at district size without sorting
    // 100,000 rows per target.
    belum = belumOrang
      .reverse()
      .flat()
      .filter((b) => !counted.has(b.anggotaId!));
  } else {
    belum = koperasi
      .filter((k) => !counted.has(k.id))
      .map((k) => {
        const s = tahap.get(k.id);
        const row: BarisBelum = { koperasiId: k.id, tahap: s?.tahap ?? 'belum', terdaftar: terdaftarPer.get(k.id)?.size ?? 0 };
        return s?.kegiatanId ? { ...row, kegiatanId: s.kegiatanId } : row;
      });
    belum.sort((a, b) => peringkat[b.tahap] - peringkat[a.tahap] || b.terdaftar - a.terdaftar || (a.koperasiId < b.koperasiId ? -1 : 1));
  }

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
    diundang: acara.diundang.size,
    hadir: acara.hadir.size,
    ingin_mendaftar: acara.ingin_mendaftar.size,
    draf: atLeast('draf'),
    formulir_dicetak: atLeast('formulir_dicetak'),
    diajukan: atLeast('diajukan'),
    terdaftar: atLeast('terdaftar'),
  };
}
