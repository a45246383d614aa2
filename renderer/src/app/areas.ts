/** The product's areas, in sidebar order. Areas not built yet stay visible, marked as coming. */
export type AreaId = 'home' | 'imports' | 'control-lists' | 'items' | 'parties' | 'screening' | 'applications' | 'licenses' | 'packages' | 'audit' | 'retention' | 'backups';

export interface Area {
  id: AreaId;
  label: string;
  ready: boolean;
  /** What will live in the area, shown on its page until it is built. */
  summary: string;
}

export const AREAS: Area[] = [
  {
    id: 'home',
    label: 'Home',
    ready: true,
    summary: 'What needs attention today: applications by status, requests for information due, licenses expiring, open screening hits and items awaiting re-review.',
  },
  {
    id: 'imports',
    label: 'Import',
    ready: true,
    summary: 'Import any list file ExportDesk reads (control lists, screening lists, the Commerce Country Chart and the Country Groups), recognised from its content.',
  },
  {
    id: 'control-lists',
    label: 'Control lists',
    ready: true,
    summary: 'Versions of the US Commerce Control List, the EU dual-use list and your own lists: import, search, browse and compare.',
  },
  {
    id: 'items',
    label: 'Items',
    ready: true,
    summary:
      'Your products, software and technology with their classification (ECCN or EU code) recorded against a specific list version, and flagged for review when that list changes.',
  },
  {
    id: 'parties',
    label: 'Parties',
    ready: true,
    summary: 'Customers, consignees, end users and intermediaries with their addresses and roles, and the due-diligence record and red flags for each.',
  },
  {
    id: 'screening',
    label: 'Screening',
    ready: true,
    summary:
      'Screening of parties against restricted-party lists (OFAC SDN, UN consolidated list, BIS Entity and Denied Persons lists), with review of possible matches and re-screening when a list is updated.',
  },
  {
    id: 'applications',
    label: 'Applications',
    ready: true,
    summary:
      'License determinations for an item and a destination (Country Chart, embargoes, license exceptions) and draft license applications with their parties, end use and item lines.',
  },
  {
    id: 'licenses',
    label: 'Licenses',
    ready: true,
    summary: 'Licenses and authorisations granted, with their conditions, validity, quantities and values, and the shipments made against them.',
  },
  {
    id: 'packages',
    label: 'Packages',
    ready: true,
    summary: 'Filing packages: an application with its supporting documents and end-user statements, assembled for submission and sealed with their hashes.',
  },
  {
    id: 'audit',
    label: 'Audit',
    ready: true,
    summary: 'Every change made in this workspace: who made it, when, and what it changed.',
  },
  {
    id: 'retention',
    label: 'Retention',
    ready: true,
    summary: 'Records past their five-year retention (15 CFR 762.6), listed for review; nothing is deleted automatically.',
  },
  {
    id: 'backups',
    label: 'Backups',
    ready: true,
    summary: 'Back up the workspace, check a backup file, and restore one into a new folder.',
  },
];
