import { historicalSplits } from './nik-historical-splits';
import { normalizeNik, parseNik, type ParsedNik } from './nik-parse';

/**
 * What a NIK can disagree with (docs/domain.md §4). None of them blocks saving: the NIK is never corrected, so the
 * officer reads the finding and acknowledges it. Only a NIK that is not 16 digits is a hard error.
 */
export const nikFindingCodes = [
  'wilayah-tidak-dikenal',
  'kecamatan-tidak-dikenal',
  'wilayah-lama',
  'tanggal-mustahil',
  'jenis-kelamin-beda',
  'tanggal-lahir-beda',
  'nomor-urut-0000',
  'usia-di-bawah-15',
] as const;
export type NikFindingCode = (typeof nikFindingCodes)[number];

/** 'peringatan' needs the officer's acknowledgement before saving; 'info' only explains (e.g. an old region code). */
export interface NikFinding {
  readonly code: NikFindingCode;
  readonly level: 'peringatan' | 'info';
  /** Interpolation values for the message `nik.finding.<code>`; dates are ISO. */
  readonly params: Record<string, string>;
}

/** `error` is an i18n key; `parsed` is null when the NIK is empty or not 16 digits. */
export interface NikCheck {
  readonly error: 'validation.nik' | null;
  readonly parsed: ParsedNik | null;
  readonly findings: readonly NikFinding[];
}

/**
 * Region names from the Kemendagri list, however the caller loads them. `kabupaten('PP.KK')` is undefined when the
 * code is not in the list; `kecamatan('PP.KK.CC')` is undefined when its kab's list is loaded and lacks it, and null
 * when that list is not available (the kecamatan check is then skipped).
 */
export interface NikRegionLookup {
  kabupaten(kode: string): string | undefined;
  kecamatan(kode: string): string | undefined | null;
}

/** What the officer entered on the form; '' when not entered. */
export interface NikEnteredValues {
  readonly tanggalLahir: string;
  readonly jenisKelamin: '' | 'L' | 'P';
}

/**
 * Checks a NIK against the region list and the entered birth date and sex, as warnings the officer can override.
 * An empty NIK passes (walk-ins may have none; the caller decides whether it is required). With `lookup` null the
 * region checks are skipped entirely, so a missing region asset never produces false warnings.
 */
export function checkNik(raw: string, entered: NikEnteredValues, lookup: NikRegionLookup | null, today: string): NikCheck {
  if (normalizeNik(raw) === '') return { error: null, parsed: null, findings: [] };
  const parsed = parseNik(raw, today);
  if (!parsed) return { error: 'validation.nik', parsed: null, findings: [] };
  const findings: NikFinding[] = lookup ? regionFindings(parsed, lookup) : [];
  if (parsed.tanggalLahir === null) findings.push(warning('tanggal-mustahil', { kode: parsed.nik.slice(6, 12) }));
  if (entered.jenisKelamin !== '' && entered.jenisKelamin !== parsed.jenisKelamin) {
    findings.push(warning('jenis-kelamin-beda', { dariNik: parsed.jenisKelamin, diisi: entered.jenisKelamin }));
  }
  if (entered.tanggalLahir !== '' && parsed.tanggalLahir !== null && entered.tanggalLahir !== parsed.tanggalLahir) {
    findings.push(warning('tanggal-lahir-beda', { dariNik: parsed.tanggalLahir, diisi: entered.tanggalLahir }));
  }
  if (parsed.serial === '0000') findings.push(warning('nomor-urut-0000', {}));
  if (parsed.tanggalLahir !== null) {
    const usia = usiaPada(parsed.tanggalLahir, today);
    if (usia < USIA_KERJA_MINIMUM) findings.push(warning('usia-di-bawah-15', { tanggalLahir: parsed.tanggalLahir, usia: String(Math.max(usia, 0)) }));
  }
  return { error: null, parsed, findings };
}

/**
 * The youngest age at which a person is enrolled as a worker (docs/domain.md §4): a NIK whose birth date makes
 * someone younger is a mistyped NIK or a child's, so the officer looks again. A warning, never a refusal.
 */
export const USIA_KERJA_MINIMUM = 15;

/** Whole years from a birth date to a day (both YYYY-MM-DD): the birthday itself counts. */
export function usiaPada(tanggalLahir: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(tanggalLahir.slice(0, 4));
  return today.slice(5) >= tanggalLahir.slice(5) ? years : years - 1;
}

/** The warnings still blocking a save: every 'peringatan' whose code the officer has not acknowledged. */
export function warningsNeedingAcknowledgement(check: NikCheck, acknowledged: readonly string[]): NikFinding[] {
  return check.findings.filter((f) => f.level === 'peringatan' && !acknowledged.includes(f.code));
}

/**
 * Kab/kota 00 and 70 are never used (01–69 kabupaten, 71–99 kota). A code of a kab that was split keeps its old
 * kecamatan codes, so a kecamatan missing there (or an unloaded list) is explained as 'wilayah-lama', not flagged.
 */
function regionFindings(parsed: ParsedNik, lookup: NikRegionLookup): NikFinding[] {
  const kabKode = parsed.kabupatenKode;
  const kecKode = parsed.kecamatanKode;
  const kk = kabKode.slice(3);
  const kabupaten = kk === '00' || kk === '70' ? undefined : lookup.kabupaten(kabKode);
  const split = historicalSplits[kabKode];
  if (split) {
    if (kabupaten !== undefined && typeof lookup.kecamatan(kecKode) === 'string') return [];
    const menjadi = split.to.map((kode) => lookup.kabupaten(kode) ?? kode).join(', ');
    const params = { kode: kecKode, namaLama: split.namaLama, tahun: String(split.year), menjadi };
    return [{ code: 'wilayah-lama', level: 'info', params }];
  }
  if (kabupaten === undefined) return [warning('wilayah-tidak-dikenal', { kode: kabKode })];
  if (lookup.kecamatan(kecKode) === undefined) {
    return [warning('kecamatan-tidak-dikenal', { kode: kecKode, kabupaten })];
  }
  return [];
}

const warning = (code: NikFindingCode, params: Record<string, string>): NikFinding => ({
  code,
  level: 'peringatan',
  params,
});
