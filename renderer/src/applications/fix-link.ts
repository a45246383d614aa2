import type { FixLocation } from '../../../shared/applications/types';
import { useApp } from '../app/app-store';
import { useItems } from '../items/store';
import { useParties } from '../parties/store';
import { useApplications } from './store';

/** Follows a checklist's "where it is fixed": another area's record, or a block of the open application. */
export function followFix(at: FixLocation): void {
  if (at.area === 'party' && at.id !== null) {
    useApp.getState().setArea('parties');
    void useParties.getState().select(at.id, at.field === 'screening' ? 'screening' : 'details');
    return;
  }
  if (at.area === 'item' && at.id !== null) {
    useApp.getState().setArea('items');
    void useItems.getState().select(at.id, at.field === 'classification' ? 'classification' : 'details');
    return;
  }
  if (at.area === 'screening-lists') {
    useApp.getState().setArea('screening');
    return;
  }
  useApplications.getState().setFocus({ ...at });
}

/** The element of the open application a fix location points at, if it is on screen. */
export function fixTarget(at: FixLocation): HTMLElement | null {
  const q = (sel: string) => document.querySelector<HTMLElement>(sel);
  if (at.area === 'application-party') return (at.id !== null && q(`[data-fix-party="${at.id}"]`)) || q('[data-fix-field="parties"]');
  if (at.area === 'application-line') return (at.id !== null && q(`[data-fix-line="${at.id}"]`)) || q('[data-fix-field="lines"]');
  if (at.area === 'application') return (at.field && q(`[data-fix-field="${at.field}"]`)) || q('[data-fix-field="blocks"]');
  return null;
}

/** Scrolls to the target, marks it for a moment and puts the cursor in its first field. */
export function revealFix(at: FixLocation): void {
  const el = fixTarget(at);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.classList.add('fix-flash');
  setTimeout(() => el.classList.remove('fix-flash'), 2000);
  const input = el.matches('input, textarea, select') ? el : el.querySelector<HTMLElement>('input:not([type=hidden]), textarea, select');
  input?.focus();
}

export function fixLabel(at: FixLocation): string {
  switch (at.area) {
    case 'party':
      return at.field === 'screening' ? 'Screen the party' : 'Open the party';
    case 'item':
      return at.field === 'classification' ? 'Open the classification' : 'Open the item';
    case 'screening-lists':
      return 'Open Screening';
    case 'application-party':
      return 'Go to the party';
    case 'application-line':
      return 'Go to the line';
    default:
      return at.field === 'parties' ? 'Go to the parties' : at.field === 'lines' ? 'Go to the items' : 'Go to the field';
  }
}
