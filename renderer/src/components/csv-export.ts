import { useState } from 'react';
import { downloadText } from './download';

/** The Export CSV button of a records page: runs the export and saves the file, keeping any error to show. */
export function useCsvExport(run: () => Promise<{ fileName: string; content: string }>) {
  const [error, setError] = useState<unknown>(null);
  async function exportCsv() {
    setError(null);
    try {
      const out = await run();
      downloadText(out.fileName, out.content, 'text/csv');
    } catch (e) {
      setError(e);
    }
  }
  return { exportCsv, error, clearError: () => setError(null) };
}
