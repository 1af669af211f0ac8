/**
 * The check-in code printed beside each named representative on a surat undangan, as a QR code and in letters
 * under it: `UND.<kegiatan id>.<anggota id>`. It names the invitation (which event, which invited person) by the
 * records' random ids only, so a photo of the letter gives away nothing personal (UU 27/2022). A barcode scanner at
 * the check-in table types it into the search box like a keyboard and presses Enter, and the person is checked in.
 */
export const AWALAN_KODE_UNDANGAN = 'UND';

/** The code of one person's invitation to one event. Ids never hold a '.', so the three parts split back cleanly. */
export function kodeUndangan(kegiatanId: string, anggotaId: string): string {
  if (kegiatanId.includes('.') || anggotaId.includes('.')) throw new Error('kodeUndangan: an id holds a "."');
  return `${AWALAN_KODE_UNDANGAN}.${kegiatanId}.${anggotaId}`;
}

export interface KodeUndangan {
  readonly kegiatanId: string;
  readonly anggotaId: string;
}

/**
 * Reads what a scanner typed, or `null` when it is no invitation code (a name, a NIK, a phone number). The
 * prefix is read in any case, since a scanner types with Caps Lock's case inverted; the ids are given back as
 * typed, and the caller also tries them in lower case (crypto.randomUUID ids are lower case).
 */
export function bacaKodeUndangan(text: string): KodeUndangan | null {
  const match = /^und\.([^.\s]+)\.([^.\s]+)$/i.exec(text.trim());
  return match ? { kegiatanId: match[1]!, anggotaId: match[2]! } : null;
}

/** Whether a code read back belongs to the given event, whichever case the scanner typed it in. */
export function kodeUntukKegiatan(kode: KodeUndangan, kegiatanId: string): boolean {
  return kode.kegiatanId === kegiatanId || kode.kegiatanId.toLowerCase() === kegiatanId.toLowerCase();
}
