import { z } from 'zod';
import { normalizeCode } from '../../../../shared/control-lists/codes';
import type { ParagraphKind } from '../../../../shared/control-lists/types';
import { jsonShapeError } from '../shape-error';
import { splitReasons, US_CCL, type ImportOptions, type ParsedEntry, type ParsedParagraph, type ParsedSnapshot } from '../parsed';

/** The US CCL JSON generated from the eCFR (15 CFR 774 Supp. No. 1); see ../shared/data/README.md. */
const CclItem = z.object({
  paragraph: z.string().nullable(),
  kind: z.enum(['item', 'note', 'text']),
  depth: z.number().int().min(0),
  text: z.string(),
});

const CclEntry = z.object({
  eccn: z.string().trim().min(1, 'the ECCN is empty'),
  category: z.string(),
  productGroup: z.string(),
  heading: z.string(),
  reasonForControl: z.string().nullable().optional(),
  countryChart: z.array(z.object({ control: z.string(), countryChart: z.string() })).nullable().optional(),
  licenceExceptionFlags: z.record(z.string(), z.string()).nullable().optional(),
  relatedControls: z.string().nullable().optional(),
  items: z.array(CclItem).nullable().optional(),
  topLevelParagraphs: z.record(z.string(), z.string()).nullable().optional(),
});

const CclFile = z.object({
  citation: z.string().optional(),
  source: z.object({ url: z.string() }).partial().optional(),
  ecfrIssueDate: z.string().optional(),
  retrievedAt: z.string().optional(),
  entries: z.array(CclEntry),
});

export function looksLikeCclJson(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'entries' in data && 'ecfrIssueDate' in data;
}

export function parseCclJson(data: unknown, text: string, opts: ImportOptions): ParsedSnapshot {
  const parsed = CclFile.safeParse(data);
  if (!parsed.success) {
    throw jsonShapeError(opts.fileName, text, parsed.error, (i) => {
      const e = (data as { entries?: { eccn?: unknown }[] }).entries?.[i];
      return typeof e?.eccn === 'string' ? e.eccn : undefined;
    });
  }
  const file = parsed.data;
  const entries = file.entries.map((e, i): ParsedEntry => {
    const code = normalizeCode(e.eccn);
    return {
      code,
      category: e.category,
      productGroup: e.productGroup,
      heading: e.heading,
      reasonsText: e.reasonForControl ?? null,
      reasons: splitReasons(e.reasonForControl),
      chartRows: e.countryChart ?? [],
      licenseExceptions: Object.entries(e.licenceExceptionFlags ?? {}).map(([symbol, t]) => ({ symbol, text: t })),
      relatedControls: e.relatedControls ?? null,
      paragraphs: cclParagraphs(code, e.items ?? [], e.topLevelParagraphs ?? {}),
      location: `entry ${i + 1} (${code})`,
    };
  });
  return {
    list: { ...US_CCL },
    versionLabel: opts.versionLabel ?? `eCFR ${file.ecfrIssueDate ?? 'undated'}`,
    effectiveDate: opts.effectiveDate ?? file.ecfrIssueDate ?? null,
    sourceUrl: opts.sourceUrl ?? file.source?.url ?? null,
    retrievedAt: file.retrievedAt ?? null,
    attribution: 'US federal regulatory text (15 CFR Part 774, Supplement No. 1), public domain; from the eCFR.',
    citation: file.citation ?? '15 C.F.R. Part 774, Supplement No. 1',
    entries,
    documents: [],
  };
}

/**
 * Item paragraphs get their full code (a.1 -> 5A002.a.1); notes and running text keep only their
 * label. Entries outside the deep categories carry only their top-level paragraphs.
 */
function cclParagraphs(
  eccn: string,
  items: z.infer<typeof CclItem>[],
  topLevel: Record<string, string>,
): ParsedParagraph[] {
  if (items.length === 0) {
    return Object.entries(topLevel).map(([label, text]) => ({
      code: `${eccn}.${label}`,
      label,
      kind: 'item' as ParagraphKind,
      depth: 1,
      text,
    }));
  }
  return items.map((it) => ({
    code: it.kind === 'item' && it.paragraph ? `${eccn}.${it.paragraph}` : null,
    label: it.paragraph ? (it.kind === 'note' ? `Note ${it.paragraph}` : it.paragraph) : null,
    kind: it.kind,
    depth: it.depth,
    text: it.text,
  }));
}
