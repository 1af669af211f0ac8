import { describe, expect, it } from 'vitest';
import { kepesertaanDariKehadiran, rekapBeritaAcara } from './rekap-berita-acara';

const h = (anggotaId: string, koperasiId: string, extra: { walkIn?: boolean; inginMendaftar?: boolean; kepesertaanId?: string } = {}) => ({
  anggotaId,
  koperasiId,
  walkIn: false,
  inginMendaftar: false,
  kepesertaanId: '',
  ...extra,
});

describe('berita acara figures', () => {
  const kehadiran = [
    h('a', 'k1', { inginMendaftar: true, kepesertaanId: 'kp1' }),
    h('a', 'k1', { inginMendaftar: true, kepesertaanId: 'kp1' }), // the same person checked in on a second laptop
    h('b', 'k1'),
    h('c', 'k2', { walkIn: true, inginMendaftar: true, kepesertaanId: 'kp2' }),
    h('d', '', { walkIn: true }),
    h('e', 'k3', { inginMendaftar: true, kepesertaanId: 'kp-old' }),
  ];

  it('lists the enrollments an event produced once each, in check-in order', () => {
    expect(kepesertaanDariKehadiran(kehadiran)).toEqual(['kp1', 'kp2', 'kp-old']);
  });

  it('counts people and cooperatives once, and only the drafts made at this event', () => {
    const rekap = rekapBeritaAcara(
      {
        id: 'e1',
        undangan: [
          { koperasiId: 'k1', perwakilan: ['a', 'b'], jumlahPerwakilan: 3 },
          { koperasiId: 'k4', perwakilan: ['x'], jumlahPerwakilan: 0 },
        ],
      },
      kehadiran,
      [
        { id: 'kp1', kegiatanId: 'e1' },
        { id: 'kp2', kegiatanId: 'e1' },
        { id: 'kp-old', kegiatanId: '' },
        { id: 'kp9', kegiatanId: 'e1' },
      ],
    );
    // a and b named; c came for k2 and e for k3, neither invited; d alone: three without an invitation.
    expect(rekap).toEqual({
      koperasiDiundang: 2,
      orangDiundang: 4,
      koperasiHadir: 3,
      hadir: 5,
      undanganHadir: 2,
      undanganBernama: 3,
      perwakilanLain: 0,
      tanpaUndangan: 3,
      inginMendaftar: 3,
      drafDibuat: 2,
    });
  });
});
