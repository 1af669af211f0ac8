import { teleponValid } from '../validation/telepon';
import { teksSel, type HasilBersih, type SelMentah } from './masalah-sel';

/**
 * A phone number from a cell. A number typed into a numeric cell lost its leading 0 (`81234567890`), and lists
 * from chat apps carry `+62`: both become the 0… form the office dials, with a warning that says what was done.
 * What still breaks the app's one phone rule is an error.
 */
export function bersihkanTelepon(sel: SelMentah): HasilBersih<string> {
  const asli = teksSel(sel);
  if (asli === '') return { nilai: '' };
  const digit = asli.replace(/[\s.()-]/g, '');
  let nilai = asli.replace(/\s+/g, ' ');
  let diubah = false;
  if (/^\+?62\d{8,13}$/.test(digit)) {
    nilai = `0${digit.replace(/^\+?62/, '')}`;
    diubah = true;
  } else if (/^8\d{8,12}$/.test(digit)) {
    nilai = `0${digit}`;
    diubah = true;
  }
  if (!teleponValid(nilai)) return { nilai: undefined, masalah: { tingkat: 'galat', kode: 'telepon', nilai: asli } };
  return diubah ? { nilai, masalah: { tingkat: 'peringatan', kode: 'teleponDiubah', nilai: asli, hasil: nilai } } : { nilai };
}
