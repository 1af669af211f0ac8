import { safeStorage } from 'electron';
import type { PelindungKunci } from './kunci-cadangan';

/**
 * The desktop app's backup key sealing: Electron's safeStorage, which asks the OS (DPAPI on Windows, the Secret
 * Service or kwallet on Linux) to encrypt the key for this user account. The key file alone opens nothing.
 */
export const pelindungSafeStorage: PelindungKunci = {
  berkas: 'kunci.bin',
  lindungi: (key) => safeStorage.encryptString(key),
  buka: (sealed) => safeStorage.decryptString(Buffer.from(sealed)),
};
