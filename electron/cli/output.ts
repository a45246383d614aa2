/** Human-readable output helpers for the CLI; `--json` bypasses them entirely. */

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export function table(rows: (string | number | null | undefined)[][], header: string[]): string {
  const all = [header, ...rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))))];
  const widths = header.map((_, i) => Math.min(60, Math.max(...all.map((r) => (r[i] ?? '').length))));
  return all
    .map((r) => r.map((c, i) => (i === r.length - 1 ? c : (c ?? '').slice(0, widths[i]).padEnd(widths[i]!))).join('  ').trimEnd())
    .join('\n');
}

/** Snippet highlights (\u0001...\u0002) shown as »word« in a terminal. */
export function plainSnippet(s: string): string {
  return s.replace(/\u0001/g, '»').replace(/\u0002/g, '«').replace(/\s+/g, ' ').trim();
}

export function wrap(text: string, width = 96, indent = ''): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if ((line + ' ' + w).trim().length > width - indent.length) {
      lines.push(indent + line.trim());
      line = w;
    } else line += ' ' + w;
  }
  if (line.trim()) lines.push(indent + line.trim());
  return lines.join('\n');
}
