import { describe, expect, it } from 'vitest';
import { bersihkanTelepon } from './bersihkan-telepon';

describe('bersihkanTelepon', () => {
  it('gives back the leading 0 a number cell dropped, and says so', () => {
    expect(bersihkanTelepon(81234567890)).toEqual({
      nilai: '081234567890',
      masalah: { tingkat: 'peringatan', kode: 'teleponDiubah', nilai: '81234567890', hasil: '081234567890' },
    });
  });
  it('turns +62 into 0', () => {
    expect(bersihkanTelepon('+62 812-3456-7890').nilai).toBe('081234567890');
    expect(bersihkanTelepon('6281234567890').nilai).toBe('081234567890');
  });
  it('keeps numbers already in the office form as written', () => {
    expect(bersihkanTelepon('(0267) 8632100')).toEqual({ nilai: '(0267) 8632100' });
    expect(bersihkanTelepon('0812 3456 7890')).toEqual({ nilai: '0812 3456 7890' });
  });
  it('refuses what is not a phone number', () => {
    expect(bersihkanTelepon('hubungi ketua').masalah).toMatchObject({ tingkat: 'galat', kode: 'telepon' });
  });
});
