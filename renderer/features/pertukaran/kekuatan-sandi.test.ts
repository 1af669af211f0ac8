import { describe, expect, it } from 'vitest';
import { kekuatanSandi } from './kekuatan-sandi';

describe('kekuatanSandi', () => {
  it('calls anything under 8 characters too short', () => {
    expect(kekuatanSandi('')).toBe('pendek');
    expect(kekuatanSandi('Ab1!xyz')).toBe('pendek');
  });

  it('calls digits only, runs, repeats and well-known words weak', () => {
    for (const s of ['12345678', '11111111', 'aaaabbbb', 'password', 'Koperasi1', 'abcdefghij']) expect(kekuatanSandi(s)).toBe('lemah');
  });

  it('rates length and variety: a few words or a long mixed phrase is strong', () => {
    expect(kekuatanSandi('kucingmakan')).toBe('lemah');
    expect(kekuatanSandi('kucing-makan-ikan')).toBe('kuat');
    expect(kekuatanSandi('Kucing7makan')).toBe('kuat');
    expect(kekuatanSandi('kucingmakanikan')).toBe('sedang');
    expect(kekuatanSandi('Kuc1ng!x')).toBe('sedang');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(kekuatanSandi('ééééééé')).toBe('pendek');
  });
});
