import { useApp } from '../app/app-store';
import { errorMessage } from '../components/error-box';
import { formatCount } from '../components/format';
import { useChainCheck } from './chain-check';
import './audit.css';

/**
 * Shown on every page while the audit log's chain is broken: records kept for 15 CFR 762.6 can no
 * longer be shown to be unaltered, which the user must know before relying on them. It stays until
 * a later check finds the chain intact.
 */
export function ChainWarning() {
  const check = useChainCheck((s) => s.check);
  if (check.state !== 'done' || check.result.ok || !check.result.firstBroken) return null;
  const { id, reason } = check.result.firstBroken;
  return (
    <div className="chain-warning" role="alert" data-testid="audit-chain-warning" data-row={id}>
      <strong>The audit log has been altered outside ExportDesk.</strong> The hash chain breaks at row {id}: {reason}. Changes from row {id} on cannot be
      shown to be as recorded.{' '}
      <button type="button" className="link-button" onClick={() => useApp.getState().setArea('audit')} data-testid="audit-chain-warning-open">
        Open the audit log
      </button>
    </div>
  );
}

/** The quiet line in the status bar: the chain checked, being checked, or why it could not be. */
export function ChainStatus() {
  const check = useChainCheck((s) => s.check);
  const text =
    check.state === 'checking'
      ? 'Checking the audit chain…'
      : check.state === 'failed'
        ? 'Audit chain not checked'
        : check.state === 'done'
          ? check.result.ok
            ? `Audit chain verified · ${formatCount(check.result.rowsChecked)} ${check.result.rowsChecked === 1 ? 'row' : 'rows'}`
            : `Audit chain broken at row ${check.result.firstBroken?.id}`
          : null;
  if (!text) return null;
  const broken = check.state === 'done' && !check.result.ok;
  return (
    <span
      className={`status-item${broken || check.state === 'failed' ? ' status-error' : ''}`}
      data-testid="status-audit-chain"
      data-state={check.state === 'done' ? (check.result.ok ? 'intact' : 'broken') : check.state}
      title={check.state === 'failed' ? errorMessage(check.error) : 'Every audit row is checked against the hash of the row before it'}
    >
      {text}
    </span>
  );
}
