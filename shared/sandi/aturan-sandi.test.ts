import { describe, expect, it } from 'vitest';
import { buatSandi, JUMLAH_KATA_SANDI, PANJANG_SANDI_MIN, sandiCukupPanjang } from './aturan-sandi';
import { daftarKata } from './daftar-kata';

describe('sandiCukupPanjang', () => {
  it('refuses anything under 12 characters, 12345678 included', () => {
    expect(PANJANG_SANDI_MIN).toBe(12);
    for (const s of ['', '12345678', 'rahasia', 'sandi-kantor']) expect(sandiCukupPanjang(s), s).toBe(s.length >= 12);
    expect(sandiCukupPanjang('sandi-kantor')).toBe(true);
    expect(sandiCukupPanjang('sandi-kanto')).toBe(false);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(sandiCukupPanjang('é'.repeat(11))).toBe(false);
    expect(sandiCukupPanjang('😀'.repeat(6))).toBe(false);
  });
});

describe('buatSandi', () => {
  it('draws from exactly 256 distinct lowercase words, so one byte picks one uniformly', () => {
    expect(daftarKata).toHaveLength(256);
    expect(new Set(daftarKata).size).toBe(256);
    for (const kata of daftarKata) expect(kata).toMatch(/^[a-z]{2,9}$/);
  });

  it('joins five words by hyphens, each picked by one random byte', () => {
    const sandi = buatSandi((bytes) => bytes.fill(0).map((_, i) => i * 51) as Uint8Array<ArrayBuffer>, JUMLAH_KATA_SANDI);
    expect(sandi.split('-')).toEqual([0, 51, 102, 153, 204].map((i) => daftarKata[i]));
    expect(sandiCukupPanjang(sandi)).toBe(true);
  });

  it('is long enough every time and differs from one call to the next', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const sandi = buatSandi((bytes) => crypto.getRandomValues(bytes));
      expect(sandiCukupPanjang(sandi)).toBe(true);
      expect(sandi.split('-')).toHaveLength(5);
      seen.add(sandi);
    }
    expect(seen.size).toBe(200);
  });
});
