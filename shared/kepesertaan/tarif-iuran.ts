import { z } from 'zod';
import { rupiah } from '../validation/schema-parts';

/**
 * BPJS Ketenagakerjaan contribution rates for one period (docs/domain.md §3). Rates change by regulation and the JP
 * wage cap changes every year, so they are dated data the office edits in Pengaturan, never constants in code.
 * Percentages are stored as percent (0.24 means 0,24 %); amounts are whole rupiah.
 */
export interface TarifIuran {
  readonly id: string;
  /** First day the rates apply (YYYY-MM-DD). */
  readonly berlakuMulai: string;
  /** Last day the rates apply (YYYY-MM-DD), or '' while no later period is known. */
  readonly berlakuSampai: string;
  /** Where the figures come from (regulation, BPJS announcement), so a reader can check them. */
  readonly sumber: string;
  /** Penerima Upah: percent of the monthly wage. */
  readonly pu: {
    /** JKK, employer, by risk group 1..5. */
    readonly jkkPersen: readonly [number, number, number, number, number];
    readonly jkmPersen: number;
    readonly jhtPemberiKerjaPersen: number;
    readonly jhtPekerjaPersen: number;
    readonly jpPemberiKerjaPersen: number;
    readonly jpPekerjaPersen: number;
    /** JP is computed on the wage up to this cap (rupiah), which BPJS raises every year. */
    readonly jpBatasUpah: number;
  };
  /** Bukan Penerima Upah: everything is paid by the participant. */
  readonly bpu: {
    readonly jkkPersen: number;
    readonly jkkMinimum: number;
    readonly jkmTetap: number;
    readonly jhtPersen: number;
  };
}

/** The rates of every period shipped with the app; only the JP wage cap differs between them. */
const TARIF_TETAP = {
  pu: {
    jkkPersen: [0.24, 0.54, 0.89, 1.27, 1.74],
    jkmPersen: 0.3,
    jhtPemberiKerjaPersen: 3.7,
    jhtPekerjaPersen: 2,
    jpPemberiKerjaPersen: 2,
    jpPekerjaPersen: 1,
  },
  bpu: { jkkPersen: 1, jkkMinimum: 10_000, jkmTetap: 6_800, jhtPersen: 2 },
} as const;

/** The regulations behind the figures (docs/domain.md §3), then what is particular to the period. */
const SUMBER =
  'PP 44/2015 jo. PP 82/2019 (JKK, JKM); PP 46/2015 (JHT); PP 45/2015 (JP, batas upah disesuaikan setiap Maret); ' +
  'PP 37/2021 jo. PP 6/2025 (JKP tanpa iuran tambahan; sejak PP 6/2025: 0,36% upah, 0,22% dari Pemerintah dan ' +
  '0,14% rekomposisi iuran JKK); Permenaker 5/2021 (BPU: paket JKK + JKM Rp16.800 per bulan).';

/**
 * The rates shipped with the app, as dated periods. The JP wage cap changes every March (PP 45/2015 Pasal 29), so
 * each period starts on 1 March with that year's cap; staff add the next period ("Tambah periode baru" in
 * Pengaturan) when BPJS Ketenagakerjaan announces it, and the app says so once the newest is over a year old
 * (periodeTerbaruUsang).
 */
export const tarifIuranBawaan: readonly TarifIuran[] = [
  periodeBawaan('2024-03-01', '2025-02-28', 10_042_300, 'Rp10.042.300 sejak 1 Maret 2024'),
  periodeBawaan('2025-03-01', '', 10_547_400, 'Rp10.547.400 sejak 1 Maret 2025'),
];

/** One shipped period: the fixed rates with that March's JP wage cap, and where the cap comes from. */
function periodeBawaan(berlakuMulai: string, berlakuSampai: string, jpBatasUpah: number, batas: string): TarifIuran {
  return {
    id: `bawaan-${berlakuMulai}`,
    berlakuMulai,
    berlakuSampai,
    sumber: `${SUMBER} Batas upah JP ${batas}.`,
    pu: { ...TARIF_TETAP.pu, jpBatasUpah },
    bpu: TARIF_TETAP.bpu,
  };
}

/** The period that starts last: the one a new period is copied from, and the one that grows old. */
export function periodeTerbaru(rows: readonly TarifIuran[]): TarifIuran | undefined {
  return rows.reduce<TarifIuran | undefined>((a, r) => (!a || r.berlakuMulai > a.berlakuMulai ? r : a), undefined);
}

/**
 * The newest period when it started more than a year before `today` (YYYY-MM-DD), else undefined: the JP wage cap
 * changes every March, so by then a newer figure has most likely been announced and is not entered yet.
 */
export function periodeTerbaruUsang(rows: readonly TarifIuran[], today: string): TarifIuran | undefined {
  const terbaru = periodeTerbaru(rows);
  if (!terbaru) return undefined;
  const [y, m, d] = terbaru.berlakuMulai.split('-');
  const setahun = `${String(Number(y) + 1).padStart(4, '0')}-${m}-${d}`;
  return today > setahun ? terbaru : undefined;
}

