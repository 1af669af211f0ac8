import { describe, expect, it } from 'vitest';
import { checkNik, nikFindingCodes, warningsNeedingAcknowledgement, type NikRegionLookup } from './nik-check';
import { historicalSplits } from './nik-historical-splits';

const today = '2026-11-21';
const none = { tanggalLahir: '', jenisKelamin: '' } as const;

const kabupaten: Record<string, string> = {
  '36.03': 'Kabupaten Tangerang',
  '36.71': 'Kota Tangerang',
  '36.74': 'Kota Tangerang Selatan',
  '32.15': 'Kabupaten Karawang',
};
/** The current kecamatan codes of the loaded lists; 32.15's list is not loaded. Codes of 36.03 as of 2025. */
const kecamatan: Record<string, readonly string[]> = {
  '36.74': ['01', '02', '03', '04', '05', '06', '07'],
  '36.03': [
    '01',
    '02',
    '03',
    '04',
    '05',
    '06',
    '07',
    '08',
    '09',
    '10',
    '11',
    '12',
    '13',
    '14',
    '15',
    '16',
    '17',
    '18',
    '19',
    '20',
    '22',
    '23',
    '27',
    '28',
    '29',
    '30',
    '31',
    '32',
    '33',
  ],
};
const lookup: NikRegionLookup = {
  kabupaten: (kode) => kabupaten[kode],
  kecamatan: (kode) => {
    const list = kecamatan[kode.slice(0, 5)];
    if (!list) return null;
    return list.includes(kode.slice(6)) ? `Kecamatan ${kode}` : undefined;
  },
};

const check = (nik: string, entered: Parameters<typeof checkNik>[1] = none, l: NikRegionLookup | null = lookup) => checkNik(nik, entered, l, today);
const codes = (nik: string, entered: Parameters<typeof checkNik>[1] = none, l: NikRegionLookup | null = lookup) =>
  check(nik, entered, l).findings.map((f) => f.code);

describe('checkNik: the hard error', () => {
  it.each(['abc', '367405120390000', '36740512039000012', '3674O51203900001', '3674/0512/0390/0001'])('rejects %s as not 16 digits', (value) => {
    expect(check(value)).toEqual({ error: 'validation.nik', parsed: null, findings: [] });
  });

  it('lets an empty NIK through without findings (walk-ins may have none)', () => {
    expect(check('')).toEqual({ error: null, parsed: null, findings: [] });
    expect(check('  ')).toEqual({ error: null, parsed: null, findings: [] });
  });

  it('accepts separators', () => {
    for (const value of ['3674 0512 0390 0001', '3674.0512.0390.0001', '3674-0512-0390-0001']) {
      const result = check(value);
      expect(result.error).toBeNull();
      expect(result.parsed?.nik).toBe('3674051203900001');
      expect(result.findings).toEqual([]);
    }
  });
});

