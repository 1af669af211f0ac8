import Dexie from 'dexie';

/**
 * Calls `onWrite` after every write to any open database of this origin, the exchange worker's included (Dexie's
 * `storagemutated`). Returns the function that stops watching.
 */
export function watchWrites(onWrite: () => void): () => void {
  Dexie.on.storagemutated.subscribe(onWrite);
  return () => Dexie.on.storagemutated.unsubscribe(onWrite);
}
