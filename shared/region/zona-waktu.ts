/** Indonesia's three time zones, as an office writes them after a time ("09.00 WITA"). */
export type SingkatanZona = 'WIB' | 'WITA' | 'WIT';

export interface ZonaWaktu {
  readonly singkatan: SingkatanZona;
  /** The IANA zone that Intl formats a moment in. */
  readonly timeZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
}

const WIB: ZonaWaktu = { singkatan: 'WIB', timeZone: 'Asia/Jakarta' };
const WITA: ZonaWaktu = { singkatan: 'WITA', timeZone: 'Asia/Makassar' };
const WIT: ZonaWaktu = { singkatan: 'WIT', timeZone: 'Asia/Jayapura' };

/**
 * Kemendagri province codes in Waktu Indonesia Tengah (UTC+8): Bali 51, NTB 52, NTT 53, Kalimantan Selatan 63,
 * Timur 64 and Utara 65, and every Sulawesi province 71–76. Maluku (81, 82) and every Papua province (91–96) are
 * in Waktu Indonesia Timur (UTC+9); the rest — Sumatra, Java, Kalimantan Barat 61 and Tengah 62 — in Waktu
 * Indonesia Barat (UTC+7). Keppres 41/1987; see docs/domain.md §5.
 */
const PROVINSI_WITA = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);

/**
 * The zone an office keeps its times in, from its province: printed documents, the check-in table and the screens
 * write an event's hours and a check-in's time in it. No office profile yet (or an unknown code) is WIB, where
 * most offices are. Indonesia keeps no daylight saving, so the zone never changes within a year.
 */
export function zonaWaktu(provinsiKode: string | undefined): ZonaWaktu {
  const kode = (provinsiKode ?? '').trim();
  if (PROVINSI_WITA.has(kode)) return WITA;
  if (kode.startsWith('8') || kode.startsWith('9')) return WIT;
  return WIB;
}
