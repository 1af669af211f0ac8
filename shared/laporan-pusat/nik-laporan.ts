import { maskNik } from '../nik/nik-mask';
import { normalizeNik } from '../nik/nik-parse';

/**
 * The NIK as the workbook writes it: masked (`3674********0001`) unless the officer chose full NIKs for this file
 * and confirmed it (UU 27/2022, docs/domain.md §6: the central office matches people by region and serial; a whole NIK
 * in a forwarded file is a breach). A person without a NIK (a walk-in without a KTP) gets an empty cell.
 */
export function nikLaporan(nik: string, lengkap: boolean): string {
  if (nik.trim() === '') return '';
  return lengkap ? normalizeNik(nik) : maskNik(nik);
}
