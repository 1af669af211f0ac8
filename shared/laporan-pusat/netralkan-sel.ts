/**
 * Characters that make a spreadsheet read a cell as a formula when they lead it (OWASP, "CSV Injection"): = + - @,
 * and tab and carriage return, which some importers strip before looking. The full-width forms are included because
 * spreadsheet programs in East Asian locales fold them to ASCII on entry.
 */
const AWALAN_BERBAHAYA: ReadonlySet<number> = new Set([...'=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20'].map((c) => c.charCodeAt(0)));

/**
 * A text cell made safe to open: one that would start a formula gets a leading apostrophe, so a cooperative named
 * "=HYPERLINK(…)" stays words when the workbook is opened, edited, or saved onward as CSV. Only that: the text is
 * otherwise kept whole, so nothing a person typed is lost. Numbers are never passed here; they stay numbers.
 */
export function netralkanSel(teks: string): string {
  return AWALAN_BERBAHAYA.has(teks.charCodeAt(0)) ? `'${teks}` : teks;
}
