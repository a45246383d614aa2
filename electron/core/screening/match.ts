import { screen } from '../../../shared/screening/candidate-index';
import { DEFAULT_THRESHOLD } from '../../../shared/screening/threshold';
import type { Hit, PartyType } from '../../../shared/screening/types';
import type { Database } from 'better-sqlite3';
import { getSetting } from '../settings-store';
import { loadedLists, type IndexedEntry, type LoadedLists } from './matcher-cache';

export interface SubjectQuery {
  names: string[];
  country?: string | null;
  type?: PartyType | null;
}

export interface MatchedHit {
  hit: Hit;
  entry: IndexedEntry;
  queryName: string;
}

export interface SubjectMatch {
  names: string[];
  normalizedQuery: string;
  truncated: boolean;
  weakOnly: boolean;
  threshold: number;
  loaded: LoadedLists;
  hits: MatchedHit[];
}

/** The threshold in force: the call's, else the workspace setting, else the calibrated default. */
export function effectiveThreshold(db: Database, given?: number): number {
  if (given !== undefined) return given;
  const s = Number(getSetting(db, 'screeningThreshold'));
  return Number.isFinite(s) && s > 0 && s <= 1 ? s : DEFAULT_THRESHOLD;
}

/**
 * Screens a subject under each of its names against every current list; one hit per listed entry,
 * the best over all the subject's names, best first.
 */
export function matchSubject(db: Database, subject: SubjectQuery, threshold: number, limit = 100): SubjectMatch {
  const loaded = loadedLists(db);
  const best = new Map<string, MatchedHit>();
  let first: ReturnType<typeof screen> | undefined;
  for (const name of subject.names) {
    const r = screen(loaded.index, { name, country: subject.country ?? undefined, type: subject.type ?? undefined }, { threshold, limit });
    first ??= r;
    for (const hit of r.hits) {
      const prev = best.get(hit.entryId);
      if (!prev || hit.score > prev.hit.score) best.set(hit.entryId, { hit, entry: loaded.entries.get(hit.entryId)!, queryName: name });
    }
  }
  const hits = [...best.values()].sort((a, b) => b.hit.score - a.hit.score || a.entry.rowId - b.entry.rowId).slice(0, limit);
  return {
    names: subject.names,
    normalizedQuery: first?.normalizedQuery ?? '',
    truncated: first?.truncated ?? false,
    weakOnly: first?.weakOnly ?? false,
    threshold,
    loaded,
    hits,
  };
}
