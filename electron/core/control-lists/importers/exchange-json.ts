import { z } from 'zod';
import { jsonShapeError } from '../shape-error';
import type { ImportOptions, ParsedSnapshot } from '../parsed';

/**
 * ExportDesk's own exchange format (docs/formats.md): one snapshot, exactly as stored, so an office
 * can hand the list version it classifies against to a laptop in the field.
 */
export const EXCHANGE_FORMAT = 'exportdesk-control-list';
export const EXCHANGE_VERSION = 1;

const Paragraph = z.object({
  code: z.string().nullable(),
  label: z.string().nullable(),
  kind: z.enum(['item', 'note', 'text']),
  depth: z.number().int().min(0),
  text: z.string(),
});

const Entry = z.object({
  code: z.string().trim().min(1, 'the code is empty'),
  category: z.string(),
  productGroup: z.string(),
  heading: z.string(),
  reasonsText: z.string().nullable(),
  reasons: z.array(z.string()),
  chartRows: z.array(z.object({ control: z.string(), countryChart: z.string() })),
  licenseExceptions: z.array(z.object({ symbol: z.string(), text: z.string() })),
  relatedControls: z.string().nullable(),
  paragraphs: z.array(Paragraph),
});

export const ExchangeFile = z.object({
  format: z.literal(EXCHANGE_FORMAT),
  formatVersion: z.literal(EXCHANGE_VERSION, { message: `only version ${EXCHANGE_VERSION} of the exchange format is known` }),
  list: z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    kind: z.enum(['us-ccl', 'eu-annex-i', 'custom']),
  }),
  snapshot: z.object({
    versionLabel: z.string().min(1),
    effectiveDate: z.string().nullable(),
    sourceUrl: z.string().nullable(),
    sourceFileName: z.string(),
    sourceSha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'),
    retrievedAt: z.string().nullable(),
    attribution: z.string().nullable(),
    citation: z.string().nullable(),
  }),
  entries: z.array(Entry),
  documents: z.array(z.object({ kind: z.string(), key: z.string(), title: z.string(), text: z.string() })),
});
export type ExchangeFile = z.infer<typeof ExchangeFile>;

export function looksLikeExchangeJson(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { format?: unknown }).format === EXCHANGE_FORMAT;
}

export function parseExchangeJson(data: unknown, text: string, opts: ImportOptions): ParsedSnapshot {
  const parsed = ExchangeFile.safeParse(data);
  if (!parsed.success) {
    throw jsonShapeError(opts.fileName, text, parsed.error, (i) => {
      const e = (data as { entries?: { code?: unknown }[] }).entries?.[i];
      return typeof e?.code === 'string' ? e.code : undefined;
    });
  }
  const f = parsed.data;
  return {
    list: f.list,
    versionLabel: f.snapshot.versionLabel,
    effectiveDate: f.snapshot.effectiveDate,
    sourceUrl: f.snapshot.sourceUrl,
    retrievedAt: f.snapshot.retrievedAt,
    attribution: f.snapshot.attribution,
    citation: f.snapshot.citation,
    sourceSha256: f.snapshot.sourceSha256,
    sourceFileName: f.snapshot.sourceFileName || undefined,
    entries: f.entries.map((e, i) => ({ ...e, location: `entry ${i + 1} (${e.code})` })),
    documents: f.documents,
  };
}
