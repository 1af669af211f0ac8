import Dexie from 'dexie';

/** Deletes the whole database, when the officer chooses to start empty after a failed start (PemulihanPage). */
export function deleteDatabase(name: string): Promise<void> {
  return Dexie.delete(name);
}
