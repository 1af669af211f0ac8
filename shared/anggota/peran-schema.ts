import { z } from 'zod';
import { pickFields } from '../records/pick-fields';
import { isoDate, text } from '../validation/schema-parts';
import { jenisPeran } from './peran-options';

/**
 * A person's role in one cooperative, over a period. A person may hold several (anggota and pengurus of the same
 * cooperative, anggota of two); an ended role keeps its record so the history of who led a cooperative stays.
 */
export const peranSchema = z
  .object({
    anggotaId: z.string().min(1, { message: 'validation.required' }),
    koperasiId: z.string().min(1, { message: 'validation.required' }),
    peran: z.enum(jenisPeran),
    jabatan: text(80),
    mulai: isoDate,
    selesai: isoDate,
    catatan: text(500),
  })
  .superRefine((p, ctx) => {
    if (p.peran === 'pengurus' && !p.jabatan) ctx.addIssue({ code: 'custom', path: ['jabatan'], message: 'validation.jabatanRequired' });
    if (p.mulai && p.selesai && p.selesai < p.mulai) ctx.addIssue({ code: 'custom', path: ['selesai'], message: 'validation.endBeforeStart' });
  });

export type Peran = z.output<typeof peranSchema>;
export type PeranInput = z.input<typeof peranSchema>;

export function emptyPeran(anggotaId = '', koperasiId = ''): Peran {
  return { anggotaId, koperasiId, peran: 'anggota', jabatan: '', mulai: '', selesai: '', catatan: '' };
}

export const peranFieldNames = Object.keys(peranSchema.shape) as readonly (keyof Peran)[];

/** A role counts as current until the day after its end date. */
export function peranAktif(p: Pick<Peran, 'selesai'>, today: string): boolean {
  return p.selesai === '' || p.selesai >= today;
}

/** Just the user's fields of a stored role. */
export function pickPeranFields(record: Peran): Peran {
  return pickFields(record, peranFieldNames);
}
