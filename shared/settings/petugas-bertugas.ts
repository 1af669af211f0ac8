import type { Settings } from './settings';

/** The names in the office profile's officer list, blanks left out: what "the officer on duty" may be. */
export function daftarPetugas(settings: Settings): string[] {
  return (settings.officeProfile?.petugas ?? []).filter((n) => n.trim() !== '');
}

/**
 * The officer on duty: the one picked in Pengaturan while they are still in the office profile's list, else the
 * first officer listed. One rule for screens (usePetugas) and for code outside React (the exchange service), so a
 * check-in and an export made a second apart never name two different officers.
 */
export function petugasBertugas(settings: Settings): string {
  const pilihan = daftarPetugas(settings);
  return pilihan.includes(settings.petugasAktif) ? settings.petugasAktif : (pilihan[0] ?? '');
}
