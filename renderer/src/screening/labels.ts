import { countryName } from '../../../shared/countries';
import type { HitDecision, HitStatus, ListVersionUsed } from '../../../shared/screening/record-types';
import type { ListedPartyType, ScreeningListFormat, ScreeningSnapshot } from '../../../shared/screening/list-types';
import type { PartyType } from '../../../shared/screening/types';

/** 0.8333 -> "83%": scores are shown as whole percentages, like the lists' own search tools. */
export function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

export const TYPE_LABEL: Record<PartyType | ListedPartyType, string> = {
  individual: 'Individual',
  entity: 'Entity',
  vessel: 'Vessel',
  aircraft: 'Aircraft',
  unknown: 'Type not given',
};

export const STATUS_LABEL: Record<HitStatus, string> = {
  open: 'Open',
  review: 'Needs review',
  cleared: 'Cleared as false positive',
  confirmed: 'Confirmed match',
  'previously-cleared': 'Cleared earlier',
};

export const DECISION_LABEL: Record<HitDecision, string> = {
  cleared: 'Cleared as false positive',
  confirmed: 'Confirmed match',
  review: 'Needs review',
};

export const FORMAT_LABEL: Record<ScreeningListFormat, string> = {
  'ofac-sdn-csv': 'OFAC SDN (sdn.csv)',
  'csl-csv': 'trade.gov Consolidated Screening List (CSV)',
  'un-xml': 'UN consolidated list (XML)',
  'bis-dpl-txt': 'BIS Denied Persons List (TXT)',
  'custom-csv': 'Own list (CSV)',
};

/** "RU Russian Federation" for a tooltip; the code alone in dense places. */
export function countriesText(codes: string[]): string {
  return codes.map((c) => countryName(c) ?? c).join(', ');
}

/** The version of a list as an officer names it: its publication date, else the file's fingerprint. */
export function listVersion(v: { publishedAt: string | null; sha256: string }): string {
  return v.publishedAt ?? `SHA-256 ${v.sha256.slice(0, 12)}`;
}

export function snapshotLabel(s: ScreeningSnapshot): string {
  return `${s.listName} · ${listVersion(s)}`;
}

export function listsUsedText(lists: ListVersionUsed[]): string {
  return lists.map((l) => `${l.listName} ${listVersion(l)}`).join('; ');
}
