import { openImport } from './store';

/** The way to the one import entry point from any page, optionally carrying the file already picked. */
export function OpenImportButton({ file, label = 'Import a file…', testId = 'open-import', className = 'link-button' }: { file?: File | null; label?: string; testId?: string; className?: string }) {
  return (
    <button type="button" className={className} onClick={() => openImport(file)} data-testid={testId}>
      {label}
    </button>
  );
}
