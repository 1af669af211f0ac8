/**
 * CSV for offices that live in Excel. Cells that a spreadsheet would run as a formula (starting with =, +, -, @,
 * tab or carriage return) get a leading apostrophe, so a cooperative named "=HYPERLINK(...)" stays text. Uses the
 * semicolon separator Excel expects on Indonesian-locale Windows, where the comma is the decimal mark.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[], separator = ';'): string {
  const cell = (value: string | number | null) => {
    if (value === null) return '';
    let text = String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /["\n\r;,]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header, ...rows].map((row) => row.map(cell).join(separator)).join('\r\n') + '\r\n';
}
