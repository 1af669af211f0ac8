import type { JenisPeran } from '../../anggota/peran-options';
import type { Kepesertaan } from '../../kepesertaan/kepesertaan-schema';
import type { KategoriPeserta, ProgramBpjs, StatusKepesertaan } from '../../kepesertaan/kepesertaan-options';
import { pernyataanTerbaru } from '../../kepesertaan/pernyataan-persetujuan';
import { programSaran, urutkanProgram } from '../../kepesertaan/program-rules';
import type { Koperasi } from '../../koperasi/koperasi-schema';
import { dayNumber, dayOf, isoDate, monthOf, randomDay, yearOf } from './calendar';
import { personName } from './person-name';
import { Prng } from './prng';

/** The JP wage cap of 2025 (docs/domain.md §3): a few generated wages lie above it, as real ones do. */
const JP_CAP_2025 = 10_547_400;

const ALASAN_DITOLAK = [
  'NIK tidak ditemukan di data Dukcapil.',
  'Nama ibu kandung tidak sesuai dengan data Dukcapil.',
  'Sudah terdaftar dengan KPJ lain; gunakan KPJ lama.',
  'Berkas tidak lengkap: fotokopi KTP tidak terbaca.',
  'Tanggal lahir berbeda dengan data kependudukan.',
  'NPP pemberi kerja belum aktif.',
] as const;

/** Most registered, many still in the office's hands, some rejected, a few lapsed. */
const STATUS_WEIGHTS: readonly (readonly [StatusKepesertaan, number])[] = [
  ['terdaftar', 52],
  ['draf', 13],
  ['formulir_dicetak', 9],
  ['diajukan', 12],
  ['ditolak', 6],
  ['nonaktif', 8],
];

/** Days from consent to the current status: printing is quick, the branch takes weeks, lapsing takes months. */
const LAG_DAYS: Readonly<Record<StatusKepesertaan, readonly [number, number]>> = {
  draf: [0, 0],
  formulir_dicetak: [0, 10],
  diajukan: [1, 30],
  terdaftar: [7, 60],
  ditolak: [7, 45],
  nonaktif: [90, 400],
};

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** A moment in office hours (08:00–16:00 WIB = 01:00–09:00 UTC) on `day`, as `new Date().toISOString()` writes it. */
function officeTime(rng: Prng, day: number, fromHour = 1, toHour = 8): string {
  return `${isoDate(day)}T${pad2(rng.int(fromHour, toHour))}:${pad2(rng.int(0, 59))}:${pad2(rng.int(0, 59))}.${String(rng.int(0, 999)).padStart(3, '0')}Z`;
}

/** The first day of the month after `day`: when BPJS coverage starts after registration. */
const firstOfNextMonth = (day: number) => dayOf(yearOf(day), monthOf(day) + 1, 1);

/** Officers of the district office who take consents, drawn once per district so the same names recur. */
export function petugasDinas(seed: number, count = 8): string[] {
  const rng = Prng.derive(seed, 'petugas');
  return Array.from({ length: count }, () => personName(rng, rng.chance(0.5) ? 'L' : 'P', { degreeChance: 0.5 }));
}

export interface KepesertaanContext {
  readonly anggotaId: string;
  readonly koperasiId: string;
  readonly koperasi: Koperasi;
  readonly peran: JenisPeran;
  /** "Today" as a day number; every time written lies before it. */
  readonly now: number;
  readonly petugas: readonly string[];
}

function kategoriFor(rng: Prng, peran: JenisPeran): KategoriPeserta {
  const pu = peran === 'karyawan' ? 0.95 : peran === 'pengurus' ? 0.65 : peran === 'pengawas' ? 0.3 : 0.05;
  return rng.chance(pu) ? 'PU' : 'BPU';
}

/** Programs: what the law suggests for the category and scale, now and then with JHT added by choice. */
function programFor(rng: Prng, kategori: KategoriPeserta, koperasi: Koperasi): ProgramBpjs[] {
  const program = programSaran(kategori, koperasi.skalaUsaha);
  if (!program.includes('JHT') && rng.chance(kategori === 'BPU' ? 0.3 : 0.25)) program.push('JHT');
  return urutkanProgram(program);
}

/** PU: a monthly wage of Rp2–8 juta, a few above the JP cap; BPU: a declared income of Rp1–3 juta. */
function upahFor(rng: Prng, kategori: KategoriPeserta): number {
  if (kategori === 'BPU') return rng.int(10, 30) * 100_000;
  if (rng.chance(0.03)) return rng.int(Math.ceil(JP_CAP_2025 / 50_000), 300) * 50_000;
  return rng.int(40, 160) * 50_000;
}

/**
 * One enrollment through the cooperative where the person holds a role, at a realistic point of its life cycle:
 * most registered with an 11-digit KPJ, many still in the office's hands (draft, form printed, submitted), some
 * rejected with the branch's reason, a few lapsed. Everything past the draft has the consent recorded (the latest
 * statement, an officer, a time) before the status date. Times fall between the statement's start (or a year and a
 * half ago) and yesterday.
 */
export function generateKepesertaan(rng: Prng, ctx: KepesertaanContext): Kepesertaan {
  const kategori = kategoriFor(rng, ctx.peran);
  const status = rng.weighted(STATUS_WEIGHTS);
  const end = ctx.now - 1;
  const start = Math.min(end, Math.max(dayNumber(pernyataanTerbaru.berlakuMulai), ctx.now - 540));
  const [lagMin, lagMax] = LAG_DAYS[status];
  const consentDay = randomDay(rng, start, Math.max(start, end - lagMin));
  const statusDay = status === 'draf' ? consentDay : Math.min(end, randomDay(rng, consentDay + lagMin, consentDay + lagMax));
  const consented = status !== 'draf';
  const persetujuanWaktu = consented ? officeTime(rng, consentDay, 1, 4) : '';
  const statusSejak = consented ? officeTime(rng, statusDay, statusDay === consentDay ? 5 : 1, 8) : officeTime(rng, statusDay);
  const registered = status === 'terdaftar' || status === 'nonaktif';
  return {
    anggotaId: ctx.anggotaId,
    koperasiId: ctx.koperasiId,
    kategori,
    program: programFor(rng, kategori, ctx.koperasi),
    upah: upahFor(rng, kategori),
    kelompokRisiko: rng.chance(0.97) ? 1 : 2,
    tanggalEfektif: status === 'draf' || status === 'ditolak' ? '' : isoDate(firstOfNextMonth(registered ? statusDay : consentDay)),
    status,
    statusSejak,
    kpj: registered ? `${rng.int(1, 9)}${rng.digits(10)}` : '',
    alasanDitolak: status === 'ditolak' ? rng.pick(ALASAN_DITOLAK) : '',
    persetujuanVersi: consented ? pernyataanTerbaru.versi : '',
    persetujuanOleh: consented ? rng.pick(ctx.petugas) : '',
    persetujuanWaktu,
    catatan: status === 'nonaktif' && rng.chance(0.5) ? 'Iuran tidak dibayar lebih dari 3 bulan.' : '',
    kegiatanId: '',
  };
}
