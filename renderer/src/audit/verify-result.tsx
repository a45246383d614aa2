import { errorMessage } from '../components/error-box';
import { formatCount, formatDateTime } from '../components/format';
import { useChainCheck } from './chain-check';

/** The Audit page's answer to "Verify chain": the same check the app ran at start-up. */
export function VerifyResult() {
  const check = useChainCheck((s) => s.check);
  if (check.state === 'idle') return null;
  if (check.state === 'checking') {
    return (
      <p className="audit-verify-result muted" role="status" data-testid="audit-verify-result" data-state="checking">
        Checking every row against the hash of the row before it…
      </p>
    );
  }
  if (check.state === 'failed') {
    return (
      <p className="audit-verify-result status-error" role="status" data-testid="audit-verify-result" data-state="failed">
        The chain could not be checked: {errorMessage(check.error)}
      </p>
    );
  }
  const { ok, rowsChecked, firstBroken } = check.result;
  // The start-up check may be a while old: say when the answer was true.
  const when = <span className="muted"> (checked {formatDateTime(check.checkedAt)})</span>;
  return ok ? (
    <p className="audit-verify-result ok" role="status" data-testid="audit-verify-result" data-state="intact">
      Chain intact: all {formatCount(rowsChecked)} rows are as they were written, none missing.{when}
    </p>
  ) : (
    <p className="audit-verify-result broken" role="status" data-testid="audit-verify-result" data-state="broken">
      Chain broken at row {firstBroken?.id}: {firstBroken?.reason}.{when}
    </p>
  );
}
