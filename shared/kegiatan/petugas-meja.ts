/** Who an officer confirmed as at an event's check-in table, and on which day (YYYY-MM-DD, this laptop's). */
export interface PetugasMeja {
  readonly tanggal: string;
  readonly petugas: string;
}

/**
 * Whether the check-in table must ask who is sitting at it before the first check-in: every check-in is credited to
 * that officer, and a default (the first officer listed) credited them all to one person nobody chose. Asked once
 * per event per day, and again when the confirmed officer is no longer in the office's list. With a single officer
 * there is nobody else to credit, so nothing is asked; with none, nothing can be chosen.
 */
export function perluTanyaPetugasMeja(konfirmasi: PetugasMeja | null, hariIni: string, pilihan: readonly string[]): boolean {
  if (pilihan.length < 2) return false;
  return !konfirmasi || konfirmasi.tanggal !== hariIni || !pilihan.includes(konfirmasi.petugas);
}
