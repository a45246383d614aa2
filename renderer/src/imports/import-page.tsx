import { READABLE_FILES } from '../../../shared/imports/detected-file';
import { ImportAnyPanel } from './import-any-panel';
import './imports.css';

/** The one place to import any list file; the list pages keep their own panels for a known format. */
export function ImportPage() {
  return (
    <div className="page" data-testid="import-page">
      <header className="page-header">
        <h1>Import</h1>
      </header>
      <div className="page-body">
        <ImportAnyPanel />
        <ReadableFiles />
      </div>
    </div>
  );
}

function ReadableFiles() {
  return (
    <section className="panel" aria-labelledby="readable-files-title" data-testid="readable-files">
      <h2 id="readable-files-title" className="panel-title">
        What ExportDesk reads
      </h2>
      <div className="readable-groups">
        {READABLE_FILES.map((g) => (
          <div key={g.group} className="readable-group">
            <h3>{g.group}</h3>
            <ul>
              {g.files.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <p className="field-help">
        Download the lists yourself (ExportDesk makes no network request) and import each file as it was published: every import becomes an immutable
        version recording its source, date and SHA-256. Party and item spreadsheets are imported on the Parties and Items pages, where every row is
        checked and shown before anything is written.
      </p>
    </section>
  );
}
