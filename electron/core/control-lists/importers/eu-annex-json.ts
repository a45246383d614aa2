import { z } from 'zod';
import { normalizeCode } from '../../../../shared/control-lists/codes';
import { jsonShapeError } from '../shape-error';
import { EU_ANNEX_I, type ImportOptions, type ParsedEntry, type ParsedParagraph, type ParsedSnapshot } from '../parsed';

/** The EU Annex I JSON generated from EUR-Lex (Regulation (EU) 2021/821); see ../shared/data/README.md. */
const EuEntry = z.object({
  entry_code: z.string().trim().min(1, 'the entry code is empty'),
  category: z.string(),
  verbatim_text: z.string().min(1, 'the entry has no text'),
});

const EuFile = z.object({
  corpus_version: z.string().optional(),
  celex: z.string().optional(),
  valid_from: z.string().optional(),
  retrieved_at: z.string().optional(),
  source_url: z.string().optional(),
  attribution: z.string().optional(),
  entries: z.array(EuEntry),
  docs: z.array(z.object({ doc_type: z.string(), title: z.string(), verbatim_text: z.string() })).optional(),
  geas: z.array(z.object({ id: z.string(), title: z.string(), verbatim_text: z.string() })).optional(),
});

export const EU_DEFAULT_ATTRIBUTION =
  '© European Union, http://eur-lex.europa.eu/ — reuse permitted provided the source is acknowledged. Only the Official Journal is authentic.';

export function looksLikeEuAnnexJson(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'entries' in data && ('celex' in data || 'corpus_version' in data);
}

const LINE = /^([0-9][A-E][0-9]{3}(?:\.[a-z0-9]+)*)\.?\s+(.*)$/;
const NOTE = /^(Note|Notes|N\.B\.|Technical Note|Technical Notes)\b[^:]*:?/;

export function parseEuAnnexJson(data: unknown, text: string, opts: ImportOptions): ParsedSnapshot {
  const parsed = EuFile.safeParse(data);
  if (!parsed.success) {
    throw jsonShapeError(opts.fileName, text, parsed.error, (i) => {
      const e = (data as { entries?: { entry_code?: unknown }[] }).entries?.[i];
      return typeof e?.entry_code === 'string' ? e.entry_code : undefined;
    });
  }
  const file = parsed.data;
  const entries = file.entries.map((e, i): ParsedEntry => {
    const code = normalizeCode(e.entry_code);
    const lines = e.verbatim_text.split('\n').filter((l) => l.trim() !== '');
    const first = LINE.exec(lines[0] ?? '');
    const heading = first && normalizeCode(first[1]!) === code ? first[2]!.trim() : (lines[0] ?? '').trim();
    return {
      code,
      category: e.category || code.slice(0, 1),
      productGroup: code.slice(1, 2),
      heading,
      reasonsText: null,
      reasons: [],
      chartRows: [],
      licenseExceptions: [],
      relatedControls: null,
      paragraphs: lines.slice(first ? 1 : 0).map((l) => euParagraph(code, l)),
      location: `entry ${i + 1} (${code})`,
    };
  });
  return {
    list: { ...EU_ANNEX_I },
    versionLabel: opts.versionLabel ?? file.corpus_version ?? 'undated',
    effectiveDate: opts.effectiveDate ?? file.valid_from ?? null,
    sourceUrl: opts.sourceUrl ?? file.source_url ?? null,
    retrievedAt: file.retrieved_at ?? null,
    attribution: file.attribution ?? EU_DEFAULT_ATTRIBUTION,
    citation: `Regulation (EU) 2021/821, Annex I${file.corpus_version ? ` (consolidated text ${file.corpus_version})` : ''}`,
    entries,
    documents: [
      ...(file.docs ?? []).map((d, i) => ({ kind: d.doc_type, key: `doc-${i + 1}`, title: d.title, text: d.verbatim_text })),
      ...(file.geas ?? []).map((g) => ({ kind: 'gea', key: g.id, title: g.title, text: g.verbatim_text })),
    ],
  };
}

/** "5A001.j.1.a Analysis at ..." is an item at depth 3; "5A001.a Note 1: ..." a note under 5A001.a. */
function euParagraph(entryCode: string, line: string): ParsedParagraph {
  const m = LINE.exec(line);
  if (!m) return { code: null, label: null, kind: 'text', depth: 0, text: line.trim() };
  const code = normalizeCode(m[1]!);
  const rest = m[2]!.trim();
  const depth = Math.max(0, code.split('.').length - 1);
  const note = NOTE.exec(rest);
  if (note) {
    return { code: null, label: `${code} ${note[0].replace(/:$/, '')}`, kind: 'note', depth: depth + 1, text: rest };
  }
  return { code, label: code.slice(entryCode.length + 1) || code, kind: 'item', depth, text: rest };
}
