import { z } from 'zod';
import { pickFields } from '../records/pick-fields';
import { isoDate, text } from '../validation/schema-parts';
import { jenisPerjanjian, tingkatPerjanjian } from './program-options';

/**
 * One party of an agreement: the institution, the number it gave the agreement in its own register (each party
 * numbers it: "12/KB/M.KUKM/XI/2020" at the ministry, "MOU/8/11/2020" at BPJS Ketenagakerjaan), and who signed.
 */
export const pihakSchema = z.object({
  nama: text(200).min(1, { message: 'validation.required' }),
  nomor: text(120),
  penandatangan: text(120),
  jabatan: text(200),
});
export type Pihak = z.output<typeof pihakSchema>;

/** An agreement (perjanjian): MoU, nota kesepakatan or PKS, the basis a program and its events rest on. */
export const perjanjianFields = {
  jenis: z.enum(jenisPerjanjian),
  tingkat: z.enum(tingkatPerjanjian),
  judul: text(300).min(3, { message: 'validation.judulTooShort' }),
  tanggal: isoDate,
  berlakuMulai: isoDate,
  berlakuSampai: isoDate,
  pihak: z.array(pihakSchema).max(10),
  ruangLingkup: text(2000),
  catatan: text(2000),
};

/** The rules across fields: at least one number, no number twice, the end not before the start. */
export function periksaPerjanjian(p: Pick<Perjanjian, 'pihak' | 'berlakuMulai' | 'berlakuSampai'>, ctx: z.RefinementCtx): void {
  if (!p.pihak.some((x) => x.nomor.trim() !== '')) ctx.addIssue({ code: 'custom', path: ['pihak', 0, 'nomor'], message: 'validation.nomorPerjanjianRequired' });
  const seen = new Set<string>();
  p.pihak.forEach((x, i) => {
    const key = kunciNomor(x.nomor);
    if (key && seen.has(key)) ctx.addIssue({ code: 'custom', path: ['pihak', i, 'nomor'], message: 'validation.nomorPerjanjianGanda' });
    seen.add(key);
  });
  if (p.berlakuMulai && p.berlakuSampai && p.berlakuSampai < p.berlakuMulai)
    ctx.addIssue({ code: 'custom', path: ['berlakuSampai'], message: 'validation.endBeforeStart' });
}

export const perjanjianSchema = z.object(perjanjianFields).superRefine(periksaPerjanjian);
export type Perjanjian = z.output<typeof perjanjianSchema>;
export const perjanjianFieldNames = Object.keys(perjanjianFields) as readonly (keyof Perjanjian)[];

export function emptyPerjanjian(): Perjanjian {
  return { jenis: 'mou', tingkat: 'nasional', judul: '', tanggal: '', berlakuMulai: '', berlakuSampai: '', pihak: [], ruangLingkup: '', catatan: '' };
}

export const pickPerjanjianFields = (p: Perjanjian): Perjanjian => pickFields(p, perjanjianFieldNames);

/** A number as compared for duplicates: case, spaces and the usual separators' spacing do not make it another. */
export const kunciNomor = (nomor: string) => nomor.trim().toUpperCase().replace(/\s+/g, '');

/** The agreement's numbers, in the parties' order ("12/KB/M.KUKM/XI/2020 dan MOU/8/11/2020" on paper). */
export const nomorPerjanjian = (p: Pick<Perjanjian, 'pihak'>): string[] => p.pihak.map((x) => x.nomor.trim()).filter((n) => n !== '');

/**
 * The index of the first party whose number another agreement already uses, or -1: a number identifies one
 * agreement in the office's register, so a second record with it is a typing mistake or a duplicate.
 */
export function nomorSudahDipakai(p: Pick<Perjanjian, 'pihak'>, others: readonly Pick<Perjanjian, 'pihak'>[]): number {
  const taken = new Set(others.flatMap((o) => o.pihak.map((x) => kunciNomor(x.nomor)).filter((k) => k !== '')));
  return p.pihak.findIndex((x) => kunciNomor(x.nomor) !== '' && taken.has(kunciNomor(x.nomor)));
}
