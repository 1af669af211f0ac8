import { z } from 'zod';
import { pickFields } from '../records/pick-fields';
import { text } from '../validation/schema-parts';
import { aturanCapaian, peranDihitung } from './program-options';

/**
 * A program (program): what the office drives under one or more agreements ("Kepesertaan BPJS Ketenagakerjaan
 * karyawan KSP", "PKS-PKB Samsat"), and the rule that says what counts as achieved (program-options.ts).
 * `minimumTerdaftar` and `peranDihitung` belong to the `koperasi_bpjs` rule (0: only employer registration counts);
 * `peranDihitung` also narrows `peserta_terdaftar`.
 */
export const programFields = {
  nama: text(200).min(3, { message: 'validation.judulTooShort' }),
  perjanjianIds: z.array(z.string().min(1).max(60)).max(20),
  aturan: z.enum(aturanCapaian),
  minimumTerdaftar: z
    .number({ message: 'validation.number' })
    .int({ message: 'validation.wholeNumber' })
    .min(0, { message: 'validation.notNegative' })
    .max(10_000, { message: 'validation.tooLarge' }),
  peranDihitung: z.array(z.enum(peranDihitung)).max(peranDihitung.length),
  aktif: z.boolean(),
  catatan: text(2000),
};
export const programSchema = z.object(programFields);
export type Program = z.output<typeof programSchema>;
export const programFieldNames = Object.keys(programFields) as readonly (keyof Program)[];

export function emptyProgram(): Program {
  return { nama: '', perjanjianIds: [], aturan: 'koperasi_bpjs', minimumTerdaftar: 0, peranDihitung: [], aktif: true, catatan: '' };
}

export const pickProgramFields = (p: Program): Program => pickFields(p, programFieldNames);

/** Programs whose achievement is BPJS Ketenagakerjaan enrollment, which get the enrollment funnel. */
export const programBpjs = (p: Pick<Program, 'aturan'>) => p.aturan !== 'keikutsertaan';
