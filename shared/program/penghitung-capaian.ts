import {
  bagianKehadiran,
  bagianKepesertaan,
  cariUrut,
  konteksKegiatan,
  kunciBagian,
  lebihJauh,
  tanggalBergabung,
  type BagianKehadiran,
  type BagianKepesertaan,
  type KonteksKegiatan,
  type KunciBagian,
} from './bagian-capaian';
import {
  bulanPeriode,
  dalamSegmen,
  maskOf,
  type BarisBelum,
  type CapaianTarget,
  type DataCapaian,
  type KegiatanHitung,
  type KeikutsertaanHitung,
  type KoperasiHitung,
  type ProgramHitung,
  type TargetHitung,
} from './hitung-capaian';
import { IndeksOrangBersama } from './indeks-orang-bersama';
import { peringkat, tahapUrut } from './ringkasan-koperasi';

const BAGIAN_KOSONG: BagianKepesertaan = {
  orang: [],
  langkah: [],
  sampaiLangkah: tahapUrut.map(() => 0),
  kedudukan: undefined,
  terdaftarOrang: [],
  terdaftarTanggal: [],
  tanggalUrut: [],
  memenuhi: [],
  belum: tahapUrut.map(() => []),
};
const KEHADIRAN_KOSONG: BagianKehadiran = { kedudukan: undefined, hadir: new Set(), ingin: new Set() };

/** Whether two readings of a cooperative agree on every field the rules read (so the older object can be kept). */
export const samaKoperasi = (a: KoperasiHitung, b: KoperasiHitung) =>
  a.jenis === b.jenis &&
  a.golongan === b.golongan &&
  a.kecamatanKode === b.kecamatanKode &&
  a.statusBpjs === b.statusBpjs &&
  a.npp === b.npp &&
  a.bpjsSejak === b.bpjsSejak;

/** How many targets' last results are kept (a screen shows a few dozen; programs come and go). */
const HASIL_MAKS = 500;

interface HasilTersimpan {
  readonly versi: number;
  readonly kegiatan: KonteksKegiatan;
  readonly bergabung: ReadonlyMap<string, string>;
  readonly segmen: readonly string[];
  readonly hasil: CapaianTarget;
}

/**
 * `hitungCapaian`, incrementally: the same results (deep equal, worklist order included) from data read again and
 * again by CapaianRepository, doing work in proportion to what changed since the last data rather than to every
 * enrollment of each target's segment. It keeps:
 * - each cooperative's part of a target (bagian-capaian.ts), cached per summary row: a row is immutable (a change
 *   is a new row), so a part is recomputed only for the rows that changed;
 * - the people mentioned by two cooperatives (indeks-orang-bersama.ts): totals are sums of the parts, corrected for
 *   those people only, so a person enrolled through two cooperatives still counts once;
 * - each target's last result with the data version it was computed at: a target none of whose cooperatives (before
 *   or after), events or participations changed is returned as it was;
 * - for the people rule, every cooperative's counted people sorted once per data (`MemenuhiSemua`): the targets of a
 *   program differ by segment only, and each keeps its share of that list instead of sorting its own.
 * Data objects are compared by identity (a cooperative also by its fields), so the caller passes the rows it kept
 * when they did not change; fresh but equal objects only cost time.
 */
export class PenghitungCapaian {
  private data: DataCapaian | undefined;
  private versi = 0;
  private readonly berubahPada = new Map<string, number>();
  private readonly indeks = new IndeksOrangBersama();
  private koperasiById = new Map<string, KoperasiHitung>();
  /** Live cooperatives by id (the worklist's order). */
  private urut: readonly KoperasiHitung[] = [];
  private readonly kegiatanCache = new Map<string, { sumber: readonly KegiatanHitung[]; nilai: KonteksKegiatan }>();
  private readonly bergabungCache = new Map<string, { sumber: readonly KeikutsertaanHitung[]; nilai: ReadonlyMap<string, string> }>();
  private readonly hasil = new Map<string, HasilTersimpan>();
  /** `memenuhiSemua` per parts key (roles counted, period), for the current data only. */
  private readonly memenuhiSemuaCache = new Map<string, MemenuhiSemua>();

