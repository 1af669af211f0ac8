import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contohWilayah } from './contoh-wilayah';
import type { KabupatenRegions } from './region-types';
import { urutWilayah } from './urut-wilayah';

const karawang = JSON.parse(readFileSync(new URL('../../renderer/public/regions/kab/32.15.json', import.meta.url), 'utf8')) as KabupatenRegions;
const profil = { kabupatenKode: '32.15', kabupatenNama: 'Kabupaten Karawang' };

describe('contohWilayah', () => {
  it('gives a Karawang office Karawang examples: its name, its NIK prefix, its first kecamatan whatever the list order', () => {
    expect(contohWilayah(profil, urutWilayah(karawang).kecamatan)).toEqual({
      kabupaten: 'Kabupaten Karawang',
      kota: 'Karawang',
      awalanNik: '3215',
      kecamatan: 'Karawang Barat',
    });
    expect(
      contohWilayah({ kabupatenKode: '36.74', kabupatenNama: 'Kota Tangerang Selatan' }, [
        { kode: '36.74.02', nama: 'Setu' },
        { kode: '36.74.01', nama: 'Serpong' },
      ]).kecamatan,
    ).toBe('Serpong');
  });

  it('names the kab/kota while its kecamatan are not loaded', () => {
    expect(contohWilayah(profil).kecamatan).toBe('Karawang');
  });
});
