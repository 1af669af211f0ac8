import { describe, expect, it } from 'vitest';
import { emptyKegiatan } from '../../../shared/kegiatan/kegiatan-schema';
import { openDevice } from '../../test-support/test-devices';
import { countSections, holdsNoRecords } from './count-sections';

describe('holdsNoRecords', () => {
  it('says a new laptop holds nothing, and one record in any synced table is enough to hold something', async () => {
    const device = await openDevice('laptop-baru');
    expect(await holdsNoRecords(device.db)).toBe(true);
    await device.writes.create('kegiatan', { ...emptyKegiatan(), judul: 'Sosialisasi', tanggal: '2026-12-01' });
    expect(await holdsNoRecords(device.db)).toBe(false);
    expect((await countSections(device.db)).kegiatan).toBe(1);
  });
});
