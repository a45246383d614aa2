import type { ReactNode } from 'react';
import { codeMentionSpans, entryCodeOf } from '../../../shared/control-lists/codes';

/**
 * Text with every control-list code it mentions turned into a link. Mentions of the entry being
 * read stay plain text: they would only reopen the same page.
 */
export function LinkedText({ text, selfCode, onOpen }: { text: string; selfCode: string; onOpen: (code: string) => void }) {
  const out: ReactNode[] = [];
  let at = 0;
  for (const m of codeMentionSpans(text)) {
    if (entryCodeOf(m.code) === selfCode) continue;
    if (m.index > at) out.push(text.slice(at, m.index));
    out.push(
      <button key={m.index} type="button" className="code-link inline" data-testid="inline-code-link" data-code={m.code} onClick={() => onOpen(m.code)}>
        {text.slice(m.index, m.index + m.length)}
      </button>,
    );
    at = m.index + m.length;
  }
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}
