import { describe, expect, it } from 'vitest';
import { emptyAnggota } from '../../shared/anggota/anggota-schema';
import { NAMA_TERHAPUS } from '../../shared/anggota/data-pribadi-terhapus';
import { openDevice } from '../test-support/test-devices';
import { kosongkanTerhapusLama } from './kosongkan-terhapus-lama';

describe('kosongkanTerhapusLama', () => {
  it('blanks the tombstones of people deleted longer ago than the retention, and no one else', async () => {
    const a = await openDevice('laptop-a', Date.parse('2025-01-10T08:00:00.000Z'));
    const lama = await a.repos.anggota.create({ ...emptyAnggota(), nik: '3674011203900001', nama: 'Siti Aminah' });
    await a.repos.anggota.remove(lama.id);
    // Deleted long ago and restored: alive, so kept whole.
    const kembali = await a.repos.anggota.create({ ...emptyAnggota(), nik: '3674011203900002', nama: 'Rudi Hartono' });
    await a.repos.anggota.restore(await a.repos.anggota.remove(kembali.id));
    a.advance(200 * 86_400_000);
    const baru = await a.repos.anggota.create({ ...emptyAnggota(), nama: 'Ahmad Fauzi' });
    await a.repos.anggota.remove(baru.id);
    const hidup = await a.repos.anggota.create({ ...emptyAnggota(), nama: 'Dewi Lestari' });

    const now = new Date(Date.parse('2025-01-10T08:00:00.000Z') + 400 * 86_400_000);
    expect(await kosongkanTerhapusLama(a.db, a.repos.anggota, 365, now)).toBe(1);
    expect(await a.db.anggota.get(lama.id)).toMatchObject({ nama: NAMA_TERHAPUS, nik: '', deleted: 1 });
    expect(await a.db.anggota.get(baru.id)).toMatchObject({ nama: 'Ahmad Fauzi', deleted: 1 });
    expect(await a.db.anggota.get(hidup.id)).toMatchObject({ nama: 'Dewi Lestari', deleted: 0 });
    expect(await a.db.anggota.get(kembali.id)).toMatchObject({ nama: 'Rudi Hartono', deleted: 0 });
    expect(await kosongkanTerhapusLama(a.db, a.repos.anggota, 365, now)).toBe(0);
  });
});
