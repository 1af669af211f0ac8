import { describe, expect, it } from 'vitest';
import { checkNik } from '../../shared/nik/nik-check';
import type { KabupatenRegions, RegionIndex } from '../../shared/region/region-types';
import { loadNikRegionLookup, type NikRegionLoaders } from './nik-region-lookup';

const index: RegionIndex = {
  source: 'idn-area-data (test)',
  basis: 'Kepmendagri 300.2.2-2138 Tahun 2025',
  provinsi: [
    {
      kode: '36',
      nama: 'Banten',
      kabupaten: [
        { kode: '36.03', nama: 'Kabupaten Tangerang' },
        { kode: '36.74', nama: 'Kota Tangerang Selatan' },
      ],
    },
    { kode: '32', nama: 'Jawa Barat', kabupaten: [{ kode: '32.15', nama: 'Kabupaten Karawang' }] },
  ],
};

const kabFiles: Record<string, KabupatenRegions> = {
  '36.74': {
    kode: '36.74',
    nama: 'Kota Tangerang Selatan',
    kecamatan: [
      { kode: '36.74.01', nama: 'Serpong', kelurahan: [] },
      { kode: '36.74.03', nama: 'Pondok Aren', kelurahan: [] },
    ],
  },
  '36.03': {
    kode: '36.03',
    nama: 'Kabupaten Tangerang',
    kecamatan: [{ kode: '36.03.01', nama: 'Balaraja', kelurahan: [] }],
  },
};

/** Fake loaders that record which kab/kota files were asked for; 32.15 fails like a missing asset. */
function fakeLoaders(options: { indexFails?: boolean } = {}) {
  const requested: string[] = [];
  const loaders: NikRegionLoaders = {
    index: () => (options.indexFails ? Promise.reject(new Error('regions/index.json: 404')) : Promise.resolve(index)),
    kabupaten: (kode) => {
      requested.push(kode);
      const file = kabFiles[kode];
      return file ? Promise.resolve(file) : Promise.reject(new Error(`regions/kab/${kode}.json: 404`));
    },
  };
  return { loaders, requested };
}

describe('loadNikRegionLookup', () => {
  it('knows every kab/kota of the index and the kecamatan of the NIK’s own kab/kota', async () => {
    const { loaders, requested } = fakeLoaders();
    const lookup = await loadNikRegionLookup('3674 0312 0390 0001', loaders);
    expect(requested).toEqual(['36.74']);
    expect(lookup.kabupaten('36.74')).toBe('Kota Tangerang Selatan');
    expect(lookup.kabupaten('32.15')).toBe('Kabupaten Karawang');
    expect(lookup.kabupaten('36.99')).toBeUndefined();
    expect(lookup.kecamatan('36.74.03')).toBe('Pondok Aren');
    expect(lookup.kecamatan('36.74.99')).toBeUndefined();
    // Other kab/kota files were not loaded, so their kecamatan are unknown rather than missing.
    expect(lookup.kecamatan('36.03.01')).toBeNull();
  });

  it('answers null for kecamatan when the kab/kota file fails to load', async () => {
    const { loaders, requested } = fakeLoaders();
    const lookup = await loadNikRegionLookup('3215011203900001', loaders);
    expect(requested).toEqual(['32.15']);
    expect(lookup.kabupaten('32.15')).toBe('Kabupaten Karawang');
    expect(lookup.kecamatan('32.15.01')).toBeNull();
  });

  it('loads no kab/kota file for a code missing from the index, or for a NIK too short to have one', async () => {
    for (const nik of ['3699011203900001', '36', '']) {
      const { loaders, requested } = fakeLoaders();
      const lookup = await loadNikRegionLookup(nik, loaders);
      expect(requested).toEqual([]);
      expect(lookup.kecamatan('36.99.01')).toBeNull();
    }
  });

  it('rejects when the index cannot be loaded, so the caller checks without a lookup', async () => {
    const { loaders } = fakeLoaders({ indexFails: true });
    await expect(loadNikRegionLookup('3674011203900001', loaders)).rejects.toThrow('index.json');
  });

  it('feeds checkNik: an old Kab. Tangerang kecamatan is info, an unknown Tangsel kecamatan a warning', async () => {
    const entered = { tanggalLahir: '', jenisKelamin: '' } as const;
    const old = '3603214509950003';
    const oldCheck = checkNik(old, entered, await loadNikRegionLookup(old, fakeLoaders().loaders), '2026-11-21');
    expect(oldCheck.findings).toEqual([
      {
        code: 'wilayah-lama',
        level: 'info',
        params: { kode: '36.03.21', namaLama: 'Kabupaten Tangerang', tahun: '2008', menjadi: 'Kota Tangerang Selatan' },
      },
    ]);
    const odd = '3674994509950003';
    const oddCheck = checkNik(odd, entered, await loadNikRegionLookup(odd, fakeLoaders().loaders), '2026-11-21');
    expect(oddCheck.findings.map((f) => [f.code, f.level])).toEqual([['kecamatan-tidak-dikenal', 'peringatan']]);
  });
});
