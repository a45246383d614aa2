import { useEffect, useState } from 'react';
import type { DetectedFile, ImportKind } from '../../../shared/imports/detected-file';
import { call, fileToSource } from '../api/client';
import { OpenImportButton } from './open-import-button';

/**
 * Under a list panel's refusal: when the file is another kind ExportDesk reads (a Country Chart
 * dropped on Control lists), says what it is and hands it to the Import page.
 */
export function ImportElsewhereHint({ file, panelKind, what, testId }: { file: File; panelKind: ImportKind; what: string; testId: string }) {
  const [detected, setDetected] = useState<DetectedFile | null>(null);

  useEffect(() => {
    let live = true;
    setDetected(null);
    fileToSource(file)
      .then((source) => call('imports.detect', { source }))
      .then((d) => live && setDetected(d))
      // Not recognised either: the refusal above already says why.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [file]);

  if (detected && detected.kind !== panelKind && detected.kind !== 'elsewhere') {
    return (
      <div className="notice" role="status" data-testid={`${testId}-detected`} data-kind={detected.kind}>
        {file.name} is the {detected.label}, not {what}. <OpenImportButton file={file} label={`Import it as the ${detected.label}`} testId={testId} />
      </div>
    );
  }
  return (
    <p className="field-help">
      Not {what}? <OpenImportButton file={file} label={`Import ${file.name} as what it is`} testId={testId} />
    </p>
  );
}
