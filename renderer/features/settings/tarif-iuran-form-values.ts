import { z } from 'zod';
import { periodeTumpangTindih, tarifIuranSchema, type TarifIuran } from '../../../shared/kepesertaan/tarif-iuran';

type Lima<T> = [T, T, T, T, T];

/**
 * What the edit form holds: percentages as the officer typed them, so "0,24" survives typing; rupiah amounts as
 * numbers, kept by the shared money field (RupiahField) that reads "10.547.400" and shows it back that way.
 */
export interface TarifIuranFormValues {
  berlakuMulai: string;
  berlakuSampai: string;
  sumber: string;
  pu: {
    jkkPersen: Lima<string>;
    jkmPersen: string;
    jhtPemberiKerjaPersen: string;
    jhtPekerjaPersen: string;
    jpPemberiKerjaPersen: string;
    jpPekerjaPersen: string;
    jpBatasUpah: number;
  };
  bpu: { jkkPersen: string; jkkMinimum: number; jkmTetap: number; jhtPersen: string };
}

/**
 * A percentage as typed: decimal comma or point, an optional trailing "%". Anything else is NaN, which the schema
 * reports as "fill in a number" beside the field.
 */
export function bacaPersen(text: string): number {
  const s = text.trim().replace(/\s*%$/, '').replace(',', '.');
  return /^-?(\d+(\.\d*)?|\.\d+)$/.test(s) ? Number(s) : Number.NaN;
}

const persenText = (v: number, locale: string) => (locale === 'en' ? String(v) : String(v).replace('.', ','));

/** A stored period as the form shows it: percentages with a decimal comma in Indonesian, as officers read them. */
export function toFormValues(row: TarifIuran, locale: string): TarifIuranFormValues {
  const p = (v: number) => persenText(v, locale);
  return {
    berlakuMulai: row.berlakuMulai,
    berlakuSampai: row.berlakuSampai,
    sumber: row.sumber,
    pu: {
      jkkPersen: row.pu.jkkPersen.map(p) as Lima<string>,
      jkmPersen: p(row.pu.jkmPersen),
      jhtPemberiKerjaPersen: p(row.pu.jhtPemberiKerjaPersen),
      jhtPekerjaPersen: p(row.pu.jhtPekerjaPersen),
      jpPemberiKerjaPersen: p(row.pu.jpPemberiKerjaPersen),
      jpPekerjaPersen: p(row.pu.jpPekerjaPersen),
      jpBatasUpah: row.pu.jpBatasUpah,
    },
    bpu: {
      jkkPersen: p(row.bpu.jkkPersen),
      jkkMinimum: row.bpu.jkkMinimum,
      jkmTetap: row.bpu.jkmTetap,
      jhtPersen: p(row.bpu.jhtPersen),
    },
  };
}

/** The typed values read back as numbers; validation is left to the shared schema. */
export function fromFormValues(id: string, v: TarifIuranFormValues): TarifIuran {
  return {
    id,
    berlakuMulai: v.berlakuMulai,
    berlakuSampai: v.berlakuSampai,
    sumber: v.sumber,
    pu: {
      jkkPersen: v.pu.jkkPersen.map(bacaPersen) as Lima<number>,
      jkmPersen: bacaPersen(v.pu.jkmPersen),
      jhtPemberiKerjaPersen: bacaPersen(v.pu.jhtPemberiKerjaPersen),
      jhtPekerjaPersen: bacaPersen(v.pu.jhtPekerjaPersen),
      jpPemberiKerjaPersen: bacaPersen(v.pu.jpPemberiKerjaPersen),
      jpPekerjaPersen: bacaPersen(v.pu.jpPekerjaPersen),
      jpBatasUpah: v.pu.jpBatasUpah,
    },
    bpu: {
      jkkPersen: bacaPersen(v.bpu.jkkPersen),
      jkkMinimum: v.bpu.jkkMinimum,
      jkmTetap: v.bpu.jkmTetap,
      jhtPersen: bacaPersen(v.bpu.jhtPersen),
    },
  };
}

/**
 * The edit form's schema: the shared rules for one period, plus "no day covered by another period", checked here
 * too so the message sits beside the date that causes it rather than arriving as a refusal from main.
 */
export function tarifIuranFormSchema(id: string, others: readonly TarifIuran[]) {
  return z
    .custom<TarifIuranFormValues>()
    .transform((values) => fromFormValues(id, values))
    .pipe(tarifIuranSchema)
    .superRefine((row, ctx) => {
      const clash = others.find((other) => other.id !== row.id && periodeTumpangTindih(other, row));
      if (clash) {
        const path = clash.berlakuMulai <= row.berlakuMulai ? 'berlakuMulai' : 'berlakuSampai';
        ctx.addIssue({ code: 'custom', path: [path], message: 'validation.tarifOverlap' });
      }
    });
}
