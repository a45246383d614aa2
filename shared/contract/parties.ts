import { z } from 'zod';
import { isCountryCode } from '../countries';
import { RED_FLAG_IDS, RED_FLAGS } from '../parties/red-flags';
import {
  ADDRESS_TYPES,
  IDENTIFIER_TYPES,
  KYC_ANSWERS,
  KYC_STATES,
  NAME_TYPES,
  PARTY_KINDS,
  PARTY_ROLES,
  SCREENING_STATES,
  type ImportPreview,
  type PartiesScreened,
  type Party,
  type PartyPage,
  type SimilarParty,
} from '../parties/types';
import { DOCUMENT_TYPES, type StoredDocument } from '../documents/types';
import { FileSource } from './controls';
import { method } from './define';
import { CsvImportInput, pageFields, type CsvExportResult, type CsvImportResult } from './record-lists';
import { optLines, optText, reqText, text } from './text-fields';
import type { AuditRow } from './workspace';

/** Optional text: trimmed, empty as null, left undefined when not given (an update leaves it alone). */

export const CountryCode = text('the country')
  .trim()
  .superRefine((v, ctx) => {
    if (!isCountryCode(v.toUpperCase())) {
      ctx.addIssue({ code: 'custom', message: v ? `"${v}" is not an ISO 3166 country code (two letters, such as DE or US)` : 'the country is required' });
    }
  })
  .transform((v) => v.toUpperCase());

export const PartyKindInput = z.enum(PARTY_KINDS, { message: `the kind must be one of ${PARTY_KINDS.join(', ')}` });

const LegalName = reqText(300, 'the legal name').refine((s) => s === '' || /[\p{L}\p{N}]/u.test(s), 'the legal name must contain letters or digits');