  hitung(program: ProgramHitung, target: TargetHitung, data: DataCapaian): CapaianTarget {
    this.ikuti(data);
    const periode = `${program.id}|${target.mulai}|${target.sampai}`;
    let kegiatan = this.kegiatanCache.get(periode);
    if (kegiatan?.sumber !== data.kegiatan)
      this.kegiatanCache.set(periode, (kegiatan = { sumber: data.kegiatan, nilai: konteksKegiatan(program.id, target.mulai, target.sampai, data.kegiatan) }));
    let bergabung = this.bergabungCache.get(periode);
    if (bergabung?.sumber !== data.keikutsertaan)
      this.bergabungCache.set(
        periode,
        (bergabung = { sumber: data.keikutsertaan, nilai: tanggalBergabung(program.id, target.mulai, target.sampai, data.keikutsertaan) }),
      );

    const dalam = this.urut.map((k) => dalamSegmen(k, target));
    const koperasi = this.urut.filter((_, i) => dalam[i]);
    const kunci = JSON.stringify([
      program.id,
      program.aturan,
      program.minimumTerdaftar,
      program.peranDihitung,
      target.mulai,
      target.sampai,
      target.segmen,
      target.segmenNilai,
      target.koperasiIds,
      target.jumlah,
    ]);
    const lama = this.hasil.get(kunci);
    if (lama && lama.kegiatan === kegiatan.nilai && lama.bergabung === bergabung.nilai && !this.berubahSetelah(lama.versi, lama.segmen, koperasi))
      return lama.hasil;

    // A target computed before with the same events and participations: its list of who counts is patched for the
    // cooperatives that changed since, not sorted anew (the people rule's list holds tens of thousands at district size).
    let sebelumnya: Sebelumnya | undefined;
    if (lama && lama.kegiatan === kegiatan.nilai && lama.bergabung === bergabung.nilai) {
      const berubah = new Set<string>();
      for (const id of lama.segmen) if ((this.berubahPada.get(id) ?? 0) > lama.versi) berubah.add(id);
      for (const k of koperasi) if ((this.berubahPada.get(k.id) ?? 0) > lama.versi) berubah.add(k.id);
      sebelumnya = { hasil: lama.hasil, berubah };
    }
    const bagian = kunciBagian(maskOf(program.peranDihitung), target.mulai, target.sampai);
    const memenuhiSegmen = program.aturan === 'peserta_terdaftar' && !sebelumnya ? this.memenuhiSegmen(bagian, data, dalam, koperasi.length) : undefined;
    const hasil = rakit(program, target, data, koperasi, bagian, kegiatan.nilai, bergabung.nilai, this.indeks, sebelumnya, memenuhiSegmen);
    if (this.hasil.size >= HASIL_MAKS) this.hasil.clear();
    this.hasil.set(kunci, { versi: this.versi, kegiatan: kegiatan.nilai, bergabung: bergabung.nilai, segmen: koperasi.map((k) => k.id), hasil });
    return hasil;
  }

  /** Whether a cooperative of a target's segment (as it was, or as it is) changed after a data version. */
  private berubahSetelah(versi: number, segmenLama: readonly string[], koperasi: readonly KoperasiHitung[]): boolean {
    if (versi === this.versi) return false;
    for (const id of segmenLama) if ((this.berubahPada.get(id) ?? 0) > versi) return true;
    for (const k of koperasi) if ((this.berubahPada.get(k.id) ?? 0) > versi) return true;
    return false;
  }

  /**
   * The people rule's entries of a segment's cooperatives (shared people left out), in order, from `memenuhiSemua`:
   * the targets of a program differ by segment only, and sorting each one's tens of thousands of entries cost more
   * than the rest of the counting. Undefined for a segment under a quarter of the cooperatives while nothing is
   * cached (sorting its own few entries costs less than sorting everyone's).
   */
  private memenuhiSegmen(bagian: KunciBagian, data: DataCapaian, dalam: readonly boolean[], banyakKoperasi: number): Memenuhi[] | undefined {
    let semua = this.memenuhiSemuaCache.get(bagian.teks);
    if (!semua) {
      if (banyakKoperasi * 4 < this.urut.length) return undefined;
      this.memenuhiSemuaCache.set(bagian.teks, (semua = this.memenuhiSemua(bagian, data)));
    }
    const out: Memenuhi[] = [];
    for (let j = 0; j < semua.daftar.length; j++) if (dalam[semua.koperasiKe[j]!]) out.push(semua.daftar[j]!);
    return out;
  }

