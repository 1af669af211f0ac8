import Conf, { type Options as ConfOptions, type Schema } from 'conf';
import type { TarifIuran } from '../../../shared/kepesertaan/tarif-iuran';
import type { PengaturanDokumen } from '../../../shared/settings/pengaturan-dokumen';
import { locales, type Locale, type OfficeProfile } from '../../../shared/settings/settings';

/**
 * What is written to settings.json in the user-data folder. `deviceId` is absent until first read, when it is
 * generated once; `tarifIuran` is absent until the office saves its own rates, so an install that never edited
 * them follows the defaults of whichever app version it runs (`dokumen` likewise follows the office profile);
 * everything else has a default.
 */
export type StoredSettings = {
  deviceId?: string;
  locale: Locale;
  officeProfile: OfficeProfile | null;
  tarifIuran?: readonly TarifIuran[];
  /** Absent until the office saves its letterhead and signer; until then they follow the office profile. */
  dokumen?: PengaturanDokumen;
  petugasAktif?: string;
};

/**
 * Keyed access to the persisted settings. Handlers depend on this, not on a storage library, so the Electron app
 * (electron-store) and the tests and e2e harness (conf, electron-store's own base) share every line above it.
 */
export interface SettingsStore {
  get<K extends keyof StoredSettings>(key: K): StoredSettings[K];
  set<K extends keyof StoredSettings>(key: K, value: Exclude<StoredSettings[K], undefined>): void;
}

/** The settings file's name (without .json); the same in the app and the harness so their folders look alike. */
export const SETTINGS_FILE_NAME = 'settings';

/**
 * Options both storage classes get. The JSON schema checks only shapes (the zod schemas check contents);
 * `clearInvalidConfig` starts over from defaults rather than refusing to start when the file is damaged, because an
 * office without IT support must still be able to open the app (its records live in IndexedDB, not here).
 */
export const settingsStoreOptions = {
  defaults: { locale: 'id', officeProfile: null },
  schema: {
    deviceId: { type: 'string', minLength: 1, maxLength: 100 },
    locale: { type: 'string', enum: [...locales] },
    officeProfile: { type: ['object', 'null'] },
    tarifIuran: { type: 'array' },
    dokumen: { type: 'object' },
    petugasAktif: { type: 'string', maxLength: 120 },
  } satisfies Schema<StoredSettings>,
  clearInvalidConfig: true,
  accessPropertiesByDotNotation: false,
} as const satisfies Partial<ConfOptions<StoredSettings>>;

/** Adapts a conf instance (or electron-store, which extends it) to the narrow interface handlers use. */
export function settingsStoreFromConf(conf: Conf<StoredSettings>): SettingsStore {
  return {
    get: (key) => conf.get(key),
    set: (key, value) => conf.set(key, value),
  };
}

/** A settings store in `dir`, for tests and the e2e harness: the same file and rules as the app's electron-store. */
export function createConfSettingsStore(dir: string): SettingsStore {
  return settingsStoreFromConf(new Conf<StoredSettings>({
    ...settingsStoreOptions,
    cwd: dir,
    configName: SETTINGS_FILE_NAME,
  }));
}
