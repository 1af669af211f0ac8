import { describe, expect, it } from 'vitest';
import { ringkasDariRekaman, ringkasanKosong, terapkanPerubahan, type KepesertaanSumber, type RingkasanKoperasi } from './ringkasan-koperasi';

const enrollment = (over: Partial<KepesertaanSumber> = {}): KepesertaanSumber => ({
  koperasiId: 'k1',
  anggotaId: 'a1',
  status: 'draf',
  statusSejak: '2026-03-01T03:00:00.000Z',
  deleted: 0,
  ...over,
});

describe('ringkasan koperasi', () => {
  it('keeps one tuple per live enrollment, with the step and the WIB date it became terdaftar', () => {
    const rows = ringkasDariRekaman({
      kepesertaan: [
        enrollment({ anggotaId: 'a2', status: 'terdaftar', statusSejak: '2026-12-31T17:00:00.000Z' }),
        enrollment(),
        enrollment({ anggotaId: 'a3', status: 'ditolak' }),
        enrollment({ anggotaId: 'a4', deleted: 1 }),
        enrollment({ anggotaId: 'a5', status: 'nonaktif' }),
      ],
    });
    expect(rows.get('k1')!.kepesertaan).toEqual({ anggotaId: ['a1', 'a2', 'a5'], tahap: [4, 7, 7], terdaftar: ['', '2027-01-01', ''] });
  });

  it('moves a tuple when the record changes, leaves the old cooperative when it moves, and drops it when deleted', () => {
    const rows = new Map<string, RingkasanKoperasi>();
    const draf = enrollment();
    terapkanPerubahan(rows, 'kepesertaan', undefined, draf);
    const terdaftar = { ...draf, status: 'terdaftar' as const, statusSejak: '2026-05-02T03:00:00.000Z' };
    expect(terapkanPerubahan(rows, 'kepesertaan', draf, terdaftar)).toEqual(['k1']);
    expect(rows.get('k1')!.kepesertaan.terdaftar).toEqual(['2026-05-02']);
    const moved = { ...terdaftar, koperasiId: 'k2' };
    expect(terapkanPerubahan(rows, 'kepesertaan', terdaftar, moved)).toEqual(['k1', 'k2']);
    expect(rows.get('k1')!.kepesertaan.anggotaId).toEqual([]);
    terapkanPerubahan(rows, 'kepesertaan', moved, { ...moved, deleted: 1 });
    expect(rows.get('k2')).toEqual(ringkasanKosong('k2'));
    // Restored (the undo), it is back; a change the rules do not see (the hour, same WIB day) changes nothing.
    expect(terapkanPerubahan(rows, 'kepesertaan', { ...moved, deleted: 1 }, moved)).toEqual(['k2']);
    expect(terapkanPerubahan(rows, 'kepesertaan', moved, { ...moved, statusSejak: '2026-05-02T04:00:00.000Z' })).toEqual([]);
    expect(rows.get('k2')!.kepesertaan.anggotaId).toEqual(['a1']);
  });

  it('counts only roles a program can count, and check-ins with whether the person wants to enroll', () => {
    const rows = ringkasDariRekaman({
      peran: [
        { koperasiId: 'k1', anggotaId: 'a1', peran: 'karyawan' },
        { koperasiId: 'k1', anggotaId: 'a1', peran: 'pengawas' },
        { koperasiId: 'k1', anggotaId: 'a2', peran: 'anggota' },
      ],
      kehadiran: [{ koperasiId: 'k1', anggotaId: 'a1', kegiatanId: 'e1', inginMendaftar: true }],
    });
    expect(rows.get('k1')!.peran).toEqual({ anggotaId: ['a1', 'a2'], kode: [0, 2] });
    expect(rows.get('k1')!.kehadiran).toEqual({ kegiatanId: ['e1'], anggotaId: ['a1'], ingin: [1] });
  });

  it('gives the same row whatever order the same records arrive in (the merge applies them in any order)', () => {
    const records = [
      enrollment({ anggotaId: 'b' }),
      enrollment({ anggotaId: 'a', status: 'diajukan' }),
      enrollment({ anggotaId: 'b' }),
      enrollment({ anggotaId: 'c', status: 'terdaftar' }),
    ];
    const forward = ringkasDariRekaman({ kepesertaan: records });
    const backward = ringkasDariRekaman({ kepesertaan: [...records].reverse() });
    expect(backward).toEqual(forward);
    // Two equal tuples (one person, two enrollments at one step): removing one leaves the other.
    terapkanPerubahan(forward, 'kepesertaan', records[0], undefined);
    expect(forward.get('k1')!.kepesertaan.anggotaId).toEqual(['a', 'b', 'c']);
  });
});
