import { useState } from 'react';
import type { PathPurpose } from '../../../shared/contract/host';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';

/**
 * A file or folder given by its full path. The browser build has no native dialog, so the path is
 * typed; the desktop app adds a Choose… button (host.choosePath). The core checks either the same way.
 */
export function PathField(props: {
  label: string;
  help?: string;
  value: string;
  onChange(value: string): void;
  purpose: PathPurpose;
  canChoose: boolean;
  disabled?: boolean;
  placeholder?: string;
  testId: string;
}) {
  const [error, setError] = useState<unknown>(null);

  async function choose() {
    setError(null);
    try {
      const { path } = await call('host.choosePath', { purpose: props.purpose, ...(props.value.trim() ? { defaultPath: props.value.trim() } : {}) });
      if (path) props.onChange(path);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <label className="field path-field">
      <span className="field-label">{props.label}</span>
      <span className="path-field-row">
        <input
          type="text"
          className="mono"
          value={props.value}
          placeholder={props.placeholder}
          disabled={props.disabled}
          spellCheck={false}
          maxLength={4096}
          onChange={(e) => props.onChange(e.target.value)}
          data-testid={props.testId}
        />
        {props.canChoose && (
          <button type="button" className="button" disabled={props.disabled} onClick={() => void choose()} data-testid={`${props.testId}-choose`}>
            Choose…
          </button>
        )}
      </span>
      {props.help && <span className="field-help">{props.help}</span>}
      <ErrorBox error={error} testId={`${props.testId}-choose-error`} />
    </label>
  );
}
