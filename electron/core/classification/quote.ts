import type { Database } from 'better-sqlite3';
import type { SupportingRef } from '../../../shared/classification/questionnaire';
import type { Quote, SupportingQuote } from '../../../shared/classification/types';
import type { ListSnapshot } from '../../../shared/control-lists/types';
import { getSnapshot } from '../control-lists/queries';

interface ParagraphRow {
  ordinal: number;
  code: string | null;
  label: string | null;
  kind: string;
  depth: number;
  text: string;
  parent_ordinal: number | null;
}

function prepare(db: Database) {
  return {
    entry: db.prepare('SELECT id, heading FROM control_entries WHERE snapshot_id = ? AND code = ?'),
    paragraphs: db.prepare('SELECT ordinal, code, label, kind, depth, text, parent_ordinal FROM control_paragraphs WHERE entry_id = ? ORDER BY ordinal'),
  };
}
const cache = new WeakMap<Database, ReturnType<typeof prepare>>();
function statements(db: Database) {
  let s = cache.get(db);
  if (!s) cache.set(db, (s = prepare(db)));
  return s;
}

/** What a line starts with: the paragraph's code, or its label unless the text already begins with it (EU "Note:"). */
function lineCode(p: ParagraphRow): string | null {
  if (p.code) return p.code;
  if (!p.label) return null;
  return p.text.startsWith(p.label.replace(/^[0-9][A-E][0-9]{3}(\.[\w.]+)? /, '')) ? null : p.label;
}

function lineText(l: { code: string | null; text: string }): string {
  return l.code ? `${l.code} ${l.text}` : l.text;
}

/**
 * The exact text a classification cites in one list version: the entry heading, then the cited
 * paragraph with the item paragraphs above it (5A002.a before 5A002.a.1, whose meaning depends on
 * it) and the paragraphs under it (5A001.j.1 and j.2 of 5A001.j); for an entry cited as a whole,
 * every paragraph. Null when the version has no such entry or
 * paragraph. A paragraph code printed twice in an entry (a note's own a/b list) means its first
 * occurrence, the item paragraph.
 */
export function quoteCitation(db: Database, snapshot: ListSnapshot | number, entryCode: string, paragraphCode: string | null): Quote | null {
  const s = typeof snapshot === 'number' ? getSnapshot(db, snapshot) : snapshot;
  const st = statements(db);
  const entry = st.entry.get(s.id, entryCode) as { id: number; heading: string } | undefined;
  if (!entry) return null;
  const paragraphs = st.paragraphs.all(entry.id) as ParagraphRow[];
  const lines: { code: string | null; text: string }[] = [{ code: entryCode, text: entry.heading }];
  if (paragraphCode) {
    const target = paragraphs.find((p) => p.code === paragraphCode);
    if (!target) return null;
    const byOrdinal = new Map(paragraphs.map((p) => [p.ordinal, p]));
    const chain: ParagraphRow[] = [];
    for (let p: ParagraphRow | undefined = target; p; p = p.parent_ordinal === null ? undefined : byOrdinal.get(p.parent_ordinal)) {
      if (p === target || (p.kind === 'item' && p.code && p.code !== entryCode)) chain.unshift(p);
    }
    for (const p of chain) lines.push({ code: p.code, text: p.text });
    // The paragraphs under it are part of what it says ("having all of the following:").
    const at = paragraphs.indexOf(target);
    for (let i = at + 1; i < paragraphs.length && paragraphs[i]!.depth > target.depth; i++) {
      const p = paragraphs[i]!;
      lines.push({ code: lineCode(p), text: p.text });
    }
  } else {
    for (const p of paragraphs) lines.push({ code: lineCode(p), text: p.text });
  }
  return {
    listId: s.listId,
    listName: s.listName,
    snapshotId: s.id,
    versionLabel: s.versionLabel,
    effectiveDate: s.effectiveDate,
    entryCode,
    paragraphCode,
    heading: entry.heading,
    lines,
    text: lines.map(lineText).join('\n'),
    attribution: s.attribution,
  };
}