describe('checkNik: warnings the officer may override', () => {
  it('finds nothing when everything agrees', () => {
    expect(check('3674054509950003', { tanggalLahir: '1995-09-05', jenisKelamin: 'P' }).findings).toEqual([]);
    expect(check('3674051203900001', { tanggalLahir: '1990-03-12', jenisKelamin: 'L' }).findings).toEqual([]);
  });

  it('warns about an unknown kab/kota code', () => {
    expect(check('3699051203900001').findings).toEqual([{ code: 'wilayah-tidak-dikenal', level: 'peringatan', params: { kode: '36.99' } }]);
  });

  it('treats kab/kota 00 and 70 as unknown even if a list claimed them', () => {
    const everything: NikRegionLookup = { kabupaten: () => 'Ada', kecamatan: () => 'Ada' };
    expect(codes('3670051203900001', none, everything)).toEqual(['wilayah-tidak-dikenal']);
    expect(codes('3600051203900001', none, everything)).toEqual(['wilayah-tidak-dikenal']);
    expect(check('3670051203900001').findings[0]?.params).toEqual({ kode: '36.70' });
  });

  it('warns about a kecamatan missing from a known kab/kota', () => {
    expect(check('3674991203900001').findings).toEqual([
      {
        code: 'kecamatan-tidak-dikenal',
        level: 'peringatan',
        params: { kode: '36.74.99', kabupaten: 'Kota Tangerang Selatan' },
      },
    ]);
  });

  it('skips the kecamatan check when the kab/kota list is not loaded', () => {
    expect(codes('3215991203900001')).toEqual([]);
  });

  it('skips every region check without a lookup', () => {
    expect(codes('3699051203900001', none, null)).toEqual([]);
    expect(codes('3674991203900001', none, null)).toEqual([]);
    expect(codes('3603211203900001', none, null)).toEqual([]);
  });

  it('explains an old Kab. Tangerang kecamatan (Tangerang Selatan before 2008) as info, not a warning', () => {
    const result = check('3603214509950003', { tanggalLahir: '1995-09-05', jenisKelamin: 'P' });
    expect(result.findings).toEqual([
      {
        code: 'wilayah-lama',
        level: 'info',
        params: { kode: '36.03.21', namaLama: 'Kabupaten Tangerang', tahun: '2008', menjadi: 'Kota Tangerang Selatan' },
      },
    ]);
    expect(warningsNeedingAcknowledgement(result, [])).toEqual([]);
    for (const cc of ['24', '25', '26', '99']) expect(codes(`3603${cc}1203900001`)).toEqual(['wilayah-lama']);
  });

  it('finds nothing for a current Kab. Tangerang kecamatan', () => {
    expect(codes('3603011203900001')).toEqual([]);
  });

  it('explains a 3603 NIK as possibly old when the Kab. Tangerang list is not loaded', () => {
    const noKecamatan: NikRegionLookup = { kabupaten: lookup.kabupaten, kecamatan: () => null };
    expect(codes('3603011203900001', none, noKecamatan)).toEqual(['wilayah-lama']);
  });

  it('names a successor by its code when the list does not know it', () => {
    const bare: NikRegionLookup = { kabupaten: (k) => (k === '36.03' ? 'Kabupaten Tangerang' : undefined), kecamatan: () => undefined };
    expect(check('3603211203900001', none, bare).findings[0]?.params.menjadi).toBe('36.74');
  });

  it.each([
    ['day 00', '3674050001900001', '000190'],
    ['day 32', '3674053201900001', '320190'],
    ['day 40 (man)', '3674054001900001', '400190'],
    ['day 72 (woman)', '3674057201900001', '720190'],
    ['month 13', '3674051013900001', '101390'],
    ['31 April', '3674053104900001', '310490'],
    ['29 February 1997', '3674052902970001', '290297'],
  ])('warns about an impossible coded date: %s', (_label, value, kode) => {
    const result = check(value, { tanggalLahir: '1990-01-01', jenisKelamin: '' });
    expect(result.error).toBeNull();
    expect(result.parsed?.tanggalLahir).toBeNull();
    expect(result.findings).toEqual([{ code: 'tanggal-mustahil', level: 'peringatan', params: { kode } }]);
  });

  it('warns when the entered sex differs from the coded one, for women and men', () => {
    expect(check('3674054509950003', { tanggalLahir: '', jenisKelamin: 'L' }).findings).toEqual([
      { code: 'jenis-kelamin-beda', level: 'peringatan', params: { dariNik: 'P', diisi: 'L' } },
    ]);
    expect(check('3674051203900001', { tanggalLahir: '', jenisKelamin: 'P' }).findings).toEqual([
      { code: 'jenis-kelamin-beda', level: 'peringatan', params: { dariNik: 'L', diisi: 'P' } },
    ]);
  });

  it('warns when the entered birth date differs from the coded one', () => {
    expect(check('3674054509950003', { tanggalLahir: '1995-09-45', jenisKelamin: 'P' }).findings).toEqual([
      { code: 'tanggal-lahir-beda', level: 'peringatan', params: { dariNik: '1995-09-05', diisi: '1995-09-45' } },
    ]);
    expect(codes('3674051203900001', { tanggalLahir: '1991-03-12', jenisKelamin: 'L' })).toEqual(['tanggal-lahir-beda']);
  });

  it('warns about serial 0000', () => {
    expect(check('3674051203900000').findings).toEqual([{ code: 'nomor-urut-0000', level: 'peringatan', params: {} }]);
  });

  it('warns about a birth date that makes the person younger than 15, with the age', () => {
    // Born 22 November 2011: 14 on 21 November 2026, 15 the next day.
    expect(check('3674052211110001').findings).toEqual([{ code: 'usia-di-bawah-15', level: 'peringatan', params: { tanggalLahir: '2011-11-22', usia: '14' } }]);
    expect(checkNik('3674052211110001', none, lookup, '2026-11-22').findings).toEqual([]);
    // A woman's code (day + 40) born this year: age 0.
    expect(check('3674054501260001').findings.map((f) => [f.code, f.params.usia])).toEqual([['usia-di-bawah-15', '0']]);
  });

  it('says nothing about age when the coded date is impossible', () => {
    expect(codes('3674053202250001')).toEqual(['tanggal-mustahil']);
  });

  it('reports several findings at once, each a known code', () => {
    const found = codes('3699053201900000', { tanggalLahir: '1990-01-01', jenisKelamin: 'P' });
    expect(found).toEqual(['wilayah-tidak-dikenal', 'tanggal-mustahil', 'jenis-kelamin-beda', 'nomor-urut-0000']);
    for (const code of found) expect(nikFindingCodes).toContain(code);
  });
});

describe('warningsNeedingAcknowledgement', () => {
  it('returns the warnings not yet acknowledged, never the info', () => {
    const result = check('3603210001900000', { tanggalLahir: '', jenisKelamin: 'P' });
    expect(result.findings.map((f) => f.code)).toEqual(['wilayah-lama', 'tanggal-mustahil', 'jenis-kelamin-beda', 'nomor-urut-0000']);
    expect(warningsNeedingAcknowledgement(result, []).map((f) => f.code)).toEqual(['tanggal-mustahil', 'jenis-kelamin-beda', 'nomor-urut-0000']);
    expect(warningsNeedingAcknowledgement(result, ['tanggal-mustahil', 'nomor-urut-0000']).map((f) => f.code)).toEqual(['jenis-kelamin-beda']);
    expect(warningsNeedingAcknowledgement(result, [...nikFindingCodes])).toEqual([]);
  });
});

describe('historicalSplits', () => {
  it('holds only the sourced split: Kab. Tangerang to Kota Tangerang Selatan in 2008', () => {
    expect(historicalSplits).toEqual({ '36.03': { to: ['36.74'], year: 2008, namaLama: 'Kabupaten Tangerang' } });
  });
});
