import type { Database } from 'better-sqlite3';
import type { AuditVerification } from '../../shared/contract/audit';
import { anchorBreak, pdfReadLimit, readAuditAnchor } from './audit-anchor';
import { auditHeadBreak } from './audit-head';
import { verifyAuditChainInSteps } from './audit-verify';

/**
 * `audit verify`: the hash chain of the whole log (in steps, so the app stays responsive), then,
 * given a package or backup made earlier (`against`), whether the log still holds the row it
 * recorded, then the log's end against audit-head.json. The first finding is the one named: a
 * broken chain, then a rewrite the anchor shows, then a cut end or a lost head file.
 */
export async function checkAuditLog(dir: string, db: Database, opts: { against?: string } = {}): Promise<AuditVerification> {
  // Read first: a file that is not a package or backup is refused before the long walk.
  const anchor = opts.against ? await readAuditAnchor(opts.against, { pdfReadLimit: pdfReadLimit(db) }) : null;
  const chain = await verifyAuditChainInSteps(db);
  const broken = anchor ? anchorBreak(db, anchor) : null;
  const withAnchor = (v: AuditVerification): AuditVerification => (anchor ? { ...v, against: { ...anchor, holds: broken === null } } : v);
  if (!chain.ok) return withAnchor(chain);
  if (broken) return withAnchor({ ...chain, ok: false, firstBroken: broken });
  // An intact chain can still be a cut one: compare its end with the head kept outside the database.
  const cut = auditHeadBreak(dir, db);
  return withAnchor(cut ? { ...chain, ok: false, firstBroken: cut } : chain);
}
