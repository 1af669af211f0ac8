export interface StorageStatus {
  readonly persisted: boolean;
  readonly usage: number;
  readonly quota: number;
}

/**
 * Asks the browser engine not to evict our IndexedDB under storage pressure (the data loss Enketo users suffered
 * when a cache was cleared). Called once at start; the answer is shown in Pengaturan.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}

export async function storageStatus(): Promise<StorageStatus> {
  const persisted = (await navigator.storage?.persisted?.()) ?? false;
  const estimate = (await navigator.storage?.estimate?.()) ?? {};
  return { persisted, usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 };
}
