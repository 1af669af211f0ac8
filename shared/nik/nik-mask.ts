import { isNikFormatValid, normalizeNik } from './nik-parse';

/**
 * The NIK as lists and printed sheets show it (docs/domain.md §6, data minimisation): the first 4 digits (province and
 * kab/kota) and the last 4, e.g. '3674********0001'. Anything that is not a valid NIK keeps at most its last 4
 * characters, and nothing at all when it is 4 characters or shorter, so a typo never reveals more than a NIK would.
 */
export function maskNik(nik: string): string {
  const value = normalizeNik(nik);
  if (isNikFormatValid(value)) return `${value.slice(0, 4)}${'*'.repeat(8)}${value.slice(12)}`;
  if (value.length <= 4) return '*'.repeat(value.length);
  return `${'*'.repeat(value.length - 4)}${value.slice(-4)}`;
}