  /** Every live cooperative's people who count through it alone, sorted (see `MemenuhiSemua`). */
  private memenuhiSemua(bagian: KunciBagian, data: DataCapaian): MemenuhiSemua {
    const daftar: Memenuhi[] = [];
    const ke = new Map<string, number>();
    for (const [i, k] of this.urut.entries()) {
      const row = data.ringkasan.get(k.id);
      if (!row) continue;
      ke.set(k.id, i);
      for (const m of bagianKepesertaan(row, bagian).memenuhi) if (!this.indeks.bersama.has(m.id)) daftar.push(m);
    }
    const urut = urutkanMemenuhi(daftar);
    const koperasiKe = new Int32Array(urut.length);
    for (let j = 0; j < urut.length; j++) koperasiKe[j] = ke.get(urut[j]!.koperasiId)!;
    return { daftar: urut, koperasiKe };
  }

  /** Moves to new data: notes the cooperatives whose record or summary changed, and keeps the index of shared people. */
  private ikuti(data: DataCapaian): void {
    if (data === this.data) return;
    const sebelum = this.data;
    const versi = ++this.versi;
    this.memenuhiSemuaCache.clear();
    const tandai = (id: string) => this.berubahPada.set(id, versi);
    const byId = new Map<string, KoperasiHitung>();
    for (const k of data.koperasi) if (k.deleted !== 1) byId.set(k.id, k);
    if (!sebelum || sebelum.koperasi !== data.koperasi) {
      for (const [id, k] of byId) {
        const o = this.koperasiById.get(id);
        if (!o || (o !== k && !samaKoperasi(o, k))) tandai(id);
      }
      for (const id of this.koperasiById.keys()) if (!byId.has(id)) tandai(id);
      this.koperasiById = byId;
      this.urut = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
    if (sebelum?.ringkasan !== data.ringkasan) {
      for (const [id, row] of data.ringkasan) {
        const o = sebelum?.ringkasan.get(id);
        if (o === row) continue;
        if (o) this.indeks.kurangi(o);
        this.indeks.tambah(row);
        tandai(id);
      }
      if (sebelum) {
        for (const [id, o] of sebelum.ringkasan) {
          if (data.ringkasan.has(id)) continue;
          this.indeks.kurangi(o);
          tandai(id);
        }
      }
    }
    this.data = data;
  }
}

/**
 * The people rule's entries of every live cooperative, people shared between cooperatives left out (`rakit` settles
 * those per segment), sorted by `urutanMemenuhi`, for one parts key and the current data; with each entry's
 * cooperative's place in `PenghitungCapaian.urut`, so a segment keeps its entries by index, not by id lookups.
 */
interface MemenuhiSemua {
  readonly daftar: readonly Memenuhi[];
  readonly koperasiKe: Int32Array;
}

/** A target's last result, and the cooperatives (of its segment then or now) whose record or summary changed since. */
interface Sebelumnya {
  readonly hasil: CapaianTarget;
  readonly berubah: ReadonlySet<string>;
}

type Memenuhi = { readonly id: string; readonly koperasiId: string; readonly tanggal: string };
const urutanMemenuhi = (a: Memenuhi, b: Memenuhi) => (a.tanggal < b.tanggal ? -1 : a.tanggal > b.tanggal ? 1 : a.id < b.id ? -1 : 1);

const urutanId = (a: Memenuhi, b: Memenuhi) => (a.id < b.id ? -1 : 1);

/**
 * Sorts by `urutanMemenuhi`, day by day: a period has a few hundred days and the people rule tens of thousands of
 * entries, so grouping by day and sorting each day's few by id takes about half the time of one sort comparing both.
 */
function urutkanMemenuhi(list: readonly Memenuhi[]): Memenuhi[] {
  const perTanggal = new Map<string, Memenuhi[]>();
  for (const m of list) {
    const hari = perTanggal.get(m.tanggal);
    if (hari) hari.push(m);
    else perTanggal.set(m.tanggal, [m]);
  }
  const out: Memenuhi[] = [];
  for (const tanggal of [...perTanggal.keys()].sort()) for (const m of perTanggal.get(tanggal)!.sort(urutanId)) out.push(m);
  return out;
}

/**
 * Two lists sorted by `urutanMemenuhi`, as one; `b` is the short one (a few changed or shared people): each of its
 * entries is placed by binary search and the long list copied in runs between them, without comparing its entries.
 */
function gabungUrut(a: readonly Memenuhi[], b: readonly Memenuhi[]): Memenuhi[] {
  const out: Memenuhi[] = [];
  let i = 0;
  for (const m of b) {
    let hi = a.length;
    let lo = i;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (urutanMemenuhi(a[mid]!, m) <= 0) lo = mid + 1;
      else hi = mid;
    }
    while (i < lo) out.push(a[i++]!);
    out.push(m);
  }
  while (i < a.length) out.push(a[i++]!);
  return out;
}

