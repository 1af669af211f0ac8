import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.mjs';
import { attributionText, transformRegions } from './regions-transform.mjs';

const packageJson = createRequire(import.meta.url).resolve('idn-area-data/package.json');
const dataDir = join(dirname(packageJson), 'data');
const read = (name) => readFileSync(join(dataDir, name), 'utf8');
const csvs = { provinces: read('provinces.csv'), regencies: read('regencies.csv'), districts: read('districts.csv'), villages: read('villages.csv') };
const { index, kabupaten } = transformRegions(csvs, '4.0.1');
const kab = (kode) => kabupaten.find((k) => k.kode === kode);
const kelurahanCount = (k) => k.kecamatan.reduce((n, c) => n + c.kelurahan.length, 0);

describe('parseCsv', () => {
  it('reads quoted fields with doubled quotes, commas and line breaks, and CRLF endings', () => {
    expect(parseCsv('a,b\r\n"x,1","Ra""as"\n"two\nlines",\n')).toEqual([
      ['a', 'b'],
      ['x,1', 'Ra"as'],
      ['two\nlines', ''],
    ]);
  });
});

describe('region assets from idn-area-data', () => {
  it('lists 38 provinces and 514 kab/kota, one file each', () => {
    expect(index.provinsi).toHaveLength(38);
    expect(index.provinsi.flatMap((p) => p.kabupaten)).toHaveLength(514);
    expect(kabupaten).toHaveLength(514);
    expect(index.source).toBe('idn-area-data 4.0.1');
    expect(index.basis).toBe('Kepmendagri 300.2.2-2138 Tahun 2025');
    expect(index.provinsi.find((p) => p.kode === '36')?.kabupaten).toContainEqual({ kode: '36.74', nama: 'Kota Tangerang Selatan' });
  });

  it('gives Kota Tangerang Selatan 7 kecamatan and 54 kelurahan', () => {
    const tangsel = kab('36.74');
    expect(tangsel?.nama).toBe('Kota Tangerang Selatan');
    expect(tangsel?.kecamatan.map((k) => k.nama)).toEqual(['Serpong', 'Serpong Utara', 'Pondok Aren', 'Ciputat', 'Ciputat Timur', 'Pamulang', 'Setu']);
    expect(kelurahanCount(tangsel)).toBe(54);
    expect(tangsel?.kecamatan[0]?.kelurahan[0]?.kode).toMatch(/^36\.74\.01\.1\d{3}$/);
  });

  it('gives Kabupaten Karawang 30 kecamatan and 309 kelurahan/desa', () => {
    const karawang = kab('32.15');
    expect(karawang?.nama).toBe('Kabupaten Karawang');
    expect(karawang?.kecamatan).toHaveLength(30);
    expect(kelurahanCount(karawang)).toBe(309);
  });

  it('keeps the national totals and a name with a quote in it', () => {
    const kecamatan = kabupaten.flatMap((k) => k.kecamatan);
    expect(kecamatan).toHaveLength(7285);
    expect(kecamatan.reduce((n, c) => n + c.kelurahan.length, 0)).toBe(83762);
    expect(kecamatan.find((c) => c.kode === '35.29.22')?.nama).toBe('Ra"as');
  });

  it('refuses a village whose kecamatan is unknown', () => {
    expect(() => transformRegions({ ...csvs, villages: 'code,district_code,name\n99.99.99.1001,99.99.99,X\n' }, '0')).toThrow(/unknown parent/);
  });

  it('writes the ODbL heading and the attribution line', () => {
    const text = attributionText(read('LICENSE.md'), '4.0.1');
    expect(text.split('\n')[0]).toBe('Open Database License (ODbL)');
    expect(text).toContain('idn-area-data contributors (fityannugroho/idn-area-data');
    expect(text).toContain('ODbL) 1.0');
  });
});
