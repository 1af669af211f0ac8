import { describe, expect, it } from 'vitest';
import { perluTanyaPetugasMeja } from './petugas-meja';

const pilihan = ['Siti Nurhaliza', 'Budi Santoso'];

describe('perluTanyaPetugasMeja', () => {
  it('asks before the first check-in of the day at an event, and not again that day', () => {
    expect(perluTanyaPetugasMeja(null, '2026-11-21', pilihan)).toBe(true);
    expect(perluTanyaPetugasMeja({ tanggal: '2026-11-21', petugas: 'Budi Santoso' }, '2026-11-21', pilihan)).toBe(false);
  });

  it('asks again the next day, and when the confirmed officer left the list', () => {
    expect(perluTanyaPetugasMeja({ tanggal: '2026-11-20', petugas: 'Budi Santoso' }, '2026-11-21', pilihan)).toBe(true);
    expect(perluTanyaPetugasMeja({ tanggal: '2026-11-21', petugas: 'Rina' }, '2026-11-21', pilihan)).toBe(true);
  });

  it('has nothing to ask with one officer or none', () => {
    expect(perluTanyaPetugasMeja(null, '2026-11-21', ['Siti Nurhaliza'])).toBe(false);
    expect(perluTanyaPetugasMeja(null, '2026-11-21', [])).toBe(false);
  });
});
