/**
 * Spreadsheet programs run a cell that starts with = + - @ as a formula, so a party name like
 * "=HYPERLINK(...)" from a counterparty could run on the desk of whoever opens the export. Such
 * cells are written with a leading apostrophe (OWASP's advice), which the importer takes off again.
 * A leading + or - before a digit or space (a phone number, a negative figure) is left alone.
 */
const FORMULA_START = /^(?:[=@\t\r]|[+-](?![\d\s]))/;

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
