import fs from 'node:fs';
import path from 'node:path';
import { sharedData } from '../unit/helpers';
import { seededRandom } from './seeded-random';

/**
 * Input files for the crash scenarios: the real published lists from ../shared/data when present
 * (they make the operations long enough to be cut in the middle), else generated files of the same
 * size written to a temporary folder, so the scenarios still run in a fresh clone.
 */
export interface InputFile {
  path: string;
  /** Where it came from, for the scenario's report. */
  origin: string;
}

export function realFile(...parts: string[]): string | null {
  const p = sharedData(...parts);
  return fs.existsSync(p) ? p : null;
}

export const ABSENT_NOTE = '../shared/data is absent: using a generated file of similar size instead of the real list';

const SYLLABLES = ['al', 'an', 'ba', 'dar', 'ek', 'fa', 'gor', 'han', 'ib', 'jan', 'ka', 'lev', 'mor', 'nas', 'ov', 'pet', 'qa', 'ras', 'sul', 'tar', 'um', 'vik', 'wen', 'yus', 'zan'];
const FORMS = ['TRADING LLC', 'GROUP', 'SHIPPING CO', 'INDUSTRIES', 'BANK', 'LTD', 'FZE', 'HOLDING'];
const COUNTRIES = ['IR', 'RU', 'KP', 'SY', 'CU', 'VE', 'BY', 'CN', 'AE', 'TR'];

function word(rand: () => number, syllables = 3): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)]!;
  return w.toUpperCase();
}

interface GeneratedEntry {
  id: string;
  name: string;
  aliases: string[];
  type: 'individual' | 'entity';
  country: string;
}

function generatedEntries(count: number, seed: number): GeneratedEntry[] {
  const rand = seededRandom(seed);
  const out: GeneratedEntry[] = [];
  for (let i = 0; i < count; i++) {
    const individual = rand() < 0.5;
    const name = individual ? `${word(rand)}, ${word(rand, 2)} ${word(rand, 3)}` : `${word(rand)} ${word(rand, 2)} ${FORMS[Math.floor(rand() * FORMS.length)]}`;
    const aliases = rand() < 0.4 ? [individual ? `${word(rand, 2)} ${word(rand)}` : `${word(rand)} ${FORMS[0]}`] : [];
    out.push({ id: `G${i + 1}`, name, aliases, type: individual ? 'individual' : 'entity', country: COUNTRIES[Math.floor(rand() * COUNTRIES.length)]! });
  }
  return out;
}

function csvCell(s: string): string {
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A watch list in the custom CSV format; `edition` 2 changes some entries and adds others, like a real update. */
export function writeGeneratedList(dir: string, edition: 1 | 2, count = 15_000): string {
  let entries = generatedEntries(count, 6_000);
  if (edition === 2) {
    const extra = generatedEntries(count + 300, 6_000).slice(count);
    entries = entries.map((e, i) => (i % 50 === 0 ? { ...e, aliases: [...e.aliases, `${e.name} (FORMERLY)`] } : e)).concat(extra);
  }
  const file = path.join(dir, `generated-watch-list-2024-0${edition}-01.csv`);
  const lines = ['id,name,aliases,type,country', ...entries.map((e) => [e.id, e.name, e.aliases.join(';'), e.type, e.country].map(csvCell).join(','))];
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** The input to lists.import for a generated list (custom CSV needs its list named). */
export function generatedListInput(file: string, edition: 1 | 2): Record<string, unknown> {
  return { source: { path: file }, format: 'custom-csv', listId: 'generated-watch-list', listName: 'Generated watch list', publishedAt: `2024-0${edition}-01` };
}

/** A CCL-shaped JSON file with as many entries and paragraphs as the real one. */
export function writeGeneratedCcl(dir: string, entries = 640, itemsPerEntry = 14): string {
  const rand = seededRandom(7_000);
  const list = [];
  for (let i = 0; i < entries; i++) {
    const eccn = `${i % 10}${'ABCDE'[i % 5]}${String(100 + i).padStart(3, '0')}`;
    const items = [];
    for (let k = 0; k < itemsPerEntry; k++) {
      const letter = String.fromCharCode(97 + (k % 26));
      items.push({ paragraph: `${letter}`, kind: 'item', depth: 1, text: `${word(rand)} ${word(rand)} equipment with ${word(rand, 2)} exceeding ${k + 1} units.` });
    }
    list.push({
      eccn,
      category: String(i % 10),
      productGroup: 'ABCDE'[i % 5]!,
      heading: `Generated ${word(rand)} systems ${i}`,
      reasonForControl: 'NS, AT',
      countryChart: [{ control: 'NS applies to entire entry', countryChart: 'NS Column 2' }],
      licenceExceptionFlags: { LVS: 'N/A' },
      relatedControls: null,
      items,
    });
  }
  const file = path.join(dir, 'generated-ccl-2026-07-23.json');
  fs.writeFileSync(file, JSON.stringify({ citation: 'generated for the crash tests', source: { url: 'https://example.invalid' }, ecfrIssueDate: '2026-07-23', retrievedAt: '2026-07-24T00:00:00.000Z', entries: list }));
  return file;
}

/** Listed names to screen, so a share of the screened names produce hits (more rows to write). */
export function listedNames(listFile: string, count: number): string[] {
  const text = fs.readFileSync(listFile, 'utf8');
  const names: string[] = [];
  const seen = new Set<string>();
  const generated = text.startsWith('id,name,');
  for (const line of text.split(/\r?\n/).slice(generated ? 1 : 0)) {
    // OFAC: 36,"NAME",...   custom CSV: G1,NAME,...
    const m = generated ? /^[^,]*,("(?:[^"]|"")*"|[^,]*)/.exec(line) : /^\d+,"((?:[^"]|"")*)"/.exec(line);
    const name = m?.[1]?.replace(/^"|"$/g, '').replace(/""/g, '"').trim();
    // Party imports refuse a name twice; the folded form is what they compare.
    if (name && !seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase());
      names.push(name);
    }
    if (names.length >= count) break;
  }
  return names;
}

/** A made-up counterparty name that no list should carry. */
export function madeUpName(i: number): string {
  return `Crashtest ${['Photonics', 'Instruments', 'Logistics', 'Networks', 'Optics'][i % 5]} ${i} GmbH`;
}