const persen = z.number({ message: 'validation.number' }).min(0, { message: 'validation.notNegative' }).max(100, { message: 'validation.percentMax' });
const isoDate = z.iso.date({ message: 'validation.date' });
const tanggalMulai = z.string().min(1, { message: 'validation.required' }).pipe(isoDate);
const tanggalSampai = z.string().refine((v) => v === '' || isoDate.safeParse(v).success, { message: 'validation.date' });

/** One period's rates as the office may save them. Messages are i18n keys (`validation.*`). */
export const tarifIuranSchema = z
  .object({
    id: z.string().min(1).max(100),
    berlakuMulai: tanggalMulai,
    berlakuSampai: tanggalSampai,
    sumber: z.string().trim().min(1, { message: 'validation.required' }).max(500, { message: 'validation.tooLong' }),
    pu: z.object({
      jkkPersen: z.tuple([persen, persen, persen, persen, persen]).readonly(),
      jkmPersen: persen,
      jhtPemberiKerjaPersen: persen,
      jhtPekerjaPersen: persen,
      jpPemberiKerjaPersen: persen,
      jpPekerjaPersen: persen,
      jpBatasUpah: rupiah,
    }),
    bpu: z.object({ jkkPersen: persen, jkkMinimum: rupiah, jkmTetap: rupiah, jhtPersen: persen }),
  })
  .refine((t) => t.berlakuSampai === '' || t.berlakuSampai >= t.berlakuMulai, {
    message: 'validation.endBeforeStart',
    path: ['berlakuSampai'],
  });

/** Whether two periods share a day (an empty end means open-ended). ISO dates compare as strings. */
export function periodeTumpangTindih(a: Pick<TarifIuran, 'berlakuMulai' | 'berlakuSampai'>, b: Pick<TarifIuran, 'berlakuMulai' | 'berlakuSampai'>): boolean {
  return a.berlakuMulai <= akhir(b) && b.berlakuMulai <= akhir(a);
}

const akhir = (t: Pick<TarifIuran, 'berlakuSampai'>) => (t.berlakuSampai === '' ? '9999-12-31' : t.berlakuSampai);

/**
 * The whole rate table: at least one period, and no day covered twice, so a date always has one answer.
 * The overlap is reported on the later-starting period's start date.
 */
export const tarifIuranListSchema = z
  .array(tarifIuranSchema)
  .min(1, { message: 'validation.required' })
  .max(50, { message: 'validation.tooMany' })
  .readonly()
  .superRefine((rows, ctx) => {
    const bertumpuk = new Set<number>();
    rows.forEach((row, i) => {
      if (rows.findIndex((r) => r.id === row.id) !== i) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'validation.invalid' });
      rows.forEach((other, j) => {
        if (j > i && periodeTumpangTindih(row, other)) bertumpuk.add(other.berlakuMulai >= row.berlakuMulai ? j : i);
      });
    });
    for (const i of bertumpuk) ctx.addIssue({ code: 'custom', path: [i, 'berlakuMulai'], message: 'validation.tarifOverlap' });
  });

/** The rates in force on a day; if periods overlap (data saved before the check), the latest start wins. */
export function tarifBerlaku(rows: readonly TarifIuran[], isoDate: string): TarifIuran | undefined {
  let found: TarifIuran | undefined;
  for (const row of rows) {
    if (row.berlakuMulai <= isoDate && isoDate <= akhir(row) && (!found || row.berlakuMulai > found.berlakuMulai)) found = row;
  }
  return found;
}

/** Why a new period cannot start on the asked day; `message` is an i18n key to show beside the date field. */
export class TarifPeriodeError extends Error {
  override readonly name = 'TarifPeriodeError';
}

/**
 * Starts a new period on `berlakuMulai` with the latest period's figures (staff then change what the regulation
 * changed) and ends the latest period the day before, so the table keeps one answer for every day.
 * Throws TarifPeriodeError unless the day is a valid date after the latest period's start.
 */
export function tambahPeriodeTarif(rows: readonly TarifIuran[], berlakuMulai: string): TarifIuran[] {
  if (!isoDate.safeParse(berlakuMulai).success) throw new TarifPeriodeError('validation.date');
  const terakhir = periodeTerbaru(rows);
  if (!terakhir) throw new TarifPeriodeError('validation.required');
  if (berlakuMulai <= terakhir.berlakuMulai) throw new TarifPeriodeError('validation.tarifStartNotAfterLatest');

  const sehariSebelum = hariSebelum(berlakuMulai);
  const ditutup = rows.map((r) => (r === terakhir && akhir(r) > sehariSebelum ? { ...r, berlakuSampai: sehariSebelum } : r));
  const baru: TarifIuran = { ...terakhir, id: idBaru(rows, berlakuMulai), berlakuMulai, berlakuSampai: '' };
  return [...ditutup, baru];
}

function hariSebelum(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** Ids are readable and stable; a suffix keeps them unique if an edited period already carries that date's id. */
function idBaru(rows: readonly TarifIuran[], berlakuMulai: string): string {
  const taken = new Set(rows.map((r) => r.id));
  let id = `tarif-${berlakuMulai}`;
  for (let n = 2; taken.has(id); n++) id = `tarif-${berlakuMulai}-${n}`;
  return id;
}
