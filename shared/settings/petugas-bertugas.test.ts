import { describe, expect, it } from 'vitest';
import { petugasBertugas } from './petugas-bertugas';
import type { OfficeProfile, Settings } from './settings';

const settings = (petugas: string[], petugasAktif: string): Settings => ({
  deviceId: 'd',
  locale: 'id',
  officeProfile: { petugas } as unknown as OfficeProfile,
  tarifIuran: [],
  dokumen: {} as never,
  petugasAktif,
  retensiTerhapusHari: 365,
  izinkanImporTanpaEnkripsi: false,
});

describe('petugasBertugas', () => {
  it('is the officer picked while they are still listed, else the first listed officer', () => {
    expect(petugasBertugas(settings(['Siti', 'Budi'], 'Budi'))).toBe('Budi');
    expect(petugasBertugas(settings(['Siti', 'Budi'], 'Andi'))).toBe('Siti');
    expect(petugasBertugas(settings([' ', 'Budi'], ''))).toBe('Budi');
    expect(petugasBertugas({ ...settings([], ''), officeProfile: null })).toBe('');
  });
});
