import { PARTY_CSV_COLUMNS, REQUIRED_PARTY_CSV_COLUMNS } from '../../../shared/parties/csv-columns';
import type { ImportPreviewRow, PartiesScreened } from '../../../shared/parties/types';
import { call } from '../api/client';
import { CsvImportDialog } from '../components/csv-import-dialog';
import { countOf } from '../components/format';
import { useParties } from './store';

/** What the screening that follows the import found, or why it did not run. */
function screeningNote(s: PartiesScreened): string {
  if (s.notScreenedReason && s.screened === 0) return `They are not screened. ${s.notScreenedReason}`;
  const found = s.withHits === 0 ? 'none has a possible match' : `${countOf(s.withHits, 'has', 'have')} possible matches to review in Screening ▸ Review queue`;
  return `Screened ${countOf(s.screened, 'party', 'parties')} against the current lists: ${found}.${s.notScreenedReason ? ` ${s.notScreenedReason}` : ''}`;
}

/** Import of a party spreadsheet saved as CSV, checked row by row before anything is written. */
export function ImportDialog() {
  const { setImportOpen, refresh } = useParties();
  return (
    <CsvImportDialog<ImportPreviewRow>
      testId="party-import"
      title="Import parties from a spreadsheet"
      help={
        <>
          Save the spreadsheet as CSV (UTF-8). The first line names the columns: {REQUIRED_PARTY_CSV_COLUMNS.join(', ')} are required; ExportDesk also reads{' '}
          {PARTY_CSV_COLUMNS.filter((c) => !REQUIRED_PARTY_CSV_COLUMNS.includes(c)).join(', ')}. Separate several names or roles in one cell with “;”.
        </>
      }
      count={(n) => countOf(n, 'party', 'parties')}
      columns={[
        { header: 'Legal name', cell: (r) => r.legalName || <span className="muted">(empty)</span> },
        { header: 'Kind', cell: (r) => r.kind },
        { header: 'Country', cell: (r) => r.country },
      ]}
      preview={(source) => call('parties.importPreview', { source })}
      commit={async (source, expectedSha256, jobId) => {
        const r = await call('parties.import', { source, expectedSha256, jobId });
        return { ...r, note: r.screening && screeningNote(r.screening) };
      }}
      onImported={refresh}
      onClose={() => setImportOpen(false)}
    />
  );
}
