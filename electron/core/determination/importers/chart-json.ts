import { z } from 'zod';
import { countryName } from '../../../../shared/countries';
import type { AllDestinationsEntries, ChartDestination } from '../../../../shared/determination/types';
import { jsonShapeError } from '../../control-lists/shape-error';
import { foldName, resolveCountryName } from '../country-names';
import { fileFault, type ParsedDestinations } from '../parsed';

/** The Commerce Country Chart JSON generated from the eCFR (Supp. No. 1 to 15 CFR Part 738); see ../shared/data/README.md. */
const ChartFile = z.object({
  citation: z.string().optional(),
  source: z.object({ url: z.string() }).partial().optional(),
  ecfrIssueDate: z.string().optional(),
  retrievedAt: z.string().optional(),
  procedure: z.unknown().optional(),
  notes: z.record(z.string(), z.string()).optional(),
  columns: z.array(z.string().regex(/^[A-Z]{2} [1-3]$/, 'a column is two capital letters and a number, like "NS 1"')).min(1),
  columnLabels: z.record(z.string(), z.string()).optional(),
  countries: z.record(z.string(), z.object({ marks: z.array(z.string()), footnotes: z.array(z.number().int()) })),
  embargoed: z.record(z.string(), z.object({ pointer: z.string().min(1), footnotes: z.array(z.number().int()) })).optional(),
  footnotes: z.record(z.string(), z.string()).optional(),
  aliases: z.record(z.string(), z.string()).optional(),
  territoryInheritance: z.record(z.string(), z.object({ row: z.string(), basis: z.string() })).optional(),
  territoryInheritanceNote: z.string().optional(),
  allDestinationsEntries: z
    .object({
      citation: z.string().optional(),
      note: z.string().optional(),
      noLicenceExceptions: z.array(z.string()).optional(),
      govOnly: z.object({ entries: z.array(z.string()), condition: z.string().optional() }).optional(),
    })
    .optional(),
});

export function looksLikeChartJson(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'columns' in data && 'countries' in data;
}

export function parseChartJson(data: unknown, text: string, fileName: string): ParsedDestinations {
  const parsed = ChartFile.safeParse(data);
  if (!parsed.success) throw jsonShapeError(fileName, text, parsed.error, () => undefined);
  const file = parsed.data;
  const aliases = file.aliases ?? {};
  const footnotes = file.footnotes ?? {};
  const fault = (path: (string | number)[], message: string) => fileFault(fileName, text, path, message);

  const byCode = new Map<string, ChartDestination>();
  const where = new Map<string, string>();
  const codeOf = (name: string, path: (string | number)[]): string => {
    const code = resolveCountryName(name, aliases);
    if (!code) throw fault(path, `"${name}" is not a country name ExportDesk can map to an ISO code (add an alias for it to the file's "aliases")`);
    return code;
  };
  const add = (d: ChartDestination, path: (string | number)[]) => {
    const first = where.get(d.code);
    if (first) throw fault(path, `"${d.name}" and ${first} both map to ISO code ${d.code}`);
    where.set(d.code, `"${d.name}"`);
    byCode.set(d.code, d);
  };
  const checkFootnotes = (list: number[], path: (string | number)[]) =>
    list.forEach((n, i) => {
      if (!(String(n) in footnotes)) throw fault([...path, 'footnotes', i], `footnote ${n} is not in the file's "footnotes"`);
    });

  for (const [name, row] of Object.entries(file.countries)) {
    const path = ['countries', name];
    row.marks.forEach((m, i) => {
      if (!file.columns.includes(m)) throw fault([...path, 'marks', i], `"${m}" is not one of the chart's columns (${file.columns.join(', ')})`);
    });
    checkFootnotes(row.footnotes, path);
    add({ code: codeOf(name, path), name, kind: 'row', marks: row.marks, footnotes: row.footnotes, embargoPointer: null, inheritsFrom: null, inheritanceBasis: null }, path);
  }
  for (const [name, row] of Object.entries(file.embargoed ?? {})) {
    const path = ['embargoed', name];
    checkFootnotes(row.footnotes, path);
    add({ code: codeOf(name, path), name, kind: 'embargoed', marks: [], footnotes: row.footnotes, embargoPointer: row.pointer, inheritsFrom: null, inheritanceBasis: null }, path);
  }
  const rowNames = new Map([...byCode.values()].map((d) => [foldName(d.name), d.code]));

  for (const [alias, target] of Object.entries(aliases)) {
    if (!rowNames.has(foldName(target))) throw fault(['aliases', alias], `"${target}" is not a row of the chart`);
  }
  // § 738.3(b): a territory takes the row of the country the file names (Hong Kong -> China).
  for (const [territory, inh] of Object.entries(file.territoryInheritance ?? {})) {
    const path = ['territoryInheritance', territory];
    const code = codeOf(territory, path);
    const parent = rowNames.get(foldName(inh.row));
    if (!parent) throw fault([...path, 'row'], `"${inh.row}" is not a row of the chart`);
    if (parent === code) throw fault([...path, 'row'], `"${territory}" cannot inherit its own row`);
    const own = byCode.get(code);
    if (own) byCode.set(code, { ...own, inheritsFrom: parent, inheritanceBasis: inh.basis });
    else byCode.set(code, { code, name: countryName(code) ?? territory, kind: 'territory', marks: [], footnotes: [], embargoPointer: null, inheritsFrom: parent, inheritanceBasis: inh.basis });
  }

  const names: Record<string, string> = {};
  for (const d of byCode.values()) names[foldName(d.name)] = d.code;
  for (const [alias, target] of Object.entries(aliases)) names[foldName(alias)] = rowNames.get(foldName(target))!;
  for (const t of Object.keys(file.territoryInheritance ?? {})) names[foldName(t)] = codeOf(t, ['territoryInheritance', t]);

  const all = file.allDestinationsEntries;
  const allDestinations: AllDestinationsEntries | null = all
    ? {
        citation: all.citation ?? '15 C.F.R. 738.3(a)(1)',
        note: all.note ?? 'A license is required for all destinations for items controlled under these entries.',
        entries: [...(all.noLicenceExceptions ?? []).map((t) => ({ text: t, govOnly: false })), ...(all.govOnly?.entries ?? []).map((t) => ({ text: t, govOnly: true }))],
        govOnlyCondition: all.govOnly?.condition ?? null,
      }
    : null;

  const issueDate = file.ecfrIssueDate ?? null;
  return {
    kind: 'country-chart',
    versionLabel: `eCFR ${issueDate ?? 'undated'}`,
    issueDate,
    sourceUrl: file.source?.url ?? null,
    retrievedAt: file.retrievedAt ?? null,
    citation: file.citation ?? '15 C.F.R. Part 738, Supplement No. 1 (Commerce Country Chart)',
    destinations: [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code)),
    meta: {
      columns: file.columns,
      columnLabels: file.columnLabels ?? {},
      footnotes,
      names,
      allDestinations,
      notes: file.notes ?? {},
      procedure: file.procedure ?? null,
      territoryInheritanceNote: file.territoryInheritanceNote ?? null,
    },
  };
}
