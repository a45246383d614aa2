import type { Database } from 'better-sqlite3';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../../shared/applications/types';
import type { DashboardSnapshot, DashboardSummary } from '../../../shared/contract/dashboard';
import { currentSnapshots } from '../control-lists/queries';
import { currentDestinationSnapshotId, getDestinationSnapshot } from '../determination/queries';
import { expiringLicenses } from '../licenses/license-store';
import { currentScreeningSnapshots } from '../screening/queries';

export const REQUEST_SOON_DAYS = 14;
const DAY_MS = 86_400_000;

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The same day a year earlier (29 February falls back to 28 February). */
export function twelveMonthsBefore(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return `${String(y - 1).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const count = (db: Database, sql: string, ...params: unknown[]): number => (db.prepare(sql).get(...params) as { n: number }).n;

/**
 * Everything the home page shows, each figure one indexed query: counts, never whole tables.
 * `today` is the workspace clock's date (YYYY-MM-DD).
 */
export function dashboardSummary(db: Database, today: string): DashboardSummary {
  // Applications: the live version of each (an amended one is replaced by its newest version).
  const statusRows = db
    .prepare('SELECT status, count(*) AS n FROM applications WHERE superseded_by_id IS NULL GROUP BY status')
    .all() as { status: ApplicationStatus; n: number }[];
  const byStatus = APPLICATION_STATUSES.map((status) => ({ status, count: statusRows.find((r) => r.status === status)?.n ?? 0 })).filter((r) => r.count > 0);

  // Requests for information not yet answered (partial index information_requests_open).
  const soonUntil = addDays(today, REQUEST_SOON_DAYS);
  const overdue = count(db, 'SELECT count(*) AS n FROM information_requests WHERE answered_at IS NULL AND due_on < ?', today);
  const dueSoon = count(db, 'SELECT count(*) AS n FROM information_requests WHERE answered_at IS NULL AND due_on >= ? AND due_on <= ?', today, soonUntil);
  const nextRequests = (
    db
      .prepare(
        `SELECT r.id, r.application_id, r.due_on, a.reference FROM information_requests r JOIN applications a ON a.id = r.application_id
         WHERE r.answered_at IS NULL AND r.due_on <= ? ORDER BY r.due_on, r.id LIMIT 5`,
      )
      .all(soonUntil) as { id: number; application_id: number; due_on: string; reference: string }[]
  ).map((r) => ({ requestId: r.id, applicationId: r.application_id, reference: r.reference, dueOn: r.due_on, daysLeft: daysBetween(today, r.due_on) }));

  // Licenses still in force (not exhausted) whose last valid day is within 60 days.
  const expiring = expiringLicenses(db, today, 60);
  const within = (n: number) => expiring.filter((l) => l.daysLeft <= n).length;

  // Open screening hits, as the review queue counts them: only each party's latest screening.
  const hitRows = db
    .prepare(
      `SELECT h.status, count(*) AS n FROM screening_hits h JOIN screenings sc ON sc.id = h.screening_id
       WHERE h.status IN ('open', 'review') AND (sc.party_id IS NULL OR sc.id = (SELECT max(id) FROM screenings WHERE party_id = sc.party_id))
       GROUP BY h.status`,
    )
    .all() as { status: 'open' | 'review'; n: number }[];

  const snapshots: DashboardSnapshot[] = [
    ...currentSnapshots(db).map((s) => ({ kind: 'control-list' as const, id: s.id, name: s.listName, versionLabel: s.versionLabel, date: s.effectiveDate })),
    ...currentScreeningSnapshots(db).map((s) => ({ kind: 'screening-list' as const, id: s.id, name: s.listName, versionLabel: s.publishedAt ?? s.sourceFileName, date: s.publishedAt })),
  ];
  for (const kind of ['country-chart', 'country-groups'] as const) {
    const id = currentDestinationSnapshotId(db, kind);
    if (id === null) continue;
    const s = getDestinationSnapshot(db, id);
    snapshots.push({ kind, id, name: kind === 'country-chart' ? 'Commerce Country Chart' : 'Country Groups', versionLabel: s.versionLabel, date: s.issueDate });
  }

  // Days from filing to decision, for decisions within the last 12 months.
  const since = twelveMonthsBefore(today);
  const durations = (
    db
      .prepare(
        `SELECT julianday(decided_on) - julianday(submitted_on) AS days FROM applications
         WHERE decided_on IS NOT NULL AND submitted_on IS NOT NULL AND decided_on >= ? AND decided_on <= ?`,
      )
      .all(since, today) as { days: number }[]
  ).map((r) => Math.round(r.days));
  const medianDays = median(durations);

  const parties = count(db, 'SELECT count(*) AS n FROM parties WHERE archived = 0');
  const items = count(db, 'SELECT count(*) AS n FROM items');
  const controlLists = count(db, 'SELECT count(*) AS n FROM list_snapshots');

  return {
    today,
    firstRun: controlLists === 0 && parties === 0 && items === 0,
    applications: { total: byStatus.reduce((t, r) => t + r.count, 0), byStatus },
    requests: { soonDays: REQUEST_SOON_DAYS, overdue, dueSoon, next: nextRequests },
    licenses: {
      within7: within(7),
      within30: within(30),
      within60: within(60),
      next: expiring.slice(0, 5).map((l) => ({ id: l.id, number: l.number, applicationReference: l.applicationReference, validTo: l.validTo, daysLeft: l.daysLeft })),
    },
    screening: { open: hitRows.find((r) => r.status === 'open')?.n ?? 0, review: hitRows.find((r) => r.status === 'review')?.n ?? 0 },
    reReview: {
      items: count(db, 'SELECT count(*) AS n FROM items WHERE needs_review = 1'),
      reviews: count(db, 'SELECT count(*) AS n FROM classification_reviews WHERE resolved_at IS NULL'),
    },
    parties: { total: parties, openRedFlags: count(db, "SELECT count(*) AS n FROM parties WHERE archived = 0 AND kyc_state = 'open'") },
    items: { total: items },
    snapshots,
    decisions: {
      since,
      count: durations.length,
      medianDays,
      text:
        medianDays === null
          ? 'no decisions yet'
          : `${medianDays} ${medianDays === 1 ? 'day' : 'days'} (${durations.length} ${durations.length === 1 ? 'decision' : 'decisions'})`,
    },
  };
}
