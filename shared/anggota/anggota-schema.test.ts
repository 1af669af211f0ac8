import { describe, expect, it } from 'vitest';
import { anggotaSchema, emptyAnggota } from './anggota-schema';
import { emptyPeran, peranAktif, peranSchema } from './peran-schema';

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('anggotaSchema', () => {
  it('accepts a NIK typed with spaces, dots or dashes, and stores the 16 digits', () => {
    for (const typed of ['3674 0645 0995 0003', '3674.0645.0995.0003', '3674-0645-0995-0003']) {
      const parsed = anggotaSchema.parse({ ...emptyAnggota(), nama: 'Siti', nik: typed });
      expect(parsed.nik).toBe('3674064509950003');
    }
  });

  it('refuses a NIK that is not 16 digits: the only hard NIK error', () => {
    expect(issues(anggotaSchema.safeParse({ ...emptyAnggota(), nama: 'Siti', nik: '367406450995' }))).toEqual(['nik: validation.nik']);
    expect(issues(anggotaSchema.safeParse({ ...emptyAnggota(), nama: 'Siti', nik: '3674O64509950003' }))).toEqual(['nik: validation.nik']);
  });

  it('allows a person without a NIK (a walk-in) but not without a name', () => {
    expect(anggotaSchema.safeParse({ ...emptyAnggota(), nama: 'Tamu' }).success).toBe(true);
    expect(issues(anggotaSchema.safeParse({ ...emptyAnggota(), nama: ' ' }))).toEqual(['nama: validation.personNameTooShort']);
  });
});

describe('peranSchema', () => {
  it('needs a jabatan for pengurus, and an end date not before the start', () => {
    const base = emptyPeran('a1', 'k1');
    expect(issues(peranSchema.safeParse({ ...base, peran: 'pengurus' }))).toEqual(['jabatan: validation.jabatanRequired']);
    expect(peranSchema.safeParse({ ...base, peran: 'pengurus', jabatan: 'Ketua' }).success).toBe(true);
    expect(issues(peranSchema.safeParse({ ...base, mulai: '2024-05-01', selesai: '2024-04-30' }))).toEqual(['selesai: validation.endBeforeStart']);
  });

  it('counts a role as current through its end date', () => {
    expect(peranAktif({ selesai: '' }, '2026-11-21')).toBe(true);
    expect(peranAktif({ selesai: '2026-11-21' }, '2026-11-21')).toBe(true);
    expect(peranAktif({ selesai: '2026-11-20' }, '2026-11-21')).toBe(false);
  });
});
