/**
 * One rule for every phone number the app keeps (office, cooperative, person, walk-in), because an office writes
 * the same number the same way everywhere: "(0267) 8632100", "0267-402150", "0812 3456 7890", "+62 812-3456-7890".
 * Digits may be grouped with spaces, dashes or dots, an area code may sit in one pair of parentheses, and a "+"
 * may only open the number. 6 to 15 digits (E.164's longest): short enough local numbers still pass, a pasted NIK
 * (16 digits) does not.
 */
const BENTUK = /^\+?(?:\d|[\s.-])*(?:\(\s*\d+\s*\))?(?:\d|[\s.-])*$/;

/** The number as it is stored: trimmed and with single spaces, otherwise as the office wrote it. */
export function normalisasiTelepon(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** Whether a (normalised) number follows the rule; empty is allowed, as no field requires a phone. */
export function teleponValid(text: string): boolean {
  if (text === '') return true;
  if (!BENTUK.test(text)) return false;
  const digits = text.replace(/\D/g, '').length;
  return digits >= 6 && digits <= 15;
}
