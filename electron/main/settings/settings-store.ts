import { renameSync } from 'node:fs';
import { join } from 'node:path';
import Conf, { type Options as ConfOptions, type Schema } from 'conf';
import type { PengaturanDipulihkan } from '../../../shared/settings/pengaturan-dipulihkan';
import type { TarifIuran } from '../../../shared/kepesertaan/tarif-iuran';
import type { PengaturanDokumen } from '../../../shared/settings/pengaturan-dokumen';
import { healSettingsFile } from './heal-settings-file';
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
  retensiTerhapusHari?: number;
  izinkanImporTanpaEnkripsi?: boolean;
};

/**
 * Keyed access to the persisted settings. Handlers depend on this, not on a storage library, so the Electron app
 * (electron-store) and the tests and e2e harness (conf, electron-store's own base) share every line above it.
 */
export interface SettingsStore {
  get<K extends keyof StoredSettings>(key: K): StoredSettings[K];
  set<K extends keyof StoredSettings>(key: K, value: Exclude<StoredSettings[K], undefined>): void;
  /** What healing the file at start did (heal-settings-file.ts), or null when the file was sound. */
  readonly dipulihkan: PengaturanDipulihkan | null;
}

/** The settings file's name (without .json); the same in the app and the harness so their folders look alike. */
export const SETTINGS_FILE_NAME = 'settings';

/**
 * Options both storage classes get. The JSON schema checks only shapes (the zod schemas check contents). No
 * `clearInvalidConfig`: it would wipe the whole file for one bad key. The file is healed before it is read
 * (heal-settings-file.ts), so an office without IT support still opens the app and keeps every sound setting.
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
    retensiTerhapusHari: { type: 'integer', minimum: 30, maximum: 3650 },
    izinkanImporTanpaEnkripsi: { type: 'boolean' },
  } satisfies Schema<StoredSettings>,
  clearInvalidConfig: false,
  accessPropertiesByDotNotation: false,
} as const satisfies Partial<ConfOptions<StoredSettings>>;

/** Adapts a conf instance (or electron-store, which extends it) to the narrow interface handlers use. */
export function settingsStoreFromConf(conf: Conf<StoredSettings>, dipulihkan: PengaturanDipulihkan | null = null): SettingsStore {
  return {
    get: (key) => conf.get(key),
    set: (key, value) => conf.set(key, value),
    dipulihkan,
  };
}

/**
 * Heals the file in `dir`, then opens it with `open` (conf or electron-store). Should the library still refuse it
 * (a shape its JSON schema rejects that the shared checks let through), the file is set aside whole and the store
 * starts from defaults: the app always opens, and the damaged file is never deleted.
 */
export function openHealedStore(dir: string, open: () => Conf<StoredSettings>, now: () => Date = () => new Date()): SettingsStore {
  const dipulihkan = healSettingsFile(dir, SETTINGS_FILE_NAME, now());
  try {
    return settingsStoreFromConf(open(), dipulihkan);
  } catch {
    return settingsStoreFromConf(open(), setAside(dir, now()));
  }
}

function setAside(dir: string, now: Date): PengaturanDipulihkan {
  const berkas = `${SETTINGS_FILE_NAME}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}.json`;
  renameSync(join(dir, `${SETTINGS_FILE_NAME}.json`), join(dir, berkas));
  return { berkas, kunci: ['*'] };
}

/** A settings store in `dir`, for tests and the e2e harness: the same file and rules as the app's electron-store. */
export function createConfSettingsStore(dir: string): SettingsStore {
  return openHealedStore(
    dir,
    () =>
      new Conf<StoredSettings>({
        ...settingsStoreOptions,
        cwd: dir,
        configName: SETTINGS_FILE_NAME,
      }),
  );
}
