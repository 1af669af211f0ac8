import { describe, expect, it } from 'vitest';
import { openDevice } from '../test-support/test-devices';

const entry = {
  waktu: '2026-11-21T08:00:00.000Z',
  berkas: 'bundel' as const,
  tujuan: 'Kantor Dinas',
  jenis: 'perubahan' as const,
  nomorEkspor: 1,
  sejak: '',
  sampai: '2026-11-21T08:00:00.000Z-0000-laptop-a',
  jumlah: { anggota: 3 },
  namaBerkas: 'kopl-1-kantor-dinas.kopl',
  petugas: 'Dewi',
  terenkripsi: true,
};

describe('EksporRepository: pending exports', () => {
  it('keeps a pending entry a crash left in Riwayat, with its number taken, but never continues a perubahan from it', async () => {
    const { repos } = await openDevice('laptop-a');
    const done = await repos.ekspor.complete((await repos.ekspor.createPending(entry)).id, 'dikirim.kopl');
    // The app stops between mulai and selesai: the entry stays, marked.
    const crashed = await repos.ekspor.createPending({ ...entry, nomorEkspor: 2, sampai: '2026-11-21T09:00:00.000Z-0000-laptop-a' });
    expect((await repos.ekspor.listRecent()).map((r) => [r.nomorEkspor, r.status]).sort()).toEqual([
      [1, undefined],
      [2, 'tertunda'],
    ]);
    expect(await repos.ekspor.getNextNomor()).toBe(3);
    expect(await repos.ekspor.findLastTo('Kantor Dinas')).toMatchObject({ id: done.id, namaBerkas: 'dikirim.kopl' });
    expect(crashed.status).toBe('tertunda');
  });

  it('removes only a pending entry on batal; a completed one stays', async () => {
    const { repos } = await openDevice('laptop-a');
    const done = await repos.ekspor.complete((await repos.ekspor.createPending(entry)).id, 'a.kopl');
    await repos.ekspor.removePending(done.id);
    const pending = await repos.ekspor.createPending({ ...entry, nomorEkspor: 2 });
    await repos.ekspor.removePending(pending.id);
    expect((await repos.ekspor.listRecent()).map((r) => r.id)).toEqual([done.id]);
  });
});
