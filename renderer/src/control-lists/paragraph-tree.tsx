import { useEffect, useRef } from 'react';
import type { ControlParagraph } from '../../../shared/control-lists/types';
import { LinkedText } from './linked-text';

const INDENT_REM = 1.25;

/**
 * The entry's paragraphs indented by depth. Item paragraphs carry their label (a.1); notes and
 * running text are set apart so an officer never reads a note as a control parameter.
 */
export function ParagraphTree({
  paragraphs,
  entryCode,
  focusCode,
  onOpen,
}: {
  paragraphs: ControlParagraph[];
  entryCode: string;
  /** A paragraph to scroll to and mark, when the entry was opened through a paragraph code. */
  focusCode: string | null;
  onOpen: (code: string) => void;
}) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!focusCode || !list.current) return;
    const el = list.current.querySelector<HTMLElement>(`[data-code="${CSS.escape(focusCode)}"]`);
    el?.scrollIntoView({ block: 'center' });
  }, [focusCode, paragraphs]);

  if (paragraphs.length === 0) {
    return <p className="muted">This version of the list gives no item paragraphs for this entry; the heading describes what is controlled.</p>;
  }
  return (
    <ol className="paragraphs" ref={list} data-testid="entry-paragraphs">
      {paragraphs.map((p) => (
        <li
          key={p.ordinal}
          className={`para para-${p.kind}${focusCode && p.code === focusCode ? ' focused' : ''}`}
          data-code={p.code ?? undefined}
          data-ordinal={p.ordinal}
          tabIndex={-1}
          style={{ marginLeft: `${Math.min(p.depth, 8) * INDENT_REM}rem` }}
        >
          {p.kind === 'note' ? (
            <span className="para-label note-label">{p.label ?? 'Note'}</span>
          ) : (
            p.label && <span className="para-label">{p.label}</span>
          )}
          <span className="para-text">
            <LinkedText text={p.text} selfCode={entryCode} onOpen={onOpen} />
          </span>
        </li>
      ))}
    </ol>
  );
}
