import { teksSel, type HasilBersih, type SelMentah } from './masalah-sel';

const digitSaja = (sel: SelMentah) => teksSel(sel).replace(/[\s.\-/]/g, '');

/**
 * An NPWP. Since 2024 the tax office writes 16 digits; the older 15-digit number of a non-individual taxpayer
 * becomes the 16-digit form with a leading 0, as the tax office converts it (said beside the cell).
 */
export function bersihkanNpwp(sel: SelMentah): HasilBersih<string> {
  const d = digitSaja(sel);
  if (d === '') return { nilai: '' };
  if (/^\d{16}$/.test(d)) return { nilai: d };
  if (/^\d{15}$/.test(d)) return { nilai: `0${d}`, masalah: { tingkat: 'peringatan', kode: 'npwp15', nilai: teksSel(sel), hasil: `0${d}` } };
  return { nilai: undefined, masalah: { tingkat: 'galat', kode: 'npwp', nilai: teksSel(sel) } };
}

/**
 * A Nomor Induk Koperasi. Its official format is not confirmed and offices hold shorter ones, so anything but
 * 16 digits is a warning, not a refusal; what is not digits at all is an error.
 */
export function bersihkanNomorIndukKoperasi(sel: SelMentah): HasilBersih<string> {
  const d = digitSaja(sel);
  if (d === '') return { nilai: '' };
  if (!/^\d{6,20}$/.test(d)) return { nilai: undefined, masalah: { tingkat: 'galat', kode: 'nomorIndukKoperasi', nilai: teksSel(sel) } };
  return /^\d{16}$/.test(d) ? { nilai: d } : { nilai: d, masalah: { tingkat: 'peringatan', kode: 'nomorIndukKoperasiBukan16', nilai: teksSel(sel) } };
}

/** A NIB: 13 digits. */
export function bersihkanNib(sel: SelMentah): HasilBersih<string> {
  const d = digitSaja(sel);
  if (d === '' || /^\d{13}$/.test(d)) return { nilai: d };
  return { nilai: undefined, masalah: { tingkat: 'galat', kode: 'nib', nilai: teksSel(sel) } };
}

/** A KPJ (participant card) number: digits; 11 is the usual length, any other is a warning. */
export function bersihkanKpj(sel: SelMentah): HasilBersih<string> {
  const d = digitSaja(sel);
  if (d === '') return { nilai: undefined, masalah: { tingkat: 'galat', kode: 'kpjKosong' } };
  if (!/^\d{1,20}$/.test(d)) return { nilai: undefined, masalah: { tingkat: 'galat', kode: 'kpj', nilai: teksSel(sel) } };
  return /^\d{11}$/.test(d) ? { nilai: d } : { nilai: d, masalah: { tingkat: 'peringatan', kode: 'kpjBukan11', nilai: teksSel(sel) } };
}
