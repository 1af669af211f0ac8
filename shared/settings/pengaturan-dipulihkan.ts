/**
 * A settings file that was damaged and healed at start: the copy kept of the damaged file, and the keys that fell
 * back to their defaults (`*` when the file could not be read at all). The app names them so the office checks them.
 */
export interface PengaturanDipulihkan {
  readonly berkas: string;
  readonly kunci: readonly string[];
}
