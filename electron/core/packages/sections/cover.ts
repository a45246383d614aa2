import { COLORS, type Composer } from '../composer';
import type { SnapshotUsed } from '../snapshots';

export interface CoverInfo {
  heading: string;
  subheading: string;
  fields: [string, string][];
  /** Section titles in order; their pages are filled in once the package is laid out. */
  contents: string[];
  /** Null for a package that quotes no list (the encryption report). */
  snapshots: SnapshotUsed[] | null;
  notes: string[];
}

const KIND_LABELS: Record<SnapshotUsed['kind'], string> = {
  'control-list': 'Control list',
  'screening-list': 'Screening list',
  'country-chart': 'Country Chart',
  'country-groups': 'Country Groups',
};

export const contentsKey = (title: string) => `contents:${title}`;

/** The cover: what the package is, for whom, its date, its contents and every list version it used. */
export function renderCover(c: Composer, info: CoverInfo): void {
  c.section('Cover', { printTitle: false });
  c.text(info.heading, { size: 20, bold: true, after: 2 });
  c.text(info.subheading, { size: 11, color: COLORS.muted, after: 10 });
  c.fields(info.fields, { labelWidth: 140 });
  c.heading('Contents');
  c.table(
    [
      { header: 'Section', width: 0.85 },
      { header: 'Page', width: 0.15, align: 'right' },
    ],
    info.contents.map((t) => [t, '']),
    { size: 9, placeholders: (r) => ({ column: 1, key: contentsKey(info.contents[r]!) }) },
  );
  if (info.snapshots) renderSnapshots(c, info.snapshots);
  for (const note of info.notes) c.text(note, { size: 8, color: COLORS.muted, after: 4 });
}

function renderSnapshots(c: Composer, snapshots: SnapshotUsed[]): void {
  c.heading('List versions used');
  c.table(
    [
      { header: 'Kind', width: 0.18 },
      { header: 'List', width: 0.47 },
      { header: 'Version', width: 0.35 },
    ],
    snapshots.length ? snapshots.map((s) => [KIND_LABELS[s.kind], s.name, s.version]) : [['—', 'No list version is cited by these records', '—']],
  );
}
