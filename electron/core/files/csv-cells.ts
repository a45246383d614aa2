/**
 * Spreadsheet programs run a cell as a formula when it starts with = + - @ (or their full-width
 * forms, which some read as the same), a tab, a carriage return or a line feed, and some skip
 * leading spaces first. A party name like "-2+3+cmd|' /C calc'!A0" from a counterparty would then
 * run on the desk of whoever opens the export. Every such cell, phone numbers and negative figures
 * included, is written with a leading apostrophe (OWASP's CSV injection advice), which the
 * importer takes off again.
 *
 * A value that already starts with apostrophes before such a start ("'=x") gets one more, so
 * taking the first apostrophe off always gives the stored text back: the rule docs/formats.md
 * states for checking the audit export outside ExportDesk.
 */
const FORMULA_START = /^'*(?:\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r\n])/;

export function csvCell(value: string | null | undefined): string {
  let v = value ?? '';
  if (FORMULA_START.test(v)) v = `'${v}`;
  return /[",\r\n;]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
}

export function uncsvCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

export function csvLine(cells: (string | null | undefined)[]): string {
  return cells.map(csvCell).join(',');
}
