import type { ReactNode } from 'react';

const OPEN = '\u0001';
const CLOSE = '\u0002';

/**
 * Renders a search snippet whose matches the core wrapped in \u0001 ... \u0002. The text is split
 * and rendered as React text nodes, never as HTML: list text must not be able to inject markup.
 */
export function Highlight({ text }: { text: string }) {
  const out: ReactNode[] = [];
  let rest = text;
  let key = 0;
  while (rest.length) {
    const start = rest.indexOf(OPEN);
    if (start < 0) {
      out.push(rest);
      break;
    }
    if (start > 0) out.push(rest.slice(0, start));
    const end = rest.indexOf(CLOSE, start + 1);
    const hit = end < 0 ? rest.slice(start + 1) : rest.slice(start + 1, end);
    out.push(<mark key={key++}>{hit}</mark>);
    rest = end < 0 ? '' : rest.slice(end + 1);
  }
  return <>{out}</>;
}

/** The snippet as plain text, for titles and accessible names. */
export function plainSnippet(text: string): string {
  return text.replaceAll(OPEN, '').replaceAll(CLOSE, '');
}
