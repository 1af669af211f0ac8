import { describe, expect, it } from 'vitest';
import { matchesSearch, parseSearchQuery } from '../search/search-text';
import { koperasiSearchTokens, koperasiSortKey } from './koperasi-search';

const kop = {
  nama: 'Koperasi Simpan Pinjam Sejahtera Bersama',
  nomorIndukKoperasi: '3674010020001',
  nomorBadanHukum: 'AHU-0001248.AH.01.26.TAHUN 2024',
};
const find = (q: string) => matchesSearch(koperasiSearchTokens(kop), parseSearchQuery(q));

describe('registry search', () => {
  it('finds a cooperative by the start of any word of its name, in any case and order', () => {
    expect(find('sejah')).toBe(true);
    expect(find('BERSAMA simpan')).toBe(true);
    expect(find('makmur')).toBe(false);
  });

  it('finds it by its Nomor Induk Koperasi and by its nomor badan hukum typed with other punctuation', () => {
    expect(find('3674010020001')).toBe(true);
    expect(find('ahu 0001248')).toBe(true);
    expect(find('AHU-0001248.AH')).toBe(true);
    expect(find('0001248')).toBe(true);
  });

  it('finds an older-format legal number by its parts', () => {
    const old = { nama: 'KUD Mina', nomorIndukKoperasi: '', nomorBadanHukum: '518.08/96/BH/XIV.10/VIII/2008' };
    expect(matchesSearch(koperasiSearchTokens(old), parseSearchQuery('518.08/96'))).toBe(true);
    expect(matchesSearch(koperasiSearchTokens(old), parseSearchQuery('2008'))).toBe(true);
  });

  it('folds accents and treats an empty query as matching everything', () => {
    const k = { nama: 'Koperasi Karyā Mandiri', nomorIndukKoperasi: '', nomorBadanHukum: '' };
    expect(matchesSearch(koperasiSearchTokens(k), parseSearchQuery('karya'))).toBe(true);
    expect(find('   ')).toBe(true);
  });

  it('sorts by the folded name', () => {
    expect(koperasiSortKey('  KSP  Āman-Jaya ')).toBe('ksp aman jaya');
  });
});
