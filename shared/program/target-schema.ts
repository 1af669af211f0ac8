import { z } from 'zod';
import { pickFields } from '../records/pick-fields';
import { text } from '../validation/schema-parts';
import { jenisSegmen } from './program-options';

/**
 * A target (target): for one program and one period (a year, or any span), the number of cooperatives (or people,
 * by the program's rule) to reach within a segment. `segmenNilai` is the jenis or golongan code or the kecamatan
 * code; a `daftar` segment names its cooperatives in `koperasiIds` and its name in `nama`.
 */
export const targetFields = {
  programId: z.string().min(1, { message: 'validation.required' }).max(60),
  nama: text(200),
  mulai: z.iso.date({ message: 'validation.dateRequired' }),
  sampai: z.iso.date({ message: 'validation.dateRequired' }),
  segmen: z.enum(jenisSegmen),
  segmenNilai: text(60),
  koperasiIds: z.array(z.string().min(1).max(60)).max(5_000),
  jumlah: z
    .number({ message: 'validation.number' })
    .int({ message: 'validation.wholeNumber' })
    .min(1, { message: 'validation.targetPositif' })
    .max(1_000_000, { message: 'validation.tooLarge' }),
};

/** The rules across fields: the end not before the start, a segment's value or list given. */
export function periksaTarget(t: Pick<Target, 'mulai' | 'sampai' | 'segmen' | 'segmenNilai' | 'koperasiIds'>, ctx: z.RefinementCtx): void {
  if (t.mulai && t.sampai && t.sampai < t.mulai) ctx.addIssue({ code: 'custom', path: ['sampai'], message: 'validation.endBeforeStart' });
  if (t.segmen !== 'semua' && t.segmen !== 'daftar' && !t.segmenNilai) ctx.addIssue({ code: 'custom', path: ['segmenNilai'], message: 'validation.required' });
  if (t.segmen === 'daftar' && t.koperasiIds.length === 0) ctx.addIssue({ code: 'custom', path: ['koperasiIds'], message: 'validation.daftarKosong' });
}

export const targetSchema = z.object(targetFields).superRefine(periksaTarget);
export type Target = z.output<typeof targetSchema>;
export const targetFieldNames = Object.keys(targetFields) as readonly (keyof Target)[];

export function emptyTarget(programId = '', tahun = new Date().getFullYear()): Target {
  return { programId, nama: '', mulai: `${tahun}-01-01`, sampai: `${tahun}-12-31`, segmen: 'semua', segmenNilai: '', koperasiIds: [], jumlah: 1 };
}

export const pickTargetFields = (t: Target): Target => pickFields(t, targetFieldNames);

/** Two targets measure the same thing: one program, one segment (a named list by its name). */
const segmenSama = (a: Target, b: Target) =>
  a.programId === b.programId &&
  a.segmen === b.segmen &&
  (a.segmen === 'daftar' ? a.nama.trim().toLowerCase() === b.nama.trim().toLowerCase() : a.segmenNilai === b.segmenNilai);

/**
 * Whether another target of the same program and segment covers part of the same days: two numbers for one
 * segment at once would make "how far are we" ambiguous. Periods touching at a day boundary (31 Dec / 1 Jan) are
 * fine.
 */
export function targetTumpangTindih(t: Target, others: readonly Target[]): boolean {
  return others.some((o) => segmenSama(t, o) && o.mulai <= t.sampai && t.mulai <= o.sampai);
}
