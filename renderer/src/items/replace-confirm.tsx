import { JURISDICTION_LABELS, type Classification, type Jurisdiction } from '../../../shared/classification/types';
import type { Item } from '../../../shared/items/types';
import { call } from '../api/client';
import { formatDateTime } from '../components/format';

/** One classification in force that a save would replace, in the words the confirm step shows. */
export interface InForce {
  jurisdiction: Jurisdiction;
  text: string;
  /** What the save would make it, in the same words ("EAR99", "5A992.c"). */
  change: string;
}

/** A classification the user is about to save for one jurisdiction, named as the item's badge names it. */
export interface Proposed {
  jurisdiction: Jurisdiction;
  label: string;
  status: 'draft' | 'final';
}

/**
 * The classifications in force for these jurisdictions, read from the item's history so the user
 * sees what would be replaced (label, status, date, list version) before anything is saved.
 */
export async function classificationsInForce(item: Item, proposed: readonly Proposed[]): Promise<InForce[]> {
  const wanted = proposed.filter((p) => (p.jurisdiction === 'us-ear' ? item.us : item.eu));
  if (wanted.length === 0) return [];
  const history = await call('classifications.history', { itemId: item.id });
  return wanted.flatMap((p) => {
    const c = history.find((h: Classification) => h.jurisdiction === p.jurisdiction && h.supersededAt === null);
    if (!c) return [];
    const version = c.snapshot ? `, against ${c.snapshot.listName} ${c.snapshot.versionLabel}` : '';
    const change =
      c.label === p.label
        ? `Saving records ${p.label} again (${p.status}) as a new classification from these answers.`
        : `Saving changes it from ${c.label} to ${p.label} (${p.status}).`;
    return [
      {
        jurisdiction: p.jurisdiction,
        text: `${JURISDICTION_LABELS[p.jurisdiction]}: ${item.name} is already classified ${c.label} (${c.status}, ${formatDateTime(c.createdAt)}${version}).`,
        change,
      },
    ];
  });
}

/**
 * The confirm step before a classification in force is replaced: the core refuses the save
 * without it (replaceCurrent), so a second questionnaire never silently supersedes a final one.
 */
export function ReplaceConfirm({ inForce, busy, onReplace, onKeep }: { inForce: readonly InForce[]; busy: boolean; onReplace(): void; onKeep(): void }) {
  if (inForce.length === 0) return null;
  return (
    <div className="review-box" role="alert" data-testid="replace-confirm">
      <div className="review-title">
        <strong>{inForce.length === 1 ? 'A classification is in force.' : 'Classifications are in force.'}</strong>
      </div>
      <ul>
        {inForce.map((x) => (
          <li key={x.jurisdiction} data-testid="replace-confirm-current" data-jurisdiction={x.jurisdiction}>
            {x.text}{' '}
            <strong data-testid="replace-confirm-change">{x.change}</strong>
          </li>
        ))}
      </ul>
      <p className="field-help">Saving replaces {inForce.length === 1 ? 'it' : 'them'}. What is replaced stays in the item's history, marked superseded.</p>
      <div className="toolbar">
        <button type="button" className="button small" disabled={busy} onClick={onKeep} data-testid="replace-keep">
          Keep the classification in force
        </button>
        <button type="button" className="button small primary" disabled={busy} onClick={onReplace} data-testid="replace-confirm-save">
          Replace and save
        </button>
      </div>
    </div>
  );
}
