import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PengaturanDipulihkan } from '../../../shared/settings/pengaturan-dipulihkan';
import { storedSettingsChecks } from './stored-settings-checks';

/**
 * Heals a damaged settings file before the store library reads it. conf with `clearInvalidConfig` would wipe the
 * whole file (office profile, rates, letterhead, device id) for one bad key; here the damaged file is kept beside
 * it as `settings.corrupt-<time>.json`, every key that still passes its check is written back, and only the bad
 * ones fall to their defaults. The answer names them, so the app can tell the office what to look at again.
 * Returns null when the file is absent or sound (nothing was touched).
 */
export function healSettingsFile(dir: string, fileName: string, now: Date = new Date()): PengaturanDipulihkan | null {
  const path = join(dir, `${fileName}.json`);
  if (!existsSync(path)) return null;
  const text = readFileSync(path, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const isObject = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  const kept: Record<string, unknown> = {};
  const rusak: string[] = [];
  if (isObject) {
    for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
      const check = storedSettingsChecks[key as keyof typeof storedSettingsChecks];
      if (check === undefined || check(value)) kept[key] = value;
      else rusak.push(key);
    }
    if (rusak.length === 0) return null;
  }
  const berkas = `${fileName}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}.json`;
  copyFileSync(path, join(dir, berkas));
  // Written beside and renamed over, so a crash here leaves either the old file or the healed one, never half.
  const temp = `${path}.tmp`;
  writeFileSync(temp, JSON.stringify(kept, null, '\t'), { flush: true });
  renameSync(temp, path);
  return { berkas, kunci: isObject ? rusak.sort() : ['*'] };
}
