import { describe, expect, it } from 'vitest';
import {
  TarifPeriodeError,
  tambahPeriodeTarif,
  tarifBerlaku,
  tarifIuranBawaan,
  tarifIuranListSchema,
  tarifIuranSchema,
  periodeTerbaruUsang,
  type TarifIuran,
} from './tarif-iuran';

/** The newest shipped period, open-ended. */
const bawaan = tarifIuranBawaan.at(-1)!;
const periode = (id: string, berlakuMulai: string, berlakuSampai: string): TarifIuran => ({ ...bawaan, id, berlakuMulai, berlakuSampai });
const messages = (result: { success: boolean; error?: { issues: readonly { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('tarifIuranBawaan', () => {
  it('holds the rates of docs/domain.md §3 as periods from March, one per JP wage cap', () => {
    expect(tarifIuranBawaan.map((t) => [t.berlakuMulai, t.berlakuSampai, t.pu.jpBatasUpah])).toEqual([
      ['2024-03-01', '2025-02-28', 10_042_300],
      ['2025-03-01', '', 10_547_400],
    ]);
    for (const t of tarifIuranBawaan) {
      expect(t).toMatchObject({
        pu: {
          jkkPersen: [0.24, 0.54, 0.89, 1.27, 1.74],
          jkmPersen: 0.3,
          jhtPemberiKerjaPersen: 3.7,
          jhtPekerjaPersen: 2,
          jpPemberiKerjaPersen: 2,
          jpPekerjaPersen: 1,
        },
        bpu: { jkkPersen: 1, jkkMinimum: 10_000, jkmTetap: 6_800, jhtPersen: 2 },
      });
      expect(t.sumber).toMatch(/PP 44\/2015.*PP 46\/2015.*PP 45\/2015.*PP 37\/2021.*PP 6\/2025.*Permenaker 5\/2021.*Rp16\.800/s);
      expect(t.sumber.length).toBeLessThanOrEqual(500);
    }
    // JKP's funding as PP 6/2025 sets it.
    expect(bawaan.sumber).toContain('0,36% upah, 0,22% dari Pemerintah dan 0,14% rekomposisi iuran JKK');
    expect(tarifIuranBawaan[0]!.sumber).toContain('Rp10.042.300 sejak 1 Maret 2024');
    expect(bawaan.sumber).toContain('Rp10.547.400 sejak 1 Maret 2025');
  });

  it('gives each day one cap: February 2025 the 2024 figure, March 2025 the new one', () => {
    expect(tarifBerlaku(tarifIuranBawaan, '2025-02-28')?.pu.jpBatasUpah).toBe(10_042_300);
    expect(tarifBerlaku(tarifIuranBawaan, '2025-03-01')?.pu.jpBatasUpah).toBe(10_547_400);
    expect(tarifBerlaku(tarifIuranBawaan, '2024-02-29')).toBeUndefined();
  });

  it('passes its own schema', () => {
    expect(tarifIuranListSchema.safeParse(tarifIuranBawaan).success).toBe(true);
  });
});

describe('periodeTerbaruUsang', () => {
  it('says nothing while the newest period is at most a year old', () => {
    expect(periodeTerbaruUsang(tarifIuranBawaan, '2025-06-01')).toBeUndefined();
    expect(periodeTerbaruUsang(tarifIuranBawaan, '2026-03-01')).toBeUndefined();
  });

  it('names the newest period once it is more than a year old (the next March has passed)', () => {
    expect(periodeTerbaruUsang(tarifIuranBawaan, '2026-03-02')?.id).toBe('bawaan-2025-03-01');
    expect(periodeTerbaruUsang(tambahPeriodeTarif(tarifIuranBawaan, '2026-03-01'), '2026-12-06')).toBeUndefined();
  });

  it('handles a period that starts on a leap day', () => {
    expect(periodeTerbaruUsang([periode('a', '2024-02-29', '')], '2025-02-29')).toBeUndefined();
    expect(periodeTerbaruUsang([periode('a', '2024-02-29', '')], '2025-03-01')?.id).toBe('a');
  });
});

describe('tarifIuranSchema', () => {
  it('refuses percentages outside 0–100', () => {
    const r = tarifIuranSchema.safeParse({ ...bawaan, pu: { ...bawaan.pu, jkmPersen: -0.3, jkkPersen: [0.24, 0.54, 101, 1.27, 1.74] } });
    expect(messages(r)).toEqual(['pu.jkkPersen.2: validation.percentMax', 'pu.jkmPersen: validation.notNegative']);
  });

  it('wants rupiah amounts whole and not negative', () => {
    const r = tarifIuranSchema.safeParse({ ...bawaan, pu: { ...bawaan.pu, jpBatasUpah: 10_547_400.5 }, bpu: { ...bawaan.bpu, jkmTetap: -1 } });
    expect(messages(r)).toEqual(['pu.jpBatasUpah: validation.rupiah', 'bpu.jkmTetap: validation.notNegative']);
  });

  it('reads an empty or unreadable money box (NaN) as "tulis jumlah rupiah"', () => {
    const r = tarifIuranSchema.safeParse({ ...bawaan, bpu: { ...bawaan.bpu, jkkMinimum: Number.NaN } });
    expect(messages(r)).toEqual(['bpu.jkkMinimum: validation.rupiah']);
  });

  it('checks the dates', () => {
    expect(messages(tarifIuranSchema.safeParse({ ...bawaan, berlakuMulai: '' }))).toEqual(['berlakuMulai: validation.required']);
    expect(messages(tarifIuranSchema.safeParse({ ...bawaan, berlakuMulai: '2025-02-30' }))).toEqual(['berlakuMulai: validation.date']);
    expect(messages(tarifIuranSchema.safeParse({ ...bawaan, berlakuSampai: '31-12-2025' }))).toEqual(['berlakuSampai: validation.date']);
    expect(messages(tarifIuranSchema.safeParse({ ...bawaan, berlakuSampai: '2025-02-28' }))).toEqual(['berlakuSampai: validation.endBeforeStart']);
    expect(tarifIuranSchema.safeParse({ ...bawaan, berlakuSampai: '2025-03-01' }).success).toBe(true);
  });

  it('wants a source', () => {
    expect(messages(tarifIuranSchema.safeParse({ ...bawaan, sumber: '   ' }))).toEqual(['sumber: validation.required']);
  });
});

describe('tarifIuranListSchema', () => {
  it('accepts periods that follow each other', () => {
    const rows = [periode('a', '2025-01-01', '2025-12-31'), periode('b', '2026-01-01', '')];
    expect(tarifIuranListSchema.safeParse(rows).success).toBe(true);
  });

  it('refuses periods sharing a day, on the later one', () => {
    const rows = [periode('a', '2025-01-01', '2026-01-01'), periode('b', '2026-01-01', '')];
    expect(messages(tarifIuranListSchema.safeParse(rows))).toEqual(['1.berlakuMulai: validation.tarifOverlap']);
    const open = [periode('b', '2026-03-01', ''), periode('a', '2025-01-01', '')];
    expect(messages(tarifIuranListSchema.safeParse(open))).toEqual(['0.berlakuMulai: validation.tarifOverlap']);
  });

  it('wants 1 to 50 periods with distinct ids', () => {
    expect(messages(tarifIuranListSchema.safeParse([]))).toEqual([': validation.required']);
    const many = Array.from({ length: 51 }, (_, i) => periode(`p${i}`, `${2000 + i}-01-01`, `${2000 + i}-12-31`));
    expect(messages(tarifIuranListSchema.safeParse(many))).toEqual([': validation.tooMany']);
    const twins = [periode('a', '2024-01-01', '2024-12-31'), periode('a', '2025-01-01', '')];
    expect(messages(tarifIuranListSchema.safeParse(twins))).toEqual(['1.id: validation.invalid']);
  });
});

describe('tarifBerlaku', () => {
  const rows = [periode('2025', '2025-01-01', '2025-12-31'), periode('2026', '2026-01-01', '')];

  it('finds the period containing the day, bounds included', () => {
    expect(tarifBerlaku(rows, '2025-01-01')?.id).toBe('2025');
    expect(tarifBerlaku(rows, '2025-12-31')?.id).toBe('2025');
    expect(tarifBerlaku(rows, '2026-01-01')?.id).toBe('2026');
    expect(tarifBerlaku(rows, '2031-07-15')?.id).toBe('2026');
  });

  it('has no answer before the first period', () => {
    expect(tarifBerlaku(rows, '2024-12-31')).toBeUndefined();
  });

  it('prefers the latest start when periods overlap', () => {
    expect(tarifBerlaku([periode('lama', '2025-01-01', ''), periode('baru', '2025-06-01', '')], '2025-07-01')?.id).toBe('baru');
  });
});

describe('tambahPeriodeTarif', () => {
  it('copies the latest period from the given day and closes the open one the day before', () => {
    const rows = tambahPeriodeTarif(tarifIuranBawaan, '2026-03-01');
    expect(rows.map((r) => [r.id, r.berlakuMulai, r.berlakuSampai])).toEqual([
      ['bawaan-2024-03-01', '2024-03-01', '2025-02-28'],
      ['bawaan-2025-03-01', '2025-03-01', '2026-02-28'],
      ['tarif-2026-03-01', '2026-03-01', ''],
    ]);
    expect(rows[2]!.pu).toEqual(bawaan.pu);
    expect(rows[2]!.bpu).toEqual(bawaan.bpu);
    expect(tarifIuranListSchema.safeParse(rows).success).toBe(true);
    expect(bawaan.berlakuSampai).toBe('');
  });

  it('handles month ends and leap days', () => {
    expect(tambahPeriodeTarif(tarifIuranBawaan, '2028-03-01')[1]!.berlakuSampai).toBe('2028-02-29');
  });

  it('leaves a period that already ends before the new start as it is', () => {
    const rows = tambahPeriodeTarif([periode('a', '2025-01-01', '2025-06-30')], '2026-01-01');
    expect(rows[0]!.berlakuSampai).toBe('2025-06-30');
  });

  it('shortens a latest period that ends after the new start', () => {
    const rows = tambahPeriodeTarif([periode('a', '2025-01-01', '2026-12-31')], '2026-01-01');
    expect(rows[0]!.berlakuSampai).toBe('2025-12-31');
  });

  it('refuses a start that is not after the latest start', () => {
    expect(() => tambahPeriodeTarif(tarifIuranBawaan, '2025-03-01')).toThrow(TarifPeriodeError);
    expect(() => tambahPeriodeTarif(tarifIuranBawaan, '2024-06-01')).toThrow('validation.tarifStartNotAfterLatest');
    expect(() => tambahPeriodeTarif(tarifIuranBawaan, '')).toThrow('validation.date');
  });

  it('keeps ids unique', () => {
    const rows = tambahPeriodeTarif([periode('tarif-2026-01-01', '2025-01-01', '')], '2026-01-01');
    expect(rows[1]!.id).toBe('tarif-2026-01-01-2');
  });
});
