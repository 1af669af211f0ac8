import { locales } from '../../../shared/settings/settings';
import type { StoredSettings } from './settings-store';

const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What a stored value must be to be kept when a settings file is healed: the shapes of settingsStoreOptions'
 * JSON schema, i.e. exactly what the store library would refuse. Contents are the shared zod schemas' business at
 * read time (read-settings.ts), which reads a value it cannot use as unset but keeps it, for a newer app version.
 */
export const storedSettingsChecks: { readonly [K in keyof StoredSettings]-?: (value: unknown) => boolean } = {
  deviceId: (v) => typeof v === 'string' && v.length > 0 && v.length <= 100,
  locale: (v) => (locales as readonly unknown[]).includes(v),
  officeProfile: (v) => v === null || isObject(v),
  tarifIuran: (v) => Array.isArray(v),
  dokumen: isObject,
  petugasAktif: (v) => typeof v === 'string' && v.length <= 120,
  retensiTerhapusHari: (v) => Number.isInteger(v) && (v as number) >= 30 && (v as number) <= 3650,
  izinkanImporTanpaEnkripsi: (v) => typeof v === 'boolean',
};
