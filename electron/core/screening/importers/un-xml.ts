import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { countryCode } from '../../../../shared/countries';
import { AppError } from '../../../../shared/errors';
import { checkName } from './checks';
import { dedupe, type ParsedAlias, type ParsedListEntry, type ParsedScreeningList, type ScreeningImportOptions } from '../parsed';

/**
 * The UN Security Council consolidated list XML. An individual's name is built from its name parts
 * (FIRST_NAME .. FOURTH_NAME); aliases keep the UN's quality ("Good", "Low", "a.k.a."), and the
 * name in original script becomes an alias too, so a query typed in that script still matches.
 */
const ARRAYS = new Set([
  'INDIVIDUAL', 'ENTITY', 'INDIVIDUAL_ALIAS', 'ENTITY_ALIAS', 'INDIVIDUAL_ADDRESS', 'ENTITY_ADDRESS', 'VALUE',
  'INDIVIDUAL_DATE_OF_BIRTH', 'INDIVIDUAL_PLACE_OF_BIRTH', 'INDIVIDUAL_DOCUMENT',
]);

type Node = Record<string, unknown>;
const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');
const values = (v: unknown): string[] => ((v as { VALUE?: unknown[] } | undefined)?.VALUE ?? []).map(text).filter(Boolean);
const list = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : []);

/**
 * The UN publishes its list without a document type declaration. A declaration is how an XML file
 * pulls in other files (an external entity: "file:///etc/passwd", a URL) or multiplies a few bytes
 * into gigabytes (nested internal entities), so one is refused before any parser reads it.
 */
function refuseDeclarations(xml: string, file: string): void {
  const at = xml.search(/<!(DOCTYPE|ENTITY)\b/i);
  if (at < 0) return;
  const line = xml.slice(0, at).split('\n').length;
  throw new AppError(
    'BAD_FILE',
    `${file}, line ${line}: the file declares a document type (<!DOCTYPE), which the UN consolidated list never does; such a declaration can read other files or expand into gigabytes, so the file is refused unread. Download consolidated.xml again from the UN Security Council's website.`,
    { file, line },
  );
}

export function parseUnXml(xml: string, opts: ScreeningImportOptions): ParsedScreeningList {
  const file = opts.fileName;
  refuseDeclarations(xml, file);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new AppError('BAD_FILE', `${file}, line ${valid.err.line}: malformed XML (${valid.err.msg}); the file may be truncated`, {
      file,
      line: valid.err.line,
    });
  }
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ARRAYS.has(name), parseTagValue: false }).parse(xml) as Node;
  const root = doc.CONSOLIDATED_LIST as Node | undefined;
  if (!root) {
    throw new AppError('BAD_FILE', `${file}, line 1: not a UN consolidated list (no CONSOLIDATED_LIST element)`, { file, line: 1 });
  }
  const lineOf = lineFinder(xml);
  const entries: ParsedListEntry[] = [];

  for (const [kind, nodes] of [
    ['individual', list((root.INDIVIDUALS as Node | undefined)?.INDIVIDUAL)],
    ['entity', list((root.ENTITIES as Node | undefined)?.ENTITY)],
  ] as const) {
    for (const n of nodes) {
      const ref = text(n.REFERENCE_NUMBER) || text(n.DATAID);
      const line = lineOf(text(n.DATAID));
      const name = checkName(
        ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map((k) => text(n[k])).filter(Boolean).join(' '),
        file,
        line,
        `name of ${ref || 'an entry'}`,
      );
      const aliases: ParsedAlias[] = list(n[kind === 'individual' ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS'])
        .map((a) => ({ name: text(a.ALIAS_NAME), quality: text(a.QUALITY) || null }))
        .filter((a) => a.name);
      const original = text(n.NAME_ORIGINAL_SCRIPT);
      if (original) aliases.push({ name: original, quality: 'original script' });
      const addresses = list(n[kind === 'individual' ? 'INDIVIDUAL_ADDRESS' : 'ENTITY_ADDRESS']);
      const countries = [...values(n.NATIONALITY), ...addresses.map((a) => text(a.COUNTRY))].map(countryCode).filter((c): c is string => Boolean(c));
      entries.push({
        externalId: ref,
        name,
        aliases,
        type: kind,
        countries: dedupe(countries),
        programs: [text(n.UN_LIST_TYPE)].filter(Boolean),
        addresses: addresses
          .map((a) => ['STREET', 'CITY', 'STATE_PROVINCE', 'ZIP_CODE', 'COUNTRY'].map((k) => text(a[k])).filter(Boolean).join(', '))
          .filter(Boolean),
        remarks: text(n.COMMENTS1) || null,
        sourceList: null,
        line,
      });
    }
  }
  const generated = text((root as Node)['@dateGenerated']);
  return {
    list: { id: 'un-consolidated', name: 'UN Security Council Consolidated List' },
    publishedAt: opts.publishedAt ?? (generated ? generated.slice(0, 10) : null),
    source: 'United Nations Security Council: consolidated.xml',
    entries,
    notes: null,
  };
}

/** Line numbers of each entry's DATAID, found once by scanning the text. */
function lineFinder(xml: string): (dataId: string) => number {
  const lines = new Map<string, number>();
  let line = 1;
  let last = 0;
  for (const m of xml.matchAll(/<DATAID>(\d+)<\/DATAID>/g)) {
    for (let i = last; i < m.index; i++) if (xml.charCodeAt(i) === 10) line++;
    last = m.index;
    lines.set(m[1]!, line);
  }
  return (id) => lines.get(id) ?? 0;
}
