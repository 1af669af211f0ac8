import { describe, expect, it } from 'vitest';
import { emptyKoperasi } from '../../shared/koperasi/koperasi-schema';
import { ChangeClock } from './change-clock';
import { openTestDb } from '../test-support/test-db';
import { WritePath } from './write-path';

describe('the change clock', () => {
  it('resumes after a restart from the newest journal stamp, even when the wall clock went back', async () => {
    const { db, writes } = await openTestDb('laptop-a', Date.parse('2026-11-21T10:00:00.000Z'));
    const first = await writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Satu' });
    const earlier = () => Date.parse('2026-11-20T10:00:00.000Z');
    const resumed = new WritePath(db, await ChangeClock.resume(db, 'laptop-a', earlier));
    const second = await resumed.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Dua' });
    expect(second.changedAt > first.changedAt).toBe(true);
  });
});
