import { describe, expect, it } from 'vitest';
import { emptyKoperasi } from '../../shared/koperasi/koperasi-schema';
import { openTestDb } from '../test-support/test-db';
import { RecordNotFoundError } from './write-path';

const kop = (nama: string) => ({ ...emptyKoperasi(), nama });

describe('the write path', () => {
  it('stamps a new record with one clock per field and the device, and journals the whole record', async () => {
    const { db, writes } = await openTestDb('laptop-a');
    const k = await writes.create('koperasi', kop('Koperasi Maju Jaya'));
    expect(k.deviceId).toBe('laptop-a');
    expect(k.deleted).toBe(0);
    expect(k.createdAt).toBe(k.changedAt);
    expect(k.fieldClocks.nama).toBe(k.changedAt);
    expect(k.fieldClocks.deleted).toBe(k.changedAt);
    expect(k.searchTokens).toContain('maju');
    const journal = await db.journal.toArray();
    expect(journal).toHaveLength(1);
    expect(journal[0]).toMatchObject({ op: 'create', recordId: k.id, hlc: k.changedAt, deviceId: 'laptop-a' });
    expect(journal[0]!.changes.nama).toBe('Koperasi Maju Jaya');
    expect(journal[0]!.changes).not.toHaveProperty('searchTokens');
  });

  it('advances only the clocks of the fields that changed, and re-derives the search tokens', async () => {
    const { db, writes, advance } = await openTestDb();
    const k = await writes.create('koperasi', kop('Koperasi Maju Jaya'));
    advance(1000);
    const edited = await writes.update('koperasi', k.id, { nama: 'Koperasi Sumber Rezeki', telepon: '' });
    expect(edited.fieldClocks.nama! > k.fieldClocks.nama!).toBe(true);
    expect(edited.fieldClocks.telepon).toBe(k.fieldClocks.telepon);
    expect(edited.searchTokens).toContain('rezeki');
    expect(edited.searchTokens).not.toContain('maju');
    const last = await db.journal.orderBy(':id').last();
    expect(last).toMatchObject({ op: 'update', changes: { nama: 'Koperasi Sumber Rezeki' } });
  });

  it('writes nothing for an edit that changes nothing', async () => {
    const { db, writes } = await openTestDb();
    const k = await writes.create('koperasi', kop('Koperasi Maju Jaya'));
    const same = await writes.update('koperasi', k.id, { nama: 'Koperasi Maju Jaya' });
    expect(same.changedAt).toBe(k.changedAt);
    expect(await db.journal.count()).toBe(1);
  });

  it('never lets a caller overwrite the stamp or derived fields', async () => {
    const { writes } = await openTestDb();
    const forged = { ...kop('Koperasi Maju Jaya'), id: 'forged', deleted: 1, changedAt: '9999', searchTokens: ['x'] };
    const k = await writes.create('koperasi', forged as never);
    expect(k.id).not.toBe('forged');
    expect(k.deleted).toBe(0);
    expect(k.searchTokens).not.toContain('x');
  });

  it('deletes as a tombstone and restores with a newer change, both journalled', async () => {
    const { db, writes } = await openTestDb();
    const k = await writes.create('koperasi', kop('Koperasi Maju Jaya'));
    await writes.remove('koperasi', k.id);
    const tomb = await db.koperasi.get(k.id);
    expect(tomb?.deleted).toBe(1);
    expect(tomb!.fieldClocks.deleted! > k.fieldClocks.deleted!).toBe(true);
    await writes.restore('koperasi', k.id);
    expect((await db.koperasi.get(k.id))?.deleted).toBe(0);
    expect((await db.journal.toArray()).map((e) => e.op)).toEqual(['create', 'delete', 'restore']);
  });

  it('refuses to change a record that does not exist, writing nothing', async () => {
    const { db, writes } = await openTestDb();
    await expect(writes.update('koperasi', 'missing', { nama: 'X Y Z' })).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await db.journal.count()).toBe(0);
  });

  it('writes a batch all-or-nothing: a duplicate id leaves neither records nor journal behind', async () => {
    const { db, writes } = await openTestDb();
    await expect(writes.bulkCreate('koperasi', [kop('Koperasi Satu'), kop('Koperasi Dua')], ['same', 'same'])).rejects.toThrow();
    expect(await db.koperasi.count()).toBe(0);
    expect(await db.journal.count()).toBe(0);
  });

  it('gives every record of a batch its own increasing stamp', async () => {
    const { writes } = await openTestDb();
    const rows = await writes.bulkCreate('koperasi', [kop('Koperasi Satu'), kop('Koperasi Dua'), kop('Koperasi Tiga')]);
    const stamps = rows.map((r) => r.changedAt);
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(3);
  });
});
