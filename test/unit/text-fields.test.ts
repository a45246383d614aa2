/**
 * Text that hides what it says: every free-text field of the contract refuses control characters,
 * bidi overrides and isolates, zero-width characters and line separators, naming the field, while
 * Arabic and Hebrew names pass. The walk at the end keeps a new field from slipping past the check.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract } from '../../shared/contract';
import { textChecks } from '../../shared/contract/text-fields';
import { escapeHidden, escapeHiddenInJson, hiddenCharacterIn } from '../../shared/hidden-characters';
import { cleanupTemp, openTempWorkspace } from './helpers';

afterEach(cleanupTemp);

/** One case per kind of character the issue found accepted, with why each is dangerous. */
const HIDDEN_CASES: { name: string; ch: string; kind: string }[] = [
  { name: 'NUL (cuts the string in C code and many viewers)', ch: '\u0000', kind: 'control' },
  { name: 'escape (starts a terminal escape sequence)', ch: '\u001b[2J', kind: 'control' },
  { name: 'backspace (erases the character before it)', ch: '\u0008', kind: 'control' },
  { name: 'carriage return (overwrites the line)', ch: '\r', kind: 'control' },
  { name: 'delete', ch: '\u007f', kind: 'control' },
  { name: 'C1 control sequence introducer', ch: '\u009b', kind: 'control' },
  { name: 'right-to-left override U+202E', ch: '\u202e', kind: 'bidi' },
  { name: 'left-to-right embedding U+202A', ch: '\u202a', kind: 'bidi' },
  { name: 'right-to-left isolate U+2067', ch: '\u2067', kind: 'bidi' },
  { name: 'pop directional isolate U+2069', ch: '\u2069', kind: 'bidi' },
  { name: 'zero-width space U+200B', ch: '\u200b', kind: 'zero-width' },
  { name: 'zero-width joiner U+200D', ch: '\u200d', kind: 'zero-width' },
  { name: 'word joiner U+2060', ch: '\u2060', kind: 'zero-width' },
  { name: 'byte order mark U+FEFF', ch: '\ufeff', kind: 'zero-width' },
  { name: 'line separator U+2028', ch: '\u2028', kind: 'separator' },
  { name: 'paragraph separator U+2029', ch: '\u2029', kind: 'separator' },
];

