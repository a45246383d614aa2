import type { Party } from '../../../shared/parties/types';
import { call } from '../api/client';
import { AuditHistory } from '../components/audit-history';

/** The party's audit rows: created, changed, checklist answered, document attached, imported. */
export function HistoryPanel({ party }: { party: Party }) {
  return (
    <AuditHistory
      load={() => call('parties.history', { partyId: party.id })}
      reloadOn={[party.id, party.updatedAt, party.documentCount]}
      testId="history-panel"
      rowTestId="history-row"
    />
  );
}
