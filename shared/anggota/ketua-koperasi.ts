import { peranAktif, type Peran } from './peran-schema';

/** "Ketua" or "Ketua Koperasi", in any case and spacing; never "Wakil Ketua" or "Ketua Pengawas". */
const JABATAN_KETUA = /^ketua(\s+koperasi)?$/i;

/**
 * The cooperative's chairman on a given day, from its recorded roles: a pengurus whose jabatan is Ketua and whose
 * role has not ended. Two at once (a handover recorded before the old one was closed) gives the one who started
 * last. Undefined when none is recorded, and the document leaves the name to write by hand.
 */
export function pilihKetua<T extends Pick<Peran, 'peran' | 'jabatan' | 'mulai' | 'selesai'>>(roles: readonly T[], today: string): T | undefined {
  return roles
    .filter((p) => p.peran === 'pengurus' && JABATAN_KETUA.test(p.jabatan.trim()) && peranAktif(p, today))
    .sort((a, b) => b.mulai.localeCompare(a.mulai))[0];
}
