import type { Database } from 'better-sqlite3';
import type { Classification } from '../../../shared/classification/types';
import type { ScreeningRecord } from '../../../shared/screening/record-types';
import { getSnapshot } from '../control-lists/queries';
import { getDestinationSnapshot } from '../determination/queries';

export interface SnapshotUsed {
  kind: 'control-list' | 'screening-list' | 'country-chart' | 'country-groups';
  name: string;
  version: string;
}

/**
 * The list versions a package quotes, printed on its cover and kept in its record: a reader must be
 * able to tell which edition of each list every classification, screening and determination used.
 */
export class SnapshotsUsed {
  private readonly seen = new Map<string, SnapshotUsed>();

  constructor(private readonly db: Database) {}

  private add(s: SnapshotUsed): void {
    this.seen.set(`${s.kind}\u0000${s.name}\u0000${s.version}`, s);
  }

  controlList(snapshotId: number | null): void {
    if (snapshotId === null) return;
    const s = getSnapshot(this.db, snapshotId);
    this.add({ kind: 'control-list', name: s.listName, version: `${s.versionLabel}${s.effectiveDate ? ` (effective ${s.effectiveDate})` : ''}` });
  }

  classification(c: Classification | null): void {
    if (c?.snapshot) this.controlList(c.snapshot.id);
  }

  screening(record: ScreeningRecord | null): void {
    for (const l of record?.lists ?? []) {
      this.add({ kind: 'screening-list', name: l.listName, version: l.publishedAt ? `published ${l.publishedAt}` : `SHA-256 ${l.sha256.slice(0, 16)}…` });
    }
  }

  destination(snapshotId: number | null): void {
    if (snapshotId === null) return;
    const s = getDestinationSnapshot(this.db, snapshotId);
    this.add({ kind: s.kind, name: s.kind === 'country-chart' ? 'Commerce Country Chart (Supp. No. 1 to Part 738)' : 'Country Groups (Supp. No. 1 to Part 740)', version: `${s.versionLabel}${s.issueDate ? ` (issue ${s.issueDate})` : ''}` });
  }

  list(): SnapshotUsed[] {
    const order = ['control-list', 'screening-list', 'country-chart', 'country-groups'];
    // Code-point order, not the machine's locale: the cover must print the same everywhere.
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return [...this.seen.values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || cmp(a.name, b.name) || cmp(a.version, b.version));
  }
}
