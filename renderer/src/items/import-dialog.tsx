import { ITEM_CSV_COLUMNS, REQUIRED_ITEM_CSV_COLUMNS } from '../../../shared/items/csv-columns';
import type { ItemImportPreviewRow } from '../../../shared/items/types';
import { call } from '../api/client';
import { CsvImportDialog } from '../components/csv-import-dialog';
import { countOf } from '../components/format';
import { useItems } from './store';

/** Import of an item spreadsheet saved as CSV, checked row by row before anything is written. */
export function ItemImportDialog() {
  const { setImportOpen, refresh } = useItems();
  return (
    <CsvImportDialog<ItemImportPreviewRow>
      testId="item-import"
      title="Import items from a spreadsheet"
      help={
        <>
          Save the spreadsheet as CSV (UTF-8). The first line names the columns: {REQUIRED_ITEM_CSV_COLUMNS.join(', ')} are required; ExportDesk also reads{' '}
          {ITEM_CSV_COLUMNS.filter((c) => !REQUIRED_ITEM_CSV_COLUMNS.includes(c)).join(', ')}. The item type is commodity, software or technology; the origin an ISO
          country code or name; parameters are written “Key length=256 [bit]; Throughput=10 [Gbit/s]”.
        </>
      }
      count={(n) => countOf(n, 'item', 'items')}
      columns={[
        { header: 'Name', cell: (r) => r.name || <span className="muted">(empty)</span> },
        { header: 'Model', cell: (r) => r.modelNumber },
        { header: 'Type', cell: (r) => r.itemType },
        { header: 'Origin', cell: (r) => r.originCountry },
        { header: 'Parameters', numeric: true, cell: (r) => r.parameterCount },
      ]}
      preview={(source) => call('items.importPreview', { source })}
      commit={(source, expectedSha256) => call('items.import', { source, expectedSha256 })}
      onImported={refresh}
      onClose={() => setImportOpen(false)}
    />
  );
}
