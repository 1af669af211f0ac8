import type { JenisKelamin } from '../anggota/anggota-schema';
import { teksSel, type HasilBersih, type SelMentah } from './masalah-sel';

const KATA: Readonly<Record<string, JenisKelamin>> = {
  l: 'L',
  lk: 'L',
  'l/k': 'L',
  laki: 'L',
  'laki-laki': 'L',
  'laki laki': 'L',
  lakilaki: 'L',
  pria: 'L',
  male: 'L',
  m: 'L',
  p: 'P',
  pr: 'P',
  perempuan: 'P',
  wanita: 'P',
  female: 'P',
  f: 'P',
  w: 'P',
};

/** `L`, `P`, `Laki-laki`, `Perempuan`, `Pria`, `Wanita`, `LK`, `PR` in any case; anything else is an error. */
export function bersihkanJenisKelamin(sel: SelMentah): HasilBersih<'' | JenisKelamin> {
  const teks = teksSel(sel).toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ');
  if (teks === '') return { nilai: '' };
  const jk = KATA[teks];
  return jk ? { nilai: jk } : { nilai: undefined, masalah: { tingkat: 'galat', kode: 'jenisKelamin', nilai: teksSel(sel) } };
}
