import { ChangeClock } from '../db/change-clock';
import { openKopLindungDb } from '../db/database';
import { WritePath } from '../db/write-path';

let counter = 0;

/** A fresh database on fake-indexeddb with a controllable clock, for unit tests of the data layer. */
export async function openTestDb(deviceId = 'device-test', start = Date.parse('2026-11-21T08:00:00.000Z')) {
  const db = await openKopLindungDb(`test-${Date.now()}-${counter++}`);
  let now = start;
  const clock = new ChangeClock(deviceId, undefined, () => now);
  return { db, clock, writes: new WritePath(db, clock), advance: (ms: number) => (now += ms) };
}
