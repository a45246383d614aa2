import type { AuditRow } from '../../../shared/contract/audit';
import { useApp } from '../app/app-store';
import type { AreaId } from '../app/areas';
import { useApplications } from '../applications/store';
import { useControlLists } from '../control-lists/store';
import { useItems } from '../items/store';
import { useLicenses } from '../licenses/store';
import { useParties } from '../parties/store';
import { useScreening } from '../screening/store';

export interface RecordLink {
  label: string;
  open(): void;
}

/** Where the record an audit row was written against lives in the app, when it has a place. */
export function recordLink(row: Pick<AuditRow, 'recordType' | 'recordId'>): RecordLink | null {
  const id = Number(row.recordId);
  const numeric = Number.isInteger(id) && id > 0;
  const go = (area: AreaId) => useApp.getState().setArea(area);
  switch (row.recordType) {
    case 'party':
      return numeric ? { label: 'Open the party', open: () => (go('parties'), void useParties.getState().select(id)) } : null;
    case 'item':
      return numeric ? { label: 'Open the item', open: () => (go('items'), void useItems.getState().select(id)) } : null;
    case 'application':
      return numeric ? { label: 'Open the application', open: () => (go('applications'), void useApplications.getState().select(id)) } : null;
    case 'license':
      return numeric ? { label: 'Open the license', open: () => (go('licenses'), void useLicenses.getState().select(id)) } : null;
    case 'screening':
      return numeric ? { label: 'Open the screening', open: () => (go('screening'), useScreening.getState().openScreening(id)) } : null;
    case 'screening_hit':
      return { label: 'Open the review queue', open: () => (go('screening'), useScreening.getState().openScreening(null), useScreening.getState().setTab('queue')) };
    case 'screening_snapshot':
    case 'screening_list':
      return { label: 'Open the screening lists', open: () => (go('screening'), useScreening.getState().openScreening(null), useScreening.getState().setTab('lists')) };
    case 'list_snapshot':
    case 'control_list':
      return { label: 'Open the list versions', open: () => (go('control-lists'), useControlLists.getState().setTab('snapshots')) };
    case 'settings':
      return row.recordId === 'userName' || row.recordId === 'submitter' ? { label: 'Open settings', open: () => useApp.getState().setSettingsOpen(true) } : null;
    default:
      return null;
  }
}
