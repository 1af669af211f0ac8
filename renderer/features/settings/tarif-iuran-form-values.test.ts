import { describe, expect, it } from 'vitest';
import { tarifIuranBawaan, type TarifIuran } from '../../../shared/kepesertaan/tarif-iuran';
import { bacaPersen, fromFormValues, tarifIuranFormSchema, toFormValues } from './tarif-iuran-form-values';

/** The newest shipped period (from March 2025), open-ended. */
const bawaan = tarifIuranBawaan.at(-1)!;

describe('bacaPersen', () => {
  it('reads a decimal comma or point, with or without %', () => {
    expect(bacaPersen('0,24')).toBe(0.24);
    expect(bacaPersen('0.24')).toBe(0.24);
    expect(bacaPersen(' 3,7 % ')).toBe(3.7);
    expect(bacaPersen('2')).toBe(2);
    expect(bacaPersen('-1')).toBe(-1);
  });

  it('reads anything else as not a number', () => {
    expect(bacaPersen('')).toBeNaN();
    expect(bacaPersen('dua')).toBeNaN();
    expect(bacaPersen('1,2,3')).toBeNaN();
  });
});

describe('form values', () => {
  it('show percentages the Indonesian way and read back to the same row', () => {
    const values = toFormValues(bawaan, 'id');
    expect(values.pu.jkkPersen).toEqual(['0,24', '0,54', '0,89', '1,27', '1,74']);
    expect(values.pu.jpBatasUpah).toBe(10_547_400);
    expect(values.bpu.jkmTetap).toBe(6_800);
    expect(fromFormValues(bawaan.id, values)).toEqual(bawaan);
    expect(fromFormValues(bawaan.id, toFormValues(bawaan, 'en'))).toEqual(bawaan);
  });
});

describe('tarifIuranFormSchema', () => {
  const lama: TarifIuran = { ...bawaan, id: 'lama', berlakuMulai: '2024-01-01', berlakuSampai: '2024-12-31' };
  const issues = (id: string, others: readonly TarifIuran[], values: ReturnType<typeof toFormValues>) =>
    tarifIuranFormSchema(id, others)
      .safeParse(values)
      .error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('puts each message on the field that caused it', () => {
    const values = toFormValues(bawaan, 'id');
    values.pu.jkkPersen[0] = '-0,24';
    values.pu.jpBatasUpah = Number.NaN;
    expect(issues(bawaan.id, [lama], values)).toEqual(['pu.jkkPersen.0: validation.notNegative', 'pu.jpBatasUpah: validation.rupiah']);
  });

  it('refuses a period that overlaps another, beside the date that causes it', () => {
    expect(issues(bawaan.id, [lama], { ...toFormValues(bawaan, 'id'), berlakuMulai: '2024-06-01' })).toEqual(['berlakuMulai: validation.tarifOverlap']);
    const earlier = { ...toFormValues(lama, 'id'), berlakuSampai: '2025-03-31' };
    expect(issues(lama.id, [bawaan], earlier)).toEqual(['berlakuSampai: validation.tarifOverlap']);
  });

  it('ignores the row being edited among the others', () => {
    expect(issues(bawaan.id, [lama, bawaan], toFormValues(bawaan, 'id'))).toEqual([]);
  });
});