/** A paragraph and the deeper paragraphs under it (a note and its lettered list). */
function withChildren(paragraphs: ParagraphRow[], index: number): string {
  const first = paragraphs[index]!;
  const out = [first];
  for (let i = index + 1; i < paragraphs.length && paragraphs[i]!.depth > first.depth; i++) out.push(paragraphs[i]!);
  // US lists label a note's own list "a", "Note 1"; EU labels carry their code and the text its own "Note 1:".
  const prefix = (p: ParagraphRow) => (!p.label || p.kind === 'text' ? '' : p.kind === 'item' ? `${p.label} ` : /^Note [\w.]+$/.test(p.label) ? `${p.label.slice(5)} ` : '');
  return out.map((p) => `${prefix(p)}${p.text}`).join('\n');
}

/** Note 3 to Category 5 Part 2: US lists print it among the entries of Category 5, the EU list as a category note. */
function cryptographyNote(db: Database, s: ListSnapshot): string | null {
  const hit = db
    .prepare(
      `SELECT p.entry_id AS entryId, p.ordinal FROM control_entries e JOIN control_paragraphs p ON p.entry_id = e.id
       WHERE e.snapshot_id = ? AND e.category = '5' AND p.text LIKE 'Cryptography Note%' ORDER BY e.code, p.ordinal LIMIT 1`,
    )
    .get(s.id) as { entryId: number; ordinal: number } | undefined;
  if (hit) {
    const paragraphs = statements(db).paragraphs.all(hit.entryId) as ParagraphRow[];
    return withChildren(paragraphs, paragraphs.findIndex((p) => p.ordinal === hit.ordinal));
  }
  const doc = db
    .prepare(`SELECT text FROM snapshot_documents WHERE snapshot_id = ? AND title LIKE '%Part 2%' AND text LIKE '%Cryptography Note%' ORDER BY id LIMIT 1`)
    .get(s.id) as { text: string } | undefined;
  if (!doc) return null;
  const start = doc.text.search(/Note 3:?\s*Cryptography Note/);
  if (start < 0) return null;
  const rest = doc.text.slice(start);
  const end = rest.search(/\n\s*Note 4\b/);
  return (end < 0 ? rest : rest.slice(0, end)).trim();
}

function entryNote(db: Database, s: ListSnapshot, entryCode: string, contains: readonly string[]): string | null {
  const entry = statements(db).entry.get(s.id, entryCode) as { id: number } | undefined;
  if (!entry) return null;
  const paragraphs = statements(db).paragraphs.all(entry.id) as ParagraphRow[];
  const needles = contains.map((c) => c.toLowerCase());
  const has = (p: ParagraphRow) => needles.some((n) => p.text.toLowerCase().includes(n));
  // A note rather than an item paragraph that happens to use the words.
  const isNote = (p: ParagraphRow) => p.kind !== 'item' || p.code === null;
  let i = paragraphs.findIndex((p) => isNote(p) && has(p));
  if (i < 0) i = paragraphs.findIndex(has);
  return i < 0 ? null : withChildren(paragraphs, i);
}

/** Other text a candidate relies on, quoted from the same list version; null when the version does not carry it. */
export function supportingQuote(db: Database, snapshot: ListSnapshot, ref: SupportingRef): SupportingQuote | null {
  const text = ref.kind === 'crypto-note' ? cryptographyNote(db, snapshot) : entryNote(db, snapshot, ref.entryCode, ref.contains);
  if (!text) return null;
  return {
    title: ref.kind === 'crypto-note' ? 'Cryptography Note (Note 3 to Category 5 Part 2)' : `Note to ${ref.entryCode}`,
    text,
    snapshotId: snapshot.id,
    versionLabel: snapshot.versionLabel,
    attribution: snapshot.attribution,
  };
}
