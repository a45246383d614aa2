/** The party records' model, shared by the core, the CLI and the UI. Plain data only. */

import type { CsvImportPreview, ImportRowError } from '../imports/csv-preview';
import type { RecordRetention } from '../retention/types';

export const PARTY_KINDS = ['government', 'commercial', 'academic', 'individual', 'other'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];
export const PARTY_KIND_LABELS: Record<PartyKind, string> = {
  government: 'Government',
  commercial: 'Commercial',
  academic: 'Academic or research',
  individual: 'Individual',
  other: 'Other',
};

/** The parties of a license application (form BIS-748P, Supp. No. 1 to Part 748) a record can stand for. */
export const PARTY_ROLES = ['purchaser', 'intermediate-consignee', 'ultimate-consignee', 'end-user', 'ultimate-end-user', 'other-party'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];
export const PARTY_ROLE_LABELS: Record<PartyRole, string> = {
  purchaser: 'Purchaser',
  'intermediate-consignee': 'Intermediate consignee',
  'ultimate-consignee': 'Ultimate consignee',
  'end-user': 'End user',
  'ultimate-end-user': 'Ultimate end user',
  'other-party': 'Other party (agent, freight forwarder…)',
};

export const NAME_TYPES = ['other', 'trade', 'former'] as const;
export type NameType = (typeof NAME_TYPES)[number];
export const NAME_TYPE_LABELS: Record<NameType, string> = { other: 'Other name', trade: 'Trade name', former: 'Former name' };

export const ADDRESS_TYPES = ['business', 'delivery', 'other'] as const;
export type AddressType = (typeof ADDRESS_TYPES)[number];
export const ADDRESS_TYPE_LABELS: Record<AddressType, string> = { business: 'Business address', delivery: 'Delivery address', other: 'Other address' };

export const IDENTIFIER_TYPES = ['registration', 'tax', 'other'] as const;
export type IdentifierType = (typeof IDENTIFIER_TYPES)[number];
export const IDENTIFIER_TYPE_LABELS: Record<IdentifierType, string> = {
  registration: 'Registration number',
  tax: 'Tax or VAT number',
  other: 'Other identifier',
};

export const KYC_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type KycAnswerValue = (typeof KYC_ANSWERS)[number];

/**
 * Where a party's checklist stands: `open` while any red flag is answered yes, `incomplete` while a
 * question is unanswered or unknown, `clear` when every question is answered no.
 */
export const KYC_STATES = ['open', 'incomplete', 'clear'] as const;
export type KycState = (typeof KYC_STATES)[number];

export const SCREENING_STATES = ['not-screened', 'clear', 'open-hits', 'confirmed-match'] as const;
export type ScreeningState = (typeof SCREENING_STATES)[number];
export const SCREENING_STATE_LABELS: Record<ScreeningState, string> = {
  'not-screened': 'Not screened',
  clear: 'No open hits',
  'open-hits': 'Hits to review',
  'confirmed-match': 'Confirmed match',
};

export interface PartyName {
  type: NameType;
  name: string;
}

export interface PartyAddress {
  type: AddressType;
  street: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  /** ISO 3166 alpha-2. */
  country: string;
}

export interface PartyContact {
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
}

export interface PartyIdentifier {
  type: IdentifierType;
  value: string;
  /** What the number is, e.g. "Handelsregister Munich", "LEI", "DUNS". */
  label: string | null;
}

/** The fields a user edits; what the audit log records before and after a change. */
export interface PartyFields {
  legalName: string;
  kind: PartyKind;
  country: string;
  website: string | null;
  notes: string | null;
  roles: PartyRole[];
  otherNames: PartyName[];
  addresses: PartyAddress[];
  contacts: PartyContact[];
  identifiers: PartyIdentifier[];
}

export interface KycAnswer {
  flagId: string;
  answer: KycAnswerValue;
  note: string | null;
  answeredAt: string;
  answeredBy: string;
}

export interface PartyScreeningStatus {
  state: ScreeningState;
  lastScreenedAt: string | null;
  openHits: number;
  /** A confirmed match blocks any use of the party on an application. */
  confirmedMatch: boolean;
  /** Why a party not screened has not been (no screening list imported yet); absent otherwise. */
  notScreenedReason?: string;
}

/** The screenings of the parties one import wrote, recorded after the import in chunks of their own. */
export interface PartiesScreened {
  screened: number;
  withHits: number;
  /** Why some or all of the parties were not screened; null when every one was. */
  notScreenedReason: string | null;
}

export interface KycSummary {
  state: KycState;
  openRedFlags: number;
  /** Questions answered yes or no. */
  answered: number;
  total: number;
}

export interface Party extends PartyFields {
  id: number;
  countryName: string;
  archived: boolean;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  kyc: KycSummary & { answers: KycAnswer[] };
  screening: PartyScreeningStatus;
  documentCount: number;
  /** Through its screenings and the transactions it took part in: 15 CFR 762.6. */
  retention: RecordRetention;
}

/** One row of the parties table. */
export interface PartySummary {
  id: number;
  legalName: string;
  /** Other and trade names, for the table's second line. */
  otherNames: string[];
  kind: PartyKind;
  country: string;
  countryName: string;
  roles: PartyRole[];
  kyc: KycSummary;
  screening: PartyScreeningStatus;
  archived: boolean;
  updatedAt: string;
}

export interface PartyPage {
  rows: PartySummary[];
  offset: number;
  limit: number;
  /** Parties matching the filters; null when the caller did not ask for it. */
  total: number | null;
}

export interface SimilarParty {
  id: number;
  legalName: string;
  country: string;
  kind: PartyKind;
  /** The name of the existing party that came closest (its legal name or one of its other names). */
  matchedName: string;
  /** 0..1 from the restricted-party name matcher. */
  score: number;
}

export type { ImportRowError };

export interface ImportPreviewRow {
  row: number;
  legalName: string;
  kind: string;
  country: string;
  otherNames: string[];
  errors: ImportRowError[];
}

export type ImportPreview = CsvImportPreview<ImportPreviewRow>;
