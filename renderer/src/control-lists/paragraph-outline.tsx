import { useState, type RefObject } from 'react';
import type { ControlParagraph } from '../../../shared/control-lists/types';
import './entry-outline.css';

/** Below this many item paragraphs an entry fits on a screen or two and needs no outline. */
export const OUTLINE_MIN_PARAGRAPHS = 8;

/** Deeper paragraphs (5A002.a.1.a.2) would make the outline as long as the entry. */
const OUTLINE_MAX_DEPTH = 2;

const letterOf = (p: ControlParagraph) => (p.label ?? '').replace(/\.$/, '').split('.').pop() ?? '';
const after = (l: string) => (l.length === 1 ? String.fromCharCode(l.charCodeAt(0) + 1) : '');

/**
 * The entry's own lettered paragraphs, without the lists inside its notes. The list files give a
 * note's "a., b., ..." (5A002.a Note 2: "does not control any of the following items: a. Smart
 * cards ...") as items at the entry's top depth, so they are told apart by their letters: a letter
 * that starts again at or before the entry's last one opens a note's list, which goes on while its
 * letters follow one another; the entry's next letter ends it.
 */
export function mainParagraphs(paragraphs: ControlParagraph[]): ControlParagraph[] {
  const items = paragraphs.filter((p) => p.kind === 'item' && p.label);
  if (items.length === 0) return [];
  const top = Math.min(...items.map((p) => p.depth));
  const out: ControlParagraph[] = [];
  let last: string | null = null;
  let aside: string | null = null;
  for (const p of items) {
    if (p.depth === top) {
      const l = letterOf(p);
      if (aside !== null && l === after(aside)) aside = l;
      else if (last === null || l > last) {
        last = l;
        aside = null;
        out.push(p);
      } else aside = l;
    } else if (aside === null) out.push(p);
  }
  return out;
}

function headline(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 70 ? `${t.slice(0, 68)}…` : t;
}

/**
 * The entry's item paragraphs (a., b., b.1 ...) as a list that stays in view while the entry
 * scrolls: beside it in a wide pane, as a bar to open above it in a narrow one. A click scrolls
 * the paragraph to the top of the pane and marks it, so a 5,000 px entry such as 5A002 can be read
 * by paragraph.
 */
export function ParagraphOutline({ paragraphs, root }: { paragraphs: ControlParagraph[]; root: RefObject<HTMLElement | null> }) {
  const [open, setOpen] = useState(false);
  const shown = mainParagraphs(paragraphs).filter((p) => p.depth <= OUTLINE_MAX_DEPTH);
  const items = paragraphs.filter((p) => p.kind === 'item').length;
  if (items < OUTLINE_MIN_PARAGRAPHS || shown.length < 2) return null;
  const top = Math.min(...shown.map((p) => p.depth));

  function jump(p: ControlParagraph) {
    const el = root.current?.querySelector<HTMLElement>(`[data-ordinal="${p.ordinal}"]`);
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    root.current?.querySelectorAll('.para.jumped').forEach((x) => x.classList.remove('jumped'));
    el.classList.add('jumped');
    el.focus({ preventScroll: true });
    setOpen(false);
  }

  return (
    <nav className={`para-outline${open ? ' open' : ''}`} aria-label="Paragraphs of this entry" data-testid="entry-outline">
      <button type="button" className="link-button para-outline-toggle" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="entry-outline-toggle">
        {open ? 'Hide the paragraphs' : `Go to a paragraph (${shown.length})`}
      </button>
      <h3 className="para-outline-title">Paragraphs</h3>
      <ol className="para-outline-list">
        {shown.map((p) => (
          <li key={p.ordinal} style={{ paddingLeft: `${(p.depth - top) * 0.9}rem` }}>
            <button type="button" className="link-button para-outline-link" title={p.text} onClick={() => jump(p)} data-testid="entry-outline-link" data-code={p.code ?? undefined} data-ordinal={p.ordinal}>
              <span className="para-outline-label">{p.label}</span> {headline(p.text)}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
