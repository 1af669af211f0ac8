import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KabupatenRegions } from './region-types';
import { urutWilayah } from './urut-wilayah';

const karawang = JSON.parse(readFileSync(new URL('../../renderer/public/regions/kab/32.15.json', import.meta.url), 'utf8')) as KabupatenRegions;

describe('urutWilayah', () => {
  it('lists the kecamatan of Karawang and their kelurahan/desa alphabetically, not by Kemendagri code', () => {
    const sorted = urutWilayah(karawang);
    const names = sorted.kecamatan.map((k) => k.nama);
    expect(names.slice(0, 4)).toEqual(['Banyusari', 'Batujaya', 'Ciampel', 'Cibuaya']);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id')));
    expect(names).toHaveLength(karawang.kecamatan.length);
    const barat = sorted.kecamatan.find((k) => k.nama === 'Karawang Barat')!;
    expect(barat.kelurahan.map((k) => k.nama)).toEqual([...barat.kelurahan.map((k) => k.nama)].sort((a, b) => a.localeCompare(b, 'id')));
    expect(barat.kelurahan[0]!.nama).toBe('Adiarsa Barat');
    // The files themselves stay in code order.
    expect(karawang.kecamatan[0]!.nama).toBe('Karawang Barat');
  });
});