describe('hidden characters in typed text', () => {
  it.each(HIDDEN_CASES)('a party name with $name is refused, naming the field', async ({ ch, kind }) => {
    const { core, db } = openTempWorkspace();
    const r = await core.call('parties.create', { legalName: `Acme${ch} Trading`, kind: 'commercial', country: 'DE' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_INPUT');
    expect(r.error.field).toBe('legalName');
    expect(r.error.message).toMatch(/^the legal name contains /);
    expect(hiddenCharacterIn(`x${ch}`)?.kind).toBe(kind);
    expect((db.prepare('SELECT count(*) AS n FROM parties').get() as { n: number }).n).toBe(0);
  });

  it.each(HIDDEN_CASES)('a document file name with $name is refused', async ({ ch }) => {
    const { core } = openTempWorkspace();
    const party = await core.call('parties.create', { legalName: 'Acme Trading', kind: 'commercial', country: 'DE' });
    if (!party.ok) throw new Error(party.error.message);
    const r = await core.call('parties.attachDocument', {
      partyId: party.value.party.id,
      docType: 'end-user-statement',
      source: { name: `statement${ch}fdp.exe.pdf`, base64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toMatch(/^the file name contains /);
  });

  it.each(HIDDEN_CASES.filter((c) => c.ch !== '\r'))('a multi-line note with $name is refused too', async ({ ch }) => {
    const { core } = openTempWorkspace();
    const r = await core.call('items.create', { name: 'Router', itemType: 'commodity', notes: `line one\nline${ch} two` });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.field).toBe('notes');
  });

  it('notes and addresses keep line breaks and tabs; Windows line ends become \\n', async () => {
    const { core } = openTempWorkspace();
    const r = await core.call('parties.create', {
      legalName: 'Acme Trading',
      kind: 'commercial',
      country: 'DE',
      notes: 'first line\r\nsecond\tline',
      addresses: [{ street: 'Hauptstraße 1\nHinterhaus', city: 'Berlin', country: 'DE' }],
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.party.notes).toBe('first line\nsecond\tline');
    expect(r.value.party.addresses[0]!.street).toBe('Hauptstraße 1\nHinterhaus');
  });

  it('a line break in a one-line field (the legal name) is refused', async () => {
    const { core } = openTempWorkspace();
    const r = await core.call('parties.create', { legalName: 'Acme\nTrading', kind: 'commercial', country: 'DE' });
    expect(r.ok).toBe(false);
  });

  it.each([
    { script: 'Arabic', name: 'شركة النور للتجارة' },
    { script: 'Hebrew', name: 'חברת אורות בע״מ' },
    { script: 'Arabic with Latin', name: 'Al-Noor Trading شركة النور' },
  ])('an $script name is accepted as typed', async ({ name }) => {
    const { core } = openTempWorkspace();
    const r = await core.call('parties.create', { legalName: name, kind: 'commercial', country: 'AE', otherNames: [{ type: 'trade', name }] });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.party.legalName).toBe(name);
  });
});

describe('escaping stored text for a terminal', () => {
  it('shows each hidden character as \\u{..} and leaves letters of every script alone', () => {
    expect(escapeHidden('Acme\u001b[2J\u202eexe.pdf')).toBe('Acme\\u{1b}[2J\\u{202e}exe.pdf');
    expect(escapeHidden('a\u0000b\u0008c\u009bd\u200be\u2028f')).toBe('a\\u{0}b\\u{8}c\\u{9b}d\\u{200b}e\\u{2028}f');
    expect(escapeHidden('שלום مرحبا\nnext\tline\r\nCSV')).toBe('שלום مرحبا\nnext\tline\r\nCSV');
    expect(escapeHidden('Approved\rDenied')).toBe('Approved\\u{d}Denied');
  });

  it('escapes JSON text so that it still parses to the same value', () => {
    const value = { name: 'x\u009b\u202ey\u2029' };
    const json = escapeHiddenInJson(JSON.stringify(value, null, 2));
    expect(json).not.toMatch(/[\u009b\u202e\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

/** Walks a schema and names every string that is neither built in text-fields.ts nor a fixed format. */
function uncheckedStrings(schema: z.ZodType, path: string, out: string[]): void {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const walk = (s: unknown, p: string) => uncheckedStrings(s as z.ZodType, p, out);
  switch (def.type) {
    case 'string': {
      const checks = (def.checks as { _zod: { def: { check: string; format?: string } } }[] | undefined) ?? [];
      const checked = checks.some((c) => textChecks.has(c));
      const fixedFormat = def.format !== undefined || checks.some((c) => c._zod.def.check === 'string_format');
      // The bytes of a file handed over by a browser file picker are data, not text anyone reads.
      if (!checked && !fixedFormat && !path.endsWith('.base64')) out.push(path);
      return;
    }
    case 'object':
      for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) walk(v, `${path}.${k}`);
      return;
    case 'array':
      return walk(def.element, `${path}[]`);
    case 'union':
      (def.options as unknown[]).forEach((o, i) => walk(o, `${path}|${i}`));
      return;
    case 'record':
      walk(def.keyType, `${path}{key}`);
      return walk(def.valueType, `${path}{value}`);
    case 'intersection':
      walk(def.left, path);
      return walk(def.right, path);
    case 'pipe':
      walk(def.in, path);
      return walk(def.out, path);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return walk(def.innerType, path);
    default:
      return;
  }
}

describe('every free-text field of every contract goes through text-fields.ts', () => {
  it('no contract input holds a bare z.string()', () => {
    const unchecked: string[] = [];
    for (const [name, spec] of Object.entries(contract)) uncheckedStrings(spec.input as z.ZodType, name, unchecked);
    expect(unchecked).toEqual([]);
  });
});
