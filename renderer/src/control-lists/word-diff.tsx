import type { WordPart } from '../../../shared/control-lists/types';

/** Word-level changes as <ins>/<del>, so they read (and copy) as edits, not just colours. */
export function WordDiff({ parts }: { parts: WordPart[] }) {
  return (
    <>
      {parts.map((p, i) => (p.added ? <ins key={i}>{p.value}</ins> : p.removed ? <del key={i}>{p.value}</del> : <span key={i}>{p.value}</span>))}
    </>
  );
}
