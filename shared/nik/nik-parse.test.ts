import { describe, expect, it } from 'vitest';
import { isNikFormatValid, nikAutofill, normalizeNik, parseNik } from './nik-parse';

const today = '2026-11-21';
/** Kota Tangerang Selatan (36.74), kecamatan 05, with the given DDMMYY and serial. */
const nik = (ddmmyy: string, serial = '0001') => `367405${ddmmyy}${serial}`;
const parse = (ddmmyy: string, on = today) => parseNik(nik(ddmmyy), on);

describe('normalizeNik and the 16-digit rule', () => {
  it('strips spaces, non-breaking spaces, dots and dashes', () => {
    expect(normalizeNik('3674 0512 0390 0001')).toBe('3674051203900001');
    expect(normalizeNik('3674.0512.0390.0001')).toBe('3674051203900001');
    expect(normalizeNik('3674-0512-0390-0001')).toBe('3674051203900001');
    expect(normalizeNik('\u00a03674\u00a00512\u202f0390 - 0001\t')).toBe('3674051203900001');
  });

  it('leaves everything else in place so it fails the check', () => {
    expect(normalizeNik('abc')).toBe('abc');
    expect(normalizeNik('3674/0512/0390/0001')).toBe('3674/0512/0390/0001');
  });

  it('accepts exactly 16 digits after normalizing', () => {
    expect(isNikFormatValid('3674051203900001')).toBe(true);
    expect(isNikFormatValid('3674 0512 0390 0001')).toBe(true);
    expect(isNikFormatValid('3674.0512.0390.0001')).toBe(true);
    expect(isNikFormatValid('3674-0512-0390-0001')).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['letters', 'abc'],
    ['15 digits', '367405120390000'],
    ['17 digits', '36740512039000012'],
    ['a letter O for a zero', '36740512039000O1'],
    ['slashes', '3674/0512/0390/0001'],
    ['full-width digits', '３６７４０５１２０３９００００１'],
    ['a plus sign', '+3674051203900001'],
  ])('rejects %s', (_label, value) => {
    expect(isNikFormatValid(value)).toBe(false);
    expect(parseNik(value, today)).toBeNull();
  });
});

describe('parseNik', () => {
  it('reads a man born in the 1990s', () => {
    expect(parseNik('3674 0512 0390 0001', today)).toEqual({
      nik: '3674051203900001',
      provinsiKode: '36',
      kabupatenKode: '36.74',
      kecamatanKode: '36.74.05',
      jenisKelamin: 'L',
      tanggalLahir: '1990-03-12',
      kodeTanggal: { day: 12, month: 3, year2: 90 },
      serial: '0001',
    });
  });

  it('reads a woman: day minus 40, sex P', () => {
    expect(parseNik('3674054509950003', today)).toMatchObject({
      jenisKelamin: 'P',
      tanggalLahir: '1995-09-05',
      kodeTanggal: { day: 5, month: 9, year2: 95 },
      serial: '0003',
    });
  });

  it.each([
    ['410100', 'P', '2000-01-01'],
    ['710190', 'P', '1990-01-31'],
    ['711210', 'P', '2010-12-31'],
    ['500588', 'P', '1988-05-10'],
    ['010100', 'L', '2000-01-01'],
    ['310190', 'L', '1990-01-31'],
    ['311299', 'L', '1999-12-31'],
    ['150705', 'L', '2005-07-15'],
    ['070626', 'L', '2026-06-07'],
    ['301127', 'L', '1927-11-30'],
  ])('DDMMYY %s is sex %s born %s', (ddmmyy, sex, date) => {
    expect(parse(ddmmyy)).toMatchObject({ jenisKelamin: sex, tanggalLahir: date });
  });

  it('keeps 20YY for a birth date exactly today, and takes 19YY from the next day on', () => {
    expect(parse('211126')).toMatchObject({ jenisKelamin: 'L', tanggalLahir: '2026-11-21' });
    expect(parse('611126')).toMatchObject({ jenisKelamin: 'P', tanggalLahir: '2026-11-21' });
    expect(parse('221126')).toMatchObject({ jenisKelamin: 'L', tanggalLahir: '1926-11-22' });
    expect(parse('621126')).toMatchObject({ jenisKelamin: 'P', tanggalLahir: '1926-11-22' });
    expect(parse('010127')).toMatchObject({ tanggalLahir: '1927-01-01' });
  });

  it.each([
    ['day 00', '000190', 'L', 0],
    ['day 32', '320190', 'L', 32],
    ['day 40 for a man', '400190', 'L', 40],
    ['day 72 for a woman (32)', '720190', 'P', 32],
    ['day 99 for a woman (59)', '990190', 'P', 59],
    ['month 00', '100090', 'L', 10],
    ['month 13', '101390', 'L', 10],
    ['31 April', '310490', 'L', 31],
    ['31 April, woman', '710490', 'P', 31],
    ['31 June', '310605', 'L', 31],
    ['30 February', '300296', 'L', 30],
    ['29 February 1997', '290297', 'L', 29],
    ['29 February 2025', '290225', 'L', 29],
    ['29 February 2026 (this year, before today)', '290226', 'L', 29],
    ['29 February 1927', '690227', 'P', 29],
  ])('gives no date for an impossible coded date: %s', (_label, ddmmyy, sex, day) => {
    const parsed = parse(ddmmyy);
    expect(parsed).not.toBeNull();
    expect(parsed?.tanggalLahir).toBeNull();
    expect(parsed?.jenisKelamin).toBe(sex);
    expect(parsed?.kodeTanggal.day).toBe(day);
  });

  it('accepts 29 February in leap years, deciding on the resolved 4-digit year', () => {
    expect(parse('290296')?.tanggalLahir).toBe('1996-02-29');
    expect(parse('690296')).toMatchObject({ jenisKelamin: 'P', tanggalLahir: '1996-02-29' });
    expect(parse('290224')?.tanggalLahir).toBe('2024-02-29');
    expect(parse('290228')?.tanggalLahir).toBe('1928-02-29');
    expect(parse('290200')?.tanggalLahir).toBe('2000-02-29');
    // Seen on a day before 2000-02-29, the year is 1900, which is not a leap year.
    expect(parse('290200', '1999-06-01')?.tanggalLahir).toBeNull();
    expect(parse('010100', '1999-06-01')?.tanggalLahir).toBe('1900-01-01');
  });

  it('reads the serial as written, including 0000', () => {
    expect(parseNik(nik('120390', '0000'), today)?.serial).toBe('0000');
    expect(parseNik(nik('120390', '9999'), today)?.serial).toBe('9999');
  });
});

describe('nikAutofill', () => {
  it('offers the coded date and sex', () => {
    const parsed = parseNik('3674054509950003', today);
    expect(parsed && nikAutofill(parsed)).toEqual({ tanggalLahir: '1995-09-05', jenisKelamin: 'P' });
  });

  it('offers only the sex when the coded date is impossible', () => {
    const parsed = parse('720190');
    expect(parsed && nikAutofill(parsed)).toEqual({ jenisKelamin: 'P' });
    expect(parsed && 'tanggalLahir' in nikAutofill(parsed)).toBe(false);
  });
});
