import { describe, expect, it } from 'vitest';
import { rekapKehadiran } from '../kegiatan/kehadiran-schema';
import { hadir } from '../test-support/contoh-data-laporan';
import { hadirPerOrang } from './hadir-per-orang';

describe('hadirPerOrang', () => {
  it('makes one entry of the same person checked in on two laptops, with the earliest time as a moment', () => {
    const rows = [
      hadir('h1', 'g1', 'a1', { waktu: '2026-11-14T02:10:00.000Z', koperasiId: '' }),
      hadir('h2', 'g1', 'a1', { waktu: '2026-11-14T09:05:00+07:00', koperasiId: 'k2', inginMendaftar: true }),
      hadir('h3', 'g1', 'a2', { walkIn: true }),
      hadir('h4', 'g2', 'a1'),
    ];
    expect(hadirPerOrang(rows)).toEqual([
      { kegiatanId: 'g1', anggotaId: 'a1', koperasiId: 'k2', koperasiIds: ['k2'], waktu: '2026-11-14T09:05:00+07:00', walkIn: false, inginMendaftar: true },
      { kegiatanId: 'g1', anggotaId: 'a2', koperasiId: 'k1', koperasiIds: ['k1'], waktu: '2026-11-14T02:05:00.000Z', walkIn: true, inginMendaftar: false },
      { kegiatanId: 'g2', anggotaId: 'a1', koperasiId: 'k1', koperasiIds: ['k1'], waktu: '2026-11-14T02:05:00.000Z', walkIn: false, inginMendaftar: false },
    ]);
  });

  it('agrees with rekapKehadiran on every count', () => {
    const rows = [
      hadir('h1', 'g1', 'a1'),
      hadir('h2', 'g1', 'a1', { walkIn: true }),
      hadir('h3', 'g1', 'a2', { inginMendaftar: true }),
      hadir('h4', 'g1', 'a2'),
    ];
    const entries = hadirPerOrang(rows);
    const rekap = rekapKehadiran(rows, []);
    expect(entries.length).toBe(rekap.hadir);
    expect(entries.filter((e) => e.walkIn).length).toBe(rekap.walkIn);
    expect(entries.filter((e) => e.inginMendaftar).length).toBe(rekap.inginMendaftar);
  });
});
