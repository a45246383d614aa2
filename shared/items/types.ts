/** The item catalogue's model (commodities, software, technology), shared by the core, the CLI and the UI. */

import type { CsvImportPreview, ImportRowError } from '../imports/csv-preview';
import type { RecordRetention } from '../retention/types';

/** The EAR's three kinds of item (15 CFR 772.1: "commodity", "software", "technology"); the CCL's product groups A–C, D and E. */
export const ITEM_TYPES = ['commodity', 'software', 'technology'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];
export const ITEM_TYPE_LABELS: Record<ItemType, string> = {
  commodity: 'Commodity',
  software: 'Software',
  technology: 'Technology',
};

/**
 * The mass-market items 15 CFR 740.17(b)(1) still requires in the annual self-classification
 * report since 86 FR 16482 (March 2021); any other mass-market item is no longer reported.
 */
export const ENCRYPTION_COMPONENTS = ['chip', 'library', 'development-kit'] as const;
export type EncryptionComponent = (typeof ENCRYPTION_COMPONENTS)[number];
export const ENCRYPTION_COMPONENT_LABELS: Record<EncryptionComponent, string> = {
  chip: 'Chip, chipset, electronic assembly or field programmable logic device',
  library: 'Cryptographic library, module, development kit or toolkit (including for operating systems and cryptographic service providers)',
  'development-kit': 'Application-specific hardware or software development kit implementing cryptography',
};

/** A technical parameter as a datasheet states it: "Key length" = "256" "bit". */
export interface ItemParameter {
  name: string;
  value: string;
  unit: string | null;
}

/** The fields a user edits; what the audit log records before and after a change. */
export interface ItemFields {
  name: string;
  /** Model or part number. */
  modelNumber: string | null;
  manufacturer: string | null;
  description: string | null;
  itemType: ItemType;
  /** ISO 3166 alpha-2: where the item was made or developed. */
  originCountry: string | null;
  notes: string | null;
  parameters: ItemParameter[];
  /** The CCATS number of a classification BIS issued for the item ("G123456"): the item is then left out of the encryption report. */
  ccatsNumber: string | null;
  /** One of the mass-market kinds still reported under § 740.17(b)(1), or null for any other item. */
  encryptionComponent: EncryptionComponent | null;
  /** The encryption report's NON-U.S. COMPONENTS column: non-U.S. encryption components the item incorporates; null records none. */
  nonUsComponents: string | null;
  /** The encryption report's NON-U.S. MANUFACTURING LOCATIONS column: where outside the United States it is made; null records none. */
  nonUsManufacturingLocations: string | null;
}

/** The classification in force for one jurisdiction, as the table and the detail header show it. */
export interface ClassificationBadge {
  classificationId: number;
  /** "5A992.c", "EAR99", "Not listed". */
  label: string;
  status: 'draft' | 'final';
}

export interface Item extends ItemFields {
  id: number;
  originCountryName: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  us: ClassificationBadge | null;
  eu: ClassificationBadge | null;
  /** A list the classification cites changed since: see the open reviews. */
  needsReview: boolean;
  openReviews: number;
  documentCount: number;
  /** Through its classifications and the transactions it was on: 15 CFR 762.6. */
  retention: RecordRetention;
}

/** One row of the items table. */
export interface ItemSummary {
  id: number;
  name: string;
  modelNumber: string | null;
  manufacturer: string | null;
  itemType: ItemType;
  originCountry: string | null;
  us: { label: string; status: 'draft' | 'final' } | null;
  eu: { label: string; status: 'draft' | 'final' } | null;
  needsReview: boolean;
  updatedAt: string;
}

export interface ItemPage {
  rows: ItemSummary[];
  offset: number;
  limit: number;
  /** Items matching the filters; null when the caller did not ask for it. */
  total: number | null;
}

export type ItemImportRowError = ImportRowError;

export interface ItemImportPreviewRow {
  row: number;
  name: string;
  modelNumber: string;
  itemType: string;
  originCountry: string;
  parameterCount: number;
  errors: ItemImportRowError[];
}

export type ItemImportPreview = CsvImportPreview<ItemImportPreviewRow>;