/** A web address as people type it ("example.com" or "https://example.com"); never opened by ExportDesk. */
export function isWebAddress(v: string): boolean {
  if (/\s/.test(v)) return false;
  try {
    const u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(v) ? v : `https://${v}`);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

const Website = optText(500, 'the website').refine((v) => !v || isWebAddress(v), 'the website must be a web address such as https://example.com');

const Email = optText(254, 'the e-mail address').refine((v) => !v || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'the e-mail address is not valid');

const OtherName = z.object({
  type: z.enum(NAME_TYPES).default('other'),
  name: reqText(300, 'an other name'),
});

const Address = z
  .object({
    type: z.enum(ADDRESS_TYPES).default('business'),
    street: optLines(1000, 'the street address').transform((v) => v ?? null),
    city: optText(200, 'the city').transform((v) => v ?? null),
    region: optText(200, 'the region').transform((v) => v ?? null),
    postalCode: optText(40, 'the postal code').transform((v) => v ?? null),
    country: CountryCode,
  })
  .refine((a) => a.street || a.city, { message: 'an address needs at least a street or a city', path: ['street'] });

const Contact = z.object({
  name: reqText(200, 'the contact name'),
  title: optText(200, 'the contact title').transform((v) => v ?? null),
  email: Email.transform((v) => v ?? null),
  phone: optText(60, 'the phone number').transform((v) => v ?? null),
});

const Identifier = z.object({
  type: z.enum(IDENTIFIER_TYPES),
  value: reqText(100, 'the identifier'),
  label: optText(100, 'the identifier label').transform((v) => v ?? null),
});

const unique = <T>(v: T[] | undefined) => (v === undefined ? undefined : [...new Set(v)]);

/** Every editable field; all optional here, so an update changes only what it names. */
const partyFieldShape = {
  legalName: LegalName,
  kind: PartyKindInput,
  country: CountryCode,
  website: Website,
  notes: optLines(10_000, 'the notes'),
  roles: z.array(z.enum(PARTY_ROLES)).max(PARTY_ROLES.length * 2).optional().transform(unique),
  otherNames: z.array(OtherName).max(100, 'at most 100 other names').optional(),
  addresses: z.array(Address).max(20, 'at most 20 addresses').optional(),
  contacts: z.array(Contact).max(50, 'at most 50 contacts').optional(),
  identifiers: z.array(Identifier).max(50, 'at most 50 identifiers').optional(),
};

export const PartyCreateInput = z.object({
  ...partyFieldShape,
  /** Create even though a party with a closely matching name exists in the same country. */
  confirmDuplicate: z.boolean().optional(),
});

const partyId = z.number().int().positive();

export const PartyFiltersInput = z.object({
  /** Words of a name, other name or identifier; each word matches the start of a word. */
  search: text('the search words').trim().max(200, 'the search words are longer than 200 characters').optional(),
  country: CountryCode.optional(),
  kind: PartyKindInput.optional(),
  screening: z.enum(SCREENING_STATES).optional(),
  kyc: z.enum(KYC_STATES).optional(),
  /** Archived parties instead of active ones. */
  archived: z.boolean().optional(),
});
export type PartyFilters = z.output<typeof PartyFiltersInput>;

export const partiesContract = {
  'parties.create': method<{ party: Party; similar: SimilarParty[] }>()(
    'write',
    PartyCreateInput,
    'Create a party record. Refused while a party with a closely matching name exists in the same country, unless confirmDuplicate is set.',
  ),
  'parties.update': method<{ party: Party; similar: SimilarParty[] }>()(
    'write',
    z
      .object(partyFieldShape)
      .partial()
      .extend({ id: partyId, archived: z.boolean().optional(), confirmDuplicate: z.boolean().optional() }),
    'Change a party: only the fields given; lists given replace the old ones.',
  ),
  'parties.get': method<Party>()('read', z.object({ id: partyId }), 'One party with its names, addresses, checklist, screening status.'),
  'parties.list': method<PartyPage>()(
    'read',
    PartyFiltersInput.extend(pageFields).optional(),
    'A page of parties in name order, searched and filtered.',
  ),
  'parties.findSimilar': method<SimilarParty[]>()(
    'read',
    z.object({
      legalName: LegalName,
      country: CountryCode,
      otherNames: z.array(reqText(300, 'an other name')).max(100, 'at most 100 other names').optional(),
      excludeId: partyId.optional(),
    }),
    'Existing parties in the same country whose names closely match, to offer them before creating a new one.',
  ),
  'parties.answerKyc': method<{ party: Party }>()(
    'write',
    z.object({
      partyId,
      answers: z
        .array(
          z.object({
            flagId: z.enum(RED_FLAG_IDS, { message: 'not a red flag of Supp. No. 3 to Part 732' }),
            answer: z.enum(KYC_ANSWERS, { message: 'the answer must be yes, no or unknown' }),
            note: optLines(2000, 'the note'),
          }),
        )
        .min(1, 'give at least one answer')
        .max(RED_FLAGS.length)
        .refine((a) => new Set(a.map((x) => x.flagId)).size === a.length, 'a red flag is answered twice'),
    }),
    'Answer questions of the "Know Your Customer" checklist (Supp. No. 3 to Part 732).',
  ),
  'parties.attachDocument': method<{ document: StoredDocument }>()(
    'write',
    z.object({ partyId, docType: z.enum(DOCUMENT_TYPES), source: FileSource, note: optLines(2000, 'the note') }),
    'Store a document (PDF, image, DOCX, ODT) in the workspace and attach it to a party.',
  ),
  'parties.documents': method<StoredDocument[]>()('read', z.object({ partyId }), "A party's documents, each checked on disk."),
  'parties.history': method<AuditRow[]>()(
    'read',
    z.object({ partyId, limit: z.number().int().min(1).max(1000).optional() }),
    'The audit rows of a party, newest first.',
  ),
  'parties.importPreview': method<ImportPreview>()(
    'read',
    z.object({ source: FileSource }),
    'Read a party CSV and check every row, writing nothing.',
  ),
  'parties.import': method<CsvImportResult & { screening?: PartiesScreened }>()(
    'write',
    CsvImportInput,
    'Import every row of a party CSV, or nothing when any row has an error; then screen the parties imported against the current lists, in chunks with progress.',
  ),
  'parties.export': method<CsvExportResult>()(
    'write',
    PartyFiltersInput.optional(),
    'Parties matching the filters as CSV, in the import format.',
  ),
};
