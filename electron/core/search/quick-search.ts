import type { Database } from 'better-sqlite3';
import { APPLICATION_STATUS_LABELS, type ApplicationStatus } from '../../../shared/applications/types';
import type { QuickSearchHit } from '../../../shared/contract/workspace';
import { countryName } from '../../../shared/countries';
import { getSnapshot } from '../control-lists/queries';
import { searchControls } from '../control-lists/search';
import { listItems } from '../items/list';
import { listParties } from '../parties/list';

const PER_KIND = 5;

/** `%words%` for LIKE, with the wildcards a user may type taken literally. */
function contains(query: string): string {
  return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const PACKAGE_KIND_WORDS: Record<string, string> = {
  application: 'Filing package',
  'classification-request': 'Classification request package',
  'encryption-report': 'Encryption report package',
};

const SUBJECT_WORDS: Record<string, string> = { party: 'party', name: 'name screened', 'batch-row': 'row of a file' };

function applications(db: Database, like: string): QuickSearchHit[] {
  // The current version only: an amended application is found under its latest version.
  const rows = db
    .prepare(
      `SELECT id, reference, external_number, destination, status, version FROM applications
       WHERE superseded_by_id IS NULL AND (reference LIKE @q ESCAPE '\\' OR external_number LIKE @q ESCAPE '\\')
       ORDER BY updated_at DESC, id DESC LIMIT ${PER_KIND}`,
    )
    .all({ q: like }) as { id: number; reference: string; external_number: string | null; destination: string | null; status: ApplicationStatus; version: number }[];
  return rows.map((r) => ({
    area: 'applications',
    title: r.reference,
    subtitle: [
      'Application',
      APPLICATION_STATUS_LABELS[r.status],
      r.external_number && `number ${r.external_number}`,
      r.destination && (countryName(r.destination) ?? r.destination),
      r.version > 1 && `version ${r.version}`,
    ]
      .filter(Boolean)
      .join(' · '),
    target: { id: r.id },
  }));
}

function licenses(db: Database, like: string): QuickSearchHit[] {
  const rows = db
    .prepare(
      `SELECT l.id, l.number, l.valid_to, a.reference FROM licenses l JOIN applications a ON a.id = l.application_id
       WHERE l.number LIKE @q ESCAPE '\\' ORDER BY l.valid_to DESC, l.id DESC LIMIT ${PER_KIND}`,
    )
    .all({ q: like }) as { id: number; number: string; valid_to: string; reference: string }[];
  return rows.map((r) => ({ area: 'licenses', title: r.number, subtitle: `License · application ${r.reference} · valid to ${r.valid_to}`, target: { id: r.id } }));
}

function packages(db: Database, like: string): QuickSearchHit[] {
  const rows = db
    .prepare(
      `SELECT id, kind, title, reference, generated_at FROM packages WHERE reference LIKE @q ESCAPE '\\' OR title LIKE @q ESCAPE '\\'
       ORDER BY generated_at DESC, id DESC LIMIT ${PER_KIND}`,
    )
    .all({ q: like }) as { id: number; kind: string; title: string; reference: string; generated_at: string }[];
  return rows.map((r) => ({
    area: 'packages',
    title: r.title,
    subtitle: `${PACKAGE_KIND_WORDS[r.kind] ?? 'Package'} · ${r.reference} · generated ${r.generated_at.slice(0, 10)}`,
    target: { id: r.id },
  }));
}

function screenings(db: Database, like: string): QuickSearchHit[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.at, s.subject_kind, s.query_name, s.hit_count, p.legal_name FROM screenings s LEFT JOIN parties p ON p.id = s.party_id
       WHERE s.query_name LIKE @q ESCAPE '\\' ORDER BY s.id DESC LIMIT ${PER_KIND}`,
    )
    .all({ q: like }) as { id: number; at: string; subject_kind: string; query_name: string; hit_count: number; legal_name: string | null }[];
  return rows.map((r) => ({
    area: 'screening',
    title: r.legal_name ?? r.query_name,
    subtitle: `Screening #${r.id} · ${SUBJECT_WORDS[r.subject_kind] ?? r.subject_kind} · ${r.at.slice(0, 10)} · ${r.hit_count === 1 ? '1 hit' : `${r.hit_count} hits`}`,
    target: { screeningId: r.id },
  }));
}

/**
 * The Ctrl+K search over every kind of record, grouped by kind: records first (a name or number
 * typed is usually a party, a product, an application or its license), then list entries.
 */
export function quickSearch(db: Database, query: string): QuickSearchHit[] {
  const like = contains(query);
  const parties: QuickSearchHit[] = listParties(db, { search: query, limit: PER_KIND }).rows.map((p) => ({
    area: 'parties',
    title: p.legalName,
    subtitle: `Party · ${p.countryName} · ${p.kind}`,
    target: { id: p.id },
  }));
  const items: QuickSearchHit[] = listItems(db, { search: query, limit: PER_KIND }).rows.map((i) => ({
    area: 'items',
    title: i.name,
    subtitle: ['Item', i.modelNumber, i.manufacturer, i.us?.label].filter(Boolean).join(' · '),
    target: { id: i.id },
  }));
  const entries: QuickSearchHit[] = searchControls(db, query, { limit: 12 }).map((h) => {
    const s = getSnapshot(db, h.snapshotId);
    return {
      area: 'control-lists',
      title: `${h.code} ${h.heading}`.slice(0, 160),
      subtitle: `${s.listName} · ${s.versionLabel}`,
      target: { code: h.code, snapshotId: h.snapshotId },
    };
  });
  return [...parties, ...items, ...applications(db, like), ...licenses(db, like), ...packages(db, like), ...screenings(db, like), ...entries];
}