/** One target's result from the parts of its cooperatives (sorted by id), corrected for people shared between them. */
function rakit(
  program: ProgramHitung,
  target: TargetHitung,
  data: DataCapaian,
  koperasi: readonly KoperasiHitung[],
  bagian: KunciBagian,
  kegiatan: KonteksKegiatan,
  bergabung: ReadonlyMap<string, string>,
  indeks: IndeksOrangBersama,
  sebelumnya?: Sebelumnya,
  memenuhiSegmen?: Memenuhi[],
): CapaianTarget {
  const peserta = program.aturan === 'peserta_terdaftar';
  const posisi = new Map<string, number>();
  const kep: BagianKepesertaan[] = [];
  const had: BagianKehadiran[] = [];
  const sampaiLangkah = tahapUrut.map(() => 0);
  let hadir = 0;
  let ingin = 0;
  const diundang = new Set<string>();
  for (const [i, k] of koperasi.entries()) {
    posisi.set(k.id, i);
    const row = data.ringkasan.get(k.id);
    const a = row ? bagianKepesertaan(row, bagian) : BAGIAN_KOSONG;
    const b = row ? bagianKehadiran(row, kegiatan) : KEHADIRAN_KOSONG;
    kep.push(a);
    had.push(b);
    for (let r = 0; r < sampaiLangkah.length; r++) sampaiLangkah[r]! += a.sampaiLangkah[r]!;
    hadir += b.hadir.size;
    ingin += b.ingin.size;
    for (const p of kegiatan.undangan.get(k.id)?.perwakilan ?? []) diundang.add(p);
  }

  // People in two cooperatives of the segment: counted once in the funnel, and for the people rule by their earliest
  // date within the period (the lower cooperative id on a tie), whichever cooperative it came through.
  const dihitungBersama = new Map<string, { koperasiId: string; tanggal: string }>();
  const per = tahapUrut.map(() => 0);
  for (const p of indeks.bersama) {
    per.fill(0);
    let nHadir = 0;
    let nIngin = 0;
    let terbaik: { koperasiId: string; tanggal: string } | undefined;
    for (const id of indeks.koperasi(p)) {
      const i = posisi.get(id);
      if (i === undefined) continue;
      const a = kep[i]!;
      const j = cariUrut(a.orang, p);
      if (j >= 0) for (let r = 0; r <= a.langkah[j]!; r++) per[r]!++;
      if (peserta) {
        const t = cariUrut(a.terdaftarOrang, p);
        const tanggal = t >= 0 ? a.terdaftarTanggal[t]! : '';
        if (tanggal && tanggal >= target.mulai && (!terbaik || tanggal < terbaik.tanggal || (tanggal === terbaik.tanggal && id < terbaik.koperasiId)))
          terbaik = { koperasiId: id, tanggal };
      }
      if (had[i]!.hadir.has(p)) nHadir++;
      if (had[i]!.ingin.has(p)) nIngin++;
    }
    for (let r = 0; r < per.length; r++) if (per[r]! > 1) sampaiLangkah[r]! -= per[r]! - 1;
    if (nHadir > 1) hadir -= nHadir - 1;
    if (nIngin > 1) ingin -= nIngin - 1;
    if (terbaik) dihitungBersama.set(p, terbaik);
  }

  let memenuhi: Memenuhi[] = [];
  if (peserta && sebelumnya) {
    // Only people whose entry could differ are counted again: those who counted through a changed cooperative and
    // those a changed cooperative counts now (a person's entry is the earliest of the cooperatives counting them, so
    // it moves only when one of those changed). The others keep their entry, in order; the few new entries are
    // sorted and merged in.
    const lagi = new Set<string>();
    for (const m of sebelumnya.hasil.memenuhi) if (sebelumnya.berubah.has(m.koperasiId)) lagi.add(m.id);
    for (const [i, k] of koperasi.entries()) if (sebelumnya.berubah.has(k.id)) for (const m of kep[i]!.memenuhi) lagi.add(m.id);
    const baru: Memenuhi[] = [];
    for (const p of lagi) {
      let terbaik: Memenuhi | undefined;
      for (const id of indeks.koperasi(p)) {
        const i = posisi.get(id);
        if (i === undefined) continue;
        const a = kep[i]!;
        const t = cariUrut(a.terdaftarOrang, p);
        const tanggal = t >= 0 ? a.terdaftarTanggal[t]! : '';
        if (tanggal && tanggal >= target.mulai && (!terbaik || tanggal < terbaik.tanggal || (tanggal === terbaik.tanggal && id < terbaik.koperasiId)))
          terbaik = { id: p, koperasiId: id, tanggal };
      }
      if (terbaik) baru.push(terbaik);
    }
    memenuhi = gabungUrut(
      sebelumnya.hasil.memenuhi.filter((m) => !lagi.has(m.id)),
      baru.sort(urutanMemenuhi),
    );
  } else if (peserta && memenuhiSegmen) {
    const bersama: Memenuhi[] = [];
    for (const [id, v] of dihitungBersama) bersama.push({ id, ...v });
    memenuhi = bersama.length > 0 ? gabungUrut(memenuhiSegmen, bersama.sort(urutanMemenuhi)) : memenuhiSegmen;
  } else if (peserta) {
    for (const a of kep) for (const m of a.memenuhi) if (!indeks.bersama.has(m.id)) memenuhi.push(m);
    for (const [id, v] of dihitungBersama) memenuhi.push({ id, ...v });
  } else if (program.aturan === 'koperasi_bpjs') {
    const n = Math.max(1, program.minimumTerdaftar);
    for (const [i, k] of koperasi.entries()) {
      const dates: string[] = [];
      if ((k.statusBpjs === 'terdaftar' || k.npp.trim() !== '') && !(k.bpjsSejak > target.sampai)) dates.push(k.bpjsSejak || target.mulai);
      const people = kep[i]!.tanggalUrut;
      if (program.minimumTerdaftar > 0 && people.length >= n) dates.push(people[n - 1]!);
      if (dates.length > 0) memenuhi.push({ id: k.id, koperasiId: k.id, tanggal: dates.sort()[0]! });
    }
  } else {
    for (const k of koperasi) {
      const tanggal = bergabung.get(k.id);
      if (tanggal !== undefined) memenuhi.push({ id: k.id, koperasiId: k.id, tanggal });
    }
  }
  if (!(peserta && (sebelumnya || memenuhiSegmen))) memenuhi = urutkanMemenuhi(memenuhi);

  let belum: BarisBelum[];
  if (peserta) {
    // Furthest step first, then by cooperative, then the row's order: hitungCapaian's order.
    belum = [];
    for (let r = tahapUrut.length - 1; r >= 0; r--) {
      for (const a of kep) for (const b of a.belum[r]!) if (!dihitungBersama.has(b.anggotaId!)) belum.push(b);
    }
  } else {
    const counted = new Set(memenuhi.map((m) => m.id));
    belum = [];
    for (const [i, k] of koperasi.entries()) {
      if (counted.has(k.id)) continue;
      const s = lebihJauh(lebihJauh(kep[i]!.kedudukan, kegiatan.undangan.get(k.id)?.kedudukan), had[i]!.kedudukan);
      const row: BarisBelum = { koperasiId: k.id, tahap: s?.tahap ?? 'belum', terdaftar: kep[i]!.terdaftarOrang.length };
      belum.push(s?.kegiatanId ? { ...row, kegiatanId: s.kegiatanId } : row);
    }
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
    satuan: peserta ? 'orang' : 'koperasi',
    target: target.jumlah,
    tercapai,
    persen: Math.floor((tercapai * 1000) / target.jumlah) / 10,
    memenuhi,
    belum,
    bulanan,
    corong: {
      diundang: diundang.size,
      hadir,
      ingin_mendaftar: ingin,
      draf: sampaiLangkah[peringkat.draf]!,
      formulir_dicetak: sampaiLangkah[peringkat.formulir_dicetak]!,
      diajukan: sampaiLangkah[peringkat.diajukan]!,
      terdaftar: sampaiLangkah[peringkat.terdaftar]!,
    },
  };
}
