import { describe, expect, it } from 'vitest';
import { NAMA_BERKAS_MAKS, namaBerkasPdf } from './nama-berkas';

describe('namaBerkasPdf', () => {
  it('joins kind, title and date', () => {
    expect(namaBerkasPdf('Daftar Hadir', 'Sosialisasi BPJS Ketenagakerjaan', '2026-11-21')).toBe(
      'Daftar Hadir - Sosialisasi BPJS Ketenagakerjaan - 2026-11-21.pdf',
    );
  });

  it('removes the characters a file name may not hold', () => {
    expect(namaBerkasPdf('Berita Acara', 'Kec. Setu / Serpong: "Tahap 1" <baru>? a|b*c\\d', '2026-11-21')).toBe(
      'Berita Acara - Kec. Setu Serpong Tahap 1 baru a b c d - 2026-11-21.pdf',
    );
    expect(namaBerkasPdf('Formulir', 'baris\nkedua\tdan ...')).toBe('Formulir - baris kedua dan.pdf');
  });

  it('shortens a long title so the name stays within 120 characters', () => {
    const name = namaBerkasPdf('Daftar Hadir', 'Sosialisasi '.repeat(30), '2026-11-21');
    expect(name.length).toBeLessThanOrEqual(NAMA_BERKAS_MAKS);
    expect(name).toMatch(/^Daftar Hadir - Sosialisasi .*… - 2026-11-21\.pdf$/);
  });

  it('leaves out empty parts and never returns a bare extension', () => {
    expect(namaBerkasPdf('Daftar Kolektif', 'Koperasi Maju', '')).toBe('Daftar Kolektif - Koperasi Maju.pdf');
    expect(namaBerkasPdf('', '///', '')).toBe('Dokumen.pdf');
  });
});
