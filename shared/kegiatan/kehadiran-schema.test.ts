import { describe, expect, it } from 'vitest';
import { kelompokHadir, petaUndangan, rekapKehadiran } from './kehadiran-schema';

const h = (anggotaId: string, koperasiId: string, extra: { walkIn?: boolean; inginMendaftar?: boolean } = {}) => ({
  anggotaId,
  koperasiId,
  walkIn: false,
  inginMendaftar: false,
  ...extra,
});
// k1 invited with Ahmad and Siti named; k2 invited with nobody named yet; k3 not invited.
const undangan = [
  { koperasiId: 'k1', perwakilan: ['ahmad', 'siti'] },
  { koperasiId: 'k2', perwakilan: [] },
];

describe('rekapKehadiran', () => {
  it('puts every attendee in exactly one of three groups, which add up to those present', () => {
    const rekap = rekapKehadiran(
      [
        h('ahmad', 'k1'),
        h('budi', 'k1'), // a k1 member nobody named: another representative, no longer counted nowhere
        h('citra', 'k2'),
        h('dodi', 'k3'), // a cooperative that was not invited
        h('eka', '', { walkIn: true }),
      ],
      undangan,
    );
    expect(rekap).toEqual({
      hadir: 5,
      undanganHadir: 1,
      undanganBernama: 2,
      perwakilanLain: 2,
      tanpaUndangan: 2,
      koperasiHadir: 3,
      walkIn: 1,
      inginMendaftar: 0,
    });
  });

  it('never says more invitees came than were named ("Hadir 7 dari 5 diundang")', () => {
    const rows = ['a', 'b', 'c', 'd', 'e', 'f', 'ahmad'].map((id) => h(id, 'k1'));
    const rekap = rekapKehadiran(rows, undangan);
    expect(rekap.undanganHadir).toBeLessThanOrEqual(rekap.undanganBernama);
    expect([rekap.hadir, rekap.undanganHadir, rekap.perwakilanLain, rekap.tanpaUndangan]).toEqual([7, 1, 6, 0]);
  });

  it('counts a named invitee once as an invitee, even with a walk-in record of theirs merged in', () => {
    const rekap = rekapKehadiran([h('siti', '', { walkIn: true }), h('siti', 'k1')], undangan);
    expect(rekap).toMatchObject({ hadir: 1, undanganHadir: 1, perwakilanLain: 0, tanpaUndangan: 0, walkIn: 1 });
  });

  it('counts a person checked in on two laptops once, for an invited cooperative if either check-in named one', () => {
    const rekap = rekapKehadiran([h('budi', 'k3'), h('budi', 'k1', { inginMendaftar: true }), h('budi', 'k3')], undangan);
    expect(rekap).toMatchObject({ hadir: 1, undanganHadir: 0, perwakilanLain: 1, tanpaUndangan: 0, koperasiHadir: 2, inginMendaftar: 1 });
  });

  it('counts a person of two cooperatives by the one they came for', () => {
    expect(rekapKehadiran([h('budi', 'k3')], undangan)).toMatchObject({ perwakilanLain: 0, tanpaUndangan: 1 });
    expect(rekapKehadiran([h('budi', 'k2')], undangan)).toMatchObject({ perwakilanLain: 1, tanpaUndangan: 0 });
  });

  it('has everyone without an invitation at an event that invited nobody', () => {
    expect(rekapKehadiran([h('a', 'k1'), h('b', '')], [])).toMatchObject({ hadir: 2, undanganBernama: 0, tanpaUndangan: 2 });
  });
});

describe('kelompokHadir', () => {
  it('prefers a named invitation, then any invited cooperative', () => {
    const peta = petaUndangan(undangan);
    expect(kelompokHadir(peta, 'siti', ['k3'])).toBe('undangan');
    expect(kelompokHadir(peta, 'budi', ['k3', 'k2'])).toBe('perwakilanLain');
    expect(kelompokHadir(peta, 'budi', ['', 'k3'])).toBe('tanpaUndangan');
  });
});
