import type { Database } from 'better-sqlite3';
import { diffWords } from 'diff';
import type { ControlParagraph, EntryChange, ParagraphChange, SnapshotDiff, WordPart } from '../../../shared/control-lists/types';
import { AppError } from '../../../shared/errors';
import { getSnapshot, loadEntryRows, loadParagraphRows, type EntryRow } from './queries';

export function wordDiff(before: string, after: string): WordPart[] {
  return diffWords(before, after).map((p) => ({
    value: p.value,
    ...(p.added ? { added: true } : {}),
    ...(p.removed ? { removed: true } : {}),
  }));
}

/**
 * Paragraphs are matched by code (or label) and occurrence: the same label can appear twice in
 * one entry (a note's own a/b list), and matching by position alone would call every later
 * paragraph "changed" after one insertion.
 */
function keyed(paragraphs: ControlParagraph[]): Map<string, ControlParagraph> {
  const counts = new Map<string, number>();
  const out = new Map<string, ControlParagraph>();
  for (const p of paragraphs) {
    const base = p.code ?? (p.label ? `${p.kind}:${p.label}` : `${p.kind}:${p.text.slice(0, 60)}`);
    const n = (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    out.set(n > 1 ? `${base}#${n}` : base, p);
  }
  return out;
}

function diffParagraphs(a: ControlParagraph[], b: ControlParagraph[]): ParagraphChange[] {
  const ka = keyed(a);
  const kb = keyed(b);
  const changes: ParagraphChange[] = [];
  for (const [key, pb] of kb) {
    const pa = ka.get(key);
    if (!pa) changes.push({ key, code: pb.code, label: pb.label, change: 'added', before: null, after: pb.text, words: [{ value: pb.text, added: true }] });
    else if (pa.text !== pb.text) {
      changes.push({ key, code: pb.code, label: pb.label, change: 'changed', before: pa.text, after: pb.text, words: wordDiff(pa.text, pb.text) });
    }
  }
  for (const [key, pa] of ka) {
    if (!kb.has(key)) changes.push({ key, code: pa.code, label: pa.label, change: 'removed', before: pa.text, after: null, words: [{ value: pa.text, removed: true }] });
  }
  return changes;
}

export function diffSnapshots(db: Database, fromId: number, toId: number): SnapshotDiff {
  const from = getSnapshot(db, fromId);
  const to = getSnapshot(db, toId);
  if (from.listId !== to.listId) {
    throw new AppError('INVALID_INPUT', `Snapshots #${fromId} (${from.listName}) and #${toId} (${to.listName}) are of different lists; only snapshots of one list can be compared`);
  }
  const load = (id: number) => {
    const entries = new Map(loadEntryRows(db, id).map((e) => [e.code, e]));
    const paras = new Map<number, ControlParagraph[]>();
    for (const p of loadParagraphRows(db, id)) {
      const list = paras.get(p.entryId) ?? [];
      list.push(p);
      paras.set(p.entryId, list);
    }
    return { entries, paras };
  };
  const A = load(fromId);
  const B = load(toId);
  const entries: EntryChange[] = [];
  const fieldsOf = (e: EntryRow) => ({
    reasons: e.reasons_text,
    'chart rows': e.chart_rows_json,
    'license exceptions': e.license_exceptions_json,
    'related controls': e.related_controls,
  });

  for (const [code, eb] of B.entries) {
    const ea = A.entries.get(code);
    const pb = B.paras.get(eb.id) ?? [];
    if (!ea) {
      entries.push({
        code, change: 'added', headingBefore: null, headingAfter: eb.heading, fields: [], headingWords: [{ value: eb.heading, added: true }],
        paragraphs: diffParagraphs([], pb),
      });
      continue;
    }
    const paragraphs = diffParagraphs(A.paras.get(ea.id) ?? [], pb);
    const fields: string[] = [];
    if (ea.heading !== eb.heading) fields.push('heading');
    const fa = fieldsOf(ea);
    const fb = fieldsOf(eb);
    for (const k of Object.keys(fa) as (keyof typeof fa)[]) if (fa[k] !== fb[k]) fields.push(k);
    if (paragraphs.length) fields.push('paragraphs');
    if (fields.length) {
      entries.push({
        code, change: 'changed', headingBefore: ea.heading, headingAfter: eb.heading, fields,
        headingWords: ea.heading === eb.heading ? [{ value: eb.heading }] : wordDiff(ea.heading, eb.heading),
        paragraphs,
      });
    }
  }
  for (const [code, ea] of A.entries) {
    if (!B.entries.has(code)) {
      entries.push({
        code, change: 'removed', headingBefore: ea.heading, headingAfter: null, fields: [], headingWords: [{ value: ea.heading, removed: true }],
        paragraphs: diffParagraphs(A.paras.get(ea.id) ?? [], []),
      });
    }
  }
  entries.sort((x, y) => x.code.localeCompare(y.code));
  const count = (k: string) => entries.filter((e) => e.change === k).length;
  return { from, to, added: count('added'), removed: count('removed'), changed: count('changed'), entries };
}
