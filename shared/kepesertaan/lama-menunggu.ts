import { tanggalHariIni } from '../format/format-date';

const HARI = 86_400_000;

/**
 * Whole calendar days an enrollment has waited at its status ("menunggu 3 hari"), counted on the laptop's
 * calendar so something submitted yesterday evening waits 1 day this morning. `null` when `statusSejak` is not a
 * moment (old or imported data); never negative, so a clock skew between laptops does not show "-1 hari".
 */
export function lamaMenunggu(statusSejak: string, now: Date): number | null {
  const sejak = new Date(statusSejak);
  if (!statusSejak || Number.isNaN(sejak.getTime())) return null;
  const dari = Date.parse(`${tanggalHariIni(sejak)}T00:00:00Z`);
  const sampai = Date.parse(`${tanggalHariIni(now)}T00:00:00Z`);
  return Math.max(0, Math.round((sampai - dari) / HARI));
}
