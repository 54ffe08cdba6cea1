/** CSV per RFC 4180, safe to open in a spreadsheet. */

/**
 * A cell that starts with =, +, -, @ (or a tab or carriage return, which some spreadsheets skip
 * before such a sign) would run as a formula: a leading apostrophe makes it text (OWASP advice).
 */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replaceAll('"', '""')}"`;
}

export const csvLine = (cells: readonly unknown[]) => `${cells.map(csvCell).join(',')}\r\n`;
