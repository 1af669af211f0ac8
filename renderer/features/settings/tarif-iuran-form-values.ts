import { z } from 'zod';
import { formatAngka } from '../../../shared/format/format-date';
import { periodeTumpangTindih, tarifIuranSchema, type TarifIuran } from '../../../shared/kepesertaan/tarif-iuran';

type Lima<T> = [T, T, T, T, T];

/** What the edit form holds: every number as the officer typed it, so "0,24" and "10.547.400" survive typing. */
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
    jpBatasUpah: string;
  };
  bpu: { jkkPersen: string; jkkMinimum: string; jkmTetap: string; jhtPersen: string };
}

/**
 * A percentage as typed: decimal comma or point, an optional trailing "%". Anything else is NaN, which the schema
 * reports as "fill in a number" beside the field.
 */
export function bacaPersen(text: string): number {
  const s = text.trim().replace(/\s*%$/, '').replace(',', '.');
  return /^-?(\d+(\.\d*)?|\.\d+)$/.test(s) ? Number(s) : Number.NaN;
}

/**
 * Rupiah as typed: "10.547.400", "10547400", "Rp10.547.400" or "10,547,400". A decimal part is kept, so the
 * schema can say "whole rupiah" rather than silently dropping it.
 */
export function bacaRupiah(text: string): number {
  const s = text.trim().replace(/^(-?)\s*rp\.?\s*/i, '$1').replace(/\s/g, '');
  if (/^-?\d{1,3}([.,]\d{3})+$/.test(s)) return Number(s.replace(/[.,]/g, ''));
  return /^-?(\d+([.,]\d*)?)$/.test(s) ? Number(s.replace(',', '.')) : Number.NaN;
}

const persenText = (v: number, locale: string) => (locale === 'en' ? String(v) : String(v).replace('.', ','));
const rupiahText = (v: number, locale: string) => formatAngka(v, locale);

/** A stored period as the form shows it: decimal comma and grouped rupiah in Indonesian, as officers read them. */
export function toFormValues(row: TarifIuran, locale: string): TarifIuranFormValues {
  const p = (v: number) => persenText(v, locale);
  const rp = (v: number) => rupiahText(v, locale);
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
      jpBatasUpah: rp(row.pu.jpBatasUpah),
    },
    bpu: {
      jkkPersen: p(row.bpu.jkkPersen),
      jkkMinimum: rp(row.bpu.jkkMinimum),
      jkmTetap: rp(row.bpu.jkmTetap),
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
      jpBatasUpah: bacaRupiah(v.pu.jpBatasUpah),
    },
    bpu: {
      jkkPersen: bacaPersen(v.bpu.jkkPersen),
      jkkMinimum: bacaRupiah(v.bpu.jkkMinimum),
      jkmTetap: bacaRupiah(v.bpu.jkmTetap),
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
