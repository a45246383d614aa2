import { SCREENING_STATE_LABELS, type KycSummary, type PartyScreeningStatus } from '../../../shared/parties/types';

/**
 * The red-flag marker: shown wherever a party appears while any "Know Your Customer" question is
 * answered yes (Supp. No. 3 to Part 732). BIS expects the flag resolved before the transaction goes on.
 */
export function RedFlagMarker({ kyc, compact = false }: { kyc: KycSummary; compact?: boolean }) {
  if (kyc.openRedFlags === 0) return null;
  const label = `${kyc.openRedFlags} open red flag${kyc.openRedFlags === 1 ? '' : 's'}`;
  return (
    <span className="badge red-flag" data-testid="red-flag-marker" title={`${label}: resolve before shipping (Supp. No. 3 to Part 732)`} aria-label={label}>
      <span aria-hidden="true">⚑</span> {compact ? kyc.openRedFlags : label}
    </span>
  );
}

/** Where the due-diligence checklist stands, in words. */
export function KycBadge({ kyc }: { kyc: KycSummary }) {
  if (kyc.state === 'open') return <RedFlagMarker kyc={kyc} />;
  if (kyc.state === 'clear') {
    return (
      <span className="badge kyc-clear" data-testid="kyc-state" data-state="clear" title="Every red-flag question answered no">
        Checklist clear
      </span>
    );
  }
  return (
    <span className="badge" data-testid="kyc-state" data-state="incomplete" title="Some red-flag questions are unanswered or unknown">
      Checklist {kyc.answered}/{kyc.total}
    </span>
  );
}

export function ScreeningBadge({ status }: { status: PartyScreeningStatus }) {
  const detail =
    status.state === 'confirmed-match'
      ? 'A confirmed match on a restricted-party list: this party must not be used'
      : status.state === 'open-hits'
        ? `${status.openHits} possible match${status.openHits === 1 ? '' : 'es'} to review`
        : status.lastScreenedAt
          ? `Last screened ${status.lastScreenedAt.slice(0, 10)}`
          : (status.notScreenedReason ?? 'Not screened against the restricted-party lists yet');
  return (
    <span className={`badge screening-${status.state}`} data-testid="screening-badge" data-state={status.state} title={detail}>
      {SCREENING_STATE_LABELS[status.state]}
      {status.state === 'open-hits' ? ` (${status.openHits})` : ''}
    </span>
  );
}
