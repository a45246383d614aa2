import type { Database } from 'better-sqlite3';
import { auditRowHash } from '../../electron/core/audit';

/**
 * A generated audit log for benchmarks, query-plan and chain tests: several officers over two
 * years, the mix of actions a busy desk writes (mostly party and item edits and screenings), with
 * before/after JSON of a realistic size. The rows form a valid hash chain continuing whatever the
 * log already holds. Deterministic for a given seed.
 */
export const GENERATED_ACTORS = ['A. Officer', 'B. Analyst', 'C. Reviewer', 'D. Counsel', 'E. Clerk'];

const ACTIONS: [action: string, recordType: string, weight: number][] = [
  ['parties.update', 'party', 25],
  ['parties.create', 'party', 8],
  ['items.update', 'item', 15],
  ['items.create', 'item', 5],
  ['screening.party', 'screening', 20],
  ['screening.decide', 'screening_hit', 10],
  ['classifications.save', 'item', 8],
  ['applications.update', 'application', 6],
  ['applications.setStatus', 'application', 2],
  ['settings.update', 'settings', 1],
];

const START = Date.parse('2025-01-01T08:00:00.000Z');
/** Two years spread over the rows, whatever their number. */
const SPAN_MS = 2 * 365 * 24 * 3600 * 1000;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function generateAuditLog(db: Database, count: number, seed = 7): void {
  const rand = rng(seed);
  const total = ACTIONS.reduce((n, [, , w]) => n + w, 0);
  const last = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined;
  const insert = db.prepare(
    `INSERT INTO audit_log (id, at, actor, action, record_type, record_id, before_json, after_json, prev_hash, hash)
     VALUES (@id, @at, @actor, @action, @record_type, @record_id, @before_json, @after_json, @prev_hash, @hash)`,
  );
  let prevHash = last?.hash ?? '0'.repeat(64);
  const first = (last?.id ?? 0) + 1;
  db.transaction(() => {
    for (let id = first; id < first + count; id++) {
      let r = rand() * total;
      const [action, recordType] = ACTIONS.find(([, , w]) => (r -= w) < 0) ?? ACTIONS[0]!;
      const recordId = String(1 + Math.floor(rand() * 5000));
      const row = {
        id,
        at: new Date(START + Math.floor(((id - first) / count) * SPAN_MS)).toISOString(),
        actor: GENERATED_ACTORS[Math.floor(rand() * GENERATED_ACTORS.length)]!,
        action,
        record_type: recordType,
        record_id: recordId,
        before_json: action.endsWith('.update') ? JSON.stringify({ notes: `Checked against the end-use statement ${id}`, website: null }) : null,
        after_json: JSON.stringify({ notes: `Reviewed with the consignee on call ${id}; end use confirmed as civil research.`, website: `https://www.example-${recordId}.com` }),
        prev_hash: prevHash,
      };
      const hash = auditRowHash(row);
      insert.run({ ...row, hash });
      prevHash = hash;
    }
  })();
}
