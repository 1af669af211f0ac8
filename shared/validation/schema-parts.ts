import { z } from 'zod';
import { normalisasiTelepon, teleponValid } from './telepon';

/**
 * The field shapes every record schema shares, so a phone number or a region code is checked the same way on a
 * cooperative, a person or an event. Messages are i18n keys (`validation.*`): shared/ knows no language.
 */
export const text = (max: number) => z.string().trim().max(max, { message: 'validation.tooLong' });

/** A calendar date (YYYY-MM-DD) or empty. */
export const isoDate = z.union([z.literal(''), z.iso.date({ message: 'validation.date' })]);

/** Digits of a fixed length, typed with any spaces, dots or dashes; empty allowed. */
export const digits = (length: number, message: string) =>
  z
    .string()
    .transform((v) => v.replace(/[\s.-]/g, ''))
    .pipe(z.union([z.literal(''), z.string().regex(new RegExp(`^\\d{${length}}$`), { message })]));

export const regionCode = (pattern: RegExp) => z.union([z.literal(''), z.string().regex(pattern, { message: 'validation.regionCode' })]);
export const kecamatanKode = regionCode(/^\d{2}\.\d{2}\.\d{2}$/);
export const kelurahanKode = regionCode(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/);

export const rtRw = z
  .string()
  .trim()
  .regex(/^\d{0,3}$/, { message: 'validation.rtRw' });
/** Every phone field (office, cooperative, person, walk-in): the one rule in telepon.ts, stored tidied. */
export const phone = z.string().max(40, { message: 'validation.tooLong' }).transform(normalisasiTelepon).refine(teleponValid, { message: 'validation.phone' });

/** A whole rupiah amount (wages, declared income, rupiah rates), as read by shared/format/baca-rupiah.ts. */
export const rupiah = z
  .number({ message: 'validation.rupiah' })
  .int({ message: 'validation.rupiah' })
  .min(0, { message: 'validation.notNegative' })
  .max(10_000_000_000, { message: 'validation.tooLarge' });

/** The kelurahan must lie inside the chosen kecamatan (codes are hierarchical). */
export function kelurahanInsideKecamatan(values: { kecamatanKode: string; kelurahanKode: string }, ctx: z.RefinementCtx) {
  if (values.kelurahanKode && !values.kelurahanKode.startsWith(`${values.kecamatanKode}.`)) {
    ctx.addIssue({ code: 'custom', path: ['kelurahanKode'], message: 'validation.kelurahanOutsideKecamatan' });
  }
}
