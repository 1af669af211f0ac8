import { z } from 'zod';
import { pickFields } from '../records/pick-fields';
import { isoDate, text } from '../validation/schema-parts';
import { statusKeikutsertaan } from './program-options';

/**
 * A cooperative's participation (keikutsertaan) in a program the app does not otherwise track (PKS-PKB Samsat):
 * when it joined, whether it is still in, when it left. Two laptops recording the same cooperative in the same
 * program make two records; capaian counts distinct cooperatives, so it is never counted twice.
 */
export const keikutsertaanFields = {
  programId: z.string().min(1, { message: 'validation.required' }).max(60),
  koperasiId: z.string().min(1, { message: 'validation.required' }).max(60),
  tanggalBergabung: z.iso.date({ message: 'validation.dateRequired' }),
  status: z.enum(statusKeikutsertaan),
  tanggalKeluar: isoDate,
  catatan: text(1000),
};

export function periksaKeikutsertaan(k: Pick<Keikutsertaan, 'tanggalBergabung' | 'status' | 'tanggalKeluar'>, ctx: z.RefinementCtx): void {
  if (k.status === 'keluar' && !k.tanggalKeluar) ctx.addIssue({ code: 'custom', path: ['tanggalKeluar'], message: 'validation.tanggalKeluarRequired' });
  if (k.tanggalKeluar && k.tanggalBergabung && k.tanggalKeluar < k.tanggalBergabung)
    ctx.addIssue({ code: 'custom', path: ['tanggalKeluar'], message: 'validation.endBeforeStart' });
}

export const keikutsertaanSchema = z.object(keikutsertaanFields).superRefine(periksaKeikutsertaan);
export type Keikutsertaan = z.output<typeof keikutsertaanSchema>;
export const keikutsertaanFieldNames = Object.keys(keikutsertaanFields) as readonly (keyof Keikutsertaan)[];

export function emptyKeikutsertaan(programId = '', koperasiId = ''): Keikutsertaan {
  return { programId, koperasiId, tanggalBergabung: '', status: 'ikut', tanggalKeluar: '', catatan: '' };
}

export const pickKeikutsertaanFields = (k: Keikutsertaan): Keikutsertaan => pickFields(k, keikutsertaanFieldNames);
