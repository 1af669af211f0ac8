import { describe, expect, it } from 'vitest';
import { kekuatanSandi } from './kekuatan-sandi';

describe('kekuatanSandi', () => {
  it('calls anything under 12 characters too short, 12345678 included', () => {
    expect(kekuatanSandi('')).toBe('pendek');
    expect(kekuatanSandi('12345678')).toBe('pendek');
    expect(kekuatanSandi('Kuc1ng!xyz7')).toBe('pendek');
  });

  it('calls digits only, runs, repeats and well-known words weak', () => {
    for (const s of ['123456789012', '111111111111', 'aaaaaabbbbbb', 'password1234', 'Koperasi1234', 'abcdefghijkl']) expect(kekuatanSandi(s), s).toBe('lemah');
  });

  it('rates length and variety: a few words or a long mixed phrase is strong', () => {
    expect(kekuatanSandi('kucing-makan-ikan')).toBe('kuat');
    expect(kekuatanSandi('Kucing7makan')).toBe('kuat');
    expect(kekuatanSandi('kucingmakanikan')).toBe('sedang');
    expect(kekuatanSandi('kucingmakanx')).toBe('sedang');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(kekuatanSandi('é'.repeat(11))).toBe('pendek');
  });
});
