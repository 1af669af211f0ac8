import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNik, type NikRegionLookup } from './nik-check';
import { maskNik } from './nik-mask';
import { parseNik } from './nik-parse';

const today = '2026-11-21';
const two = (n: number) => String(n).padStart(2, '0');

/** A region, a sex, a birth date the two-digit year can express as of `today`, and a serial from 0001. */
const person = fc.record({
  provinsi: fc.integer({ min: 11, max: 99 }).map(two),
  kabupaten: fc.oneof(fc.integer({ min: 1, max: 69 }), fc.integer({ min: 71, max: 99 })).map(two),
  kecamatan: fc.integer({ min: 1, max: 99 }).map(two),
  jenisKelamin: fc.constantFrom('L' as const, 'P' as const),
  // 20YY is taken up to today, 19YY after it: so exactly the hundred years (1926-11-21, 2026-11-21] round-trip.
  tanggalLahir: fc
    .date({ min: new Date('1926-11-22T00:00:00Z'), max: new Date('2026-11-21T23:59:59Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  serial: fc.integer({ min: 1, max: 9999 }).map((n) => String(n).padStart(4, '0')),
});

type Person = typeof person extends fc.Arbitrary<infer T> ? T : never;

function buildNik(p: Person): string {
  const [year, month, day] = p.tanggalLahir.split('-');
  const codedDay = Number(day) + (p.jenisKelamin === 'P' ? 40 : 0);
  return `${p.provinsi}${p.kabupaten}${p.kecamatan}${two(codedDay)}${month}${year?.slice(2)}${p.serial}`;
}

describe('NIK properties', () => {
  it('parses a NIK built from (region, sex, date, serial) back to the same values', () => {
    fc.assert(
      fc.property(person, (p) => {
        const parsed = parseNik(buildNik(p), today);
        expect(parsed).toMatchObject({
          provinsiKode: p.provinsi,
          kabupatenKode: `${p.provinsi}.${p.kabupaten}`,
          kecamatanKode: `${p.provinsi}.${p.kabupaten}.${p.kecamatan}`,
          jenisKelamin: p.jenisKelamin,
          tanggalLahir: p.tanggalLahir,
          serial: p.serial,
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('finds nothing in such a NIK when the region is known and the form agrees, but an age under 15', () => {
    const knowsAll: NikRegionLookup = { kabupaten: (k) => `Kab ${k}`, kecamatan: (k) => `Kec ${k}` };
    fc.assert(
      fc.property(person, (p) => {
        const entered = { tanggalLahir: p.tanggalLahir, jenisKelamin: p.jenisKelamin };
        const result = checkNik(buildNik(p), entered, knowsAll, today);
        // Born after 2011-11-21: not 15 yet on `today`.
        expect(result).toMatchObject({ error: null, findings: p.tanggalLahir > '2011-11-21' ? [{ code: 'usia-di-bawah-15' }] : [] });
      }),
    );
  });

  it('never gives a date after today nor a day outside the month, for any 16 digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{16}$/), (nik) => {
        const parsed = parseNik(nik, today);
        expect(parsed).not.toBeNull();
        const date = parsed?.tanggalLahir;
        if (date) {
          expect(date <= today).toBe(true);
          expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
        }
        expect(parsed?.jenisKelamin).toBe(Number(nik.slice(6, 8)) > 40 ? 'P' : 'L');
        expect(maskNik(nik)).toBe(`${nik.slice(0, 4)}********${nik.slice(12)}`);
      }),
    );
  });
});
