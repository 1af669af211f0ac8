import { describe, expect, it } from 'vitest';
import { NAMA_BERKAS_MAKS } from '../cetak/nama-berkas';
import { namaBerkasLaporanPusat } from './nama-berkas-laporan';

describe('namaBerkasLaporanPusat', () => {
  it('names the office region and the date, in lower case with hyphens', () => {
    expect(namaBerkasLaporanPusat('Kota Tangerang Selatan', '2026-11-21')).toBe('laporan-pusat-kota-tangerang-selatan-2026-11-21.xlsx');
    expect(namaBerkasLaporanPusat('Kab. Kep. Seribu / Utara', '2026-01-02')).toBe('laporan-pusat-kab-kep-seribu-utara-2026-01-02.xlsx');
    expect(namaBerkasLaporanPusat('', '2026-01-02')).toBe('laporan-pusat-2026-01-02.xlsx');
  });

  it('stays within what the save dialog accepts', () => {
    const name = namaBerkasLaporanPusat('Kabupaten '.repeat(40), '2026-11-21');
    expect(name.length).toBeLessThanOrEqual(NAMA_BERKAS_MAKS);
    expect(name).toMatch(/^laporan-pusat-[a-z0-9-]+-2026-11-21\.xlsx$/);
    expect(name).not.toMatch(/--/);
  });
});
