import { describe, expect, it } from 'vitest';
import { en } from './en';
import { id } from './id';

const strings = (node: unknown, path = ''): [string, string][] =>
  typeof node === 'string'
    ? [[path, node]]
    : typeof node === 'object' && node !== null
      ? Object.entries(node).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k))
      : [];

/**
 * Hints and examples name the office's own region through {{kabupaten}}, {{kota}}, {{kecamatan}} and {{awalanNik}}
 * (contohWilayah): a place or a NIK prefix written into a UI string shows one district's examples to every office.
 */
describe('hints and examples', () => {
  for (const [name, messages] of [
    ['id', id],
    ['en', en],
  ] as const) {
    it(`in ${name} name no district of their own`, () => {
      const regional = strings(messages).filter(([, text]) => /Serpong|Tangerang|Pamulang|Ciputat|Karawang|\b3674|\b3215/.test(text));
      expect(regional).toEqual([]);
    });
  }
});
