import ElectronStore from 'electron-store';
import { SETTINGS_FILE_NAME, openHealedStore, settingsStoreOptions, type SettingsStore, type StoredSettings } from './settings/settings-store';

/**
 * The app's settings store: electron-store (which loads `electron`, hence this file's name) with the same options
 * and file name as the conf store the tests and harness use, in Electron's user-data folder.
 */
export function createElectronSettingsStore(userDataDir: string): SettingsStore {
  return openHealedStore(
    userDataDir,
    () =>
      new ElectronStore<StoredSettings>({
        ...settingsStoreOptions,
        cwd: userDataDir,
        name: SETTINGS_FILE_NAME,
      }),
  );
}
