import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Input, Method } from '../../shared/contract';
import { generateAuditLog, GENERATED_ACTORS } from '../bench/audit-data';
import { cleanupTemp, ok, openTempWorkspace, type TempWorkspace } from './helpers';
import { captureStatements, plan } from './query-plan-helpers';

/**
 * The Audit page filters a log that grows by every change ever made. Each statement behind a
 * filter is read with EXPLAIN QUERY PLAN, so a change that turns a page into a sort of the whole
 * log fails here rather than on a desk with 200,000 rows (`npm run bench` has the timings).
 */
type Filters = NonNullable<Input<'audit.count'>>;

const WIDE = { from: '2025-01-01', to: '2026-12-31' };
const NARROW = { from: '2025-06-01', to: '2025-06-02' };

const CASES: { what: string; f: Filters; page: RegExp; count: RegExp; sorts?: true }[] = [
  // No filter, user and action: the log is read newest first by id and stops at the end of the page.
  { what: 'no filter', f: {}, page: /^SCAN audit_log$/, count: /^SCAN audit_log USING COVERING INDEX/ },
  { what: 'one record', f: { recordType: 'party', recordId: '42' }, page: /^SEARCH audit_log USING INDEX audit_log_record \(record_type=\? AND record_id=\?\)$/, count: /USING COVERING INDEX audit_log_record \(record_type=\? AND record_id=\?\)/ },
  // A kind of record holds many rows: its index range is read and sorted by id.
  { what: 'kind of record', f: { recordType: 'screening' }, page: /^SEARCH audit_log USING INDEX audit_log_record \(record_type=\?\)/, count: /USING COVERING INDEX audit_log_record \(record_type=\?\)/, sorts: true },
  { what: 'wide dates', f: WIDE, page: /^SEARCH audit_log USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)$/, count: /^SEARCH audit_log USING COVERING INDEX audit_log_at \(at>\? AND at<\?\)$/ },
  { what: 'narrow dates', f: NARROW, page: /^SEARCH audit_log USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)$/, count: /^SEARCH audit_log USING COVERING INDEX audit_log_at \(at>\? AND at<\?\)$/ },
  { what: 'from a date', f: { from: '2026-06-01' }, page: /^SEARCH audit_log USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)$/, count: /^SEARCH audit_log USING COVERING INDEX audit_log_at \(at>\?\)$/ },
  { what: 'dates and user', f: { ...WIDE, actor: GENERATED_ACTORS[0] }, page: /^SEARCH audit_log USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)$/, count: /^SEARCH audit_log USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)$/ },
  // The record's index ends in id, so the date's id range narrows it further.
  { what: 'one record and dates', f: { recordType: 'party', recordId: '42', ...NARROW }, page: /^SEARCH audit_log USING INDEX audit_log_record \(record_type=\? AND record_id=\? AND id>\? AND id<\?\)$/, count: /USING INDEX audit_log_record \(record_type=\? AND record_id=\? AND id>\? AND id<\?\)/ },
  // No index on actor or action (see the report): read by id, newest first, filtered row by row.
  { what: 'user', f: { actor: GENERATED_ACTORS[0] }, page: /^SCAN audit_log$/, count: /^SCAN audit_log$/ },
  { what: 'action prefix', f: { actionPrefix: 'parties.' }, page: /^SCAN audit_log$/, count: /^SCAN audit_log$/ },
];

describe('query plans of the audit log (on 20,000 generated rows)', () => {
  let ws: TempWorkspace;
  beforeAll(() => {
    ws = openTempWorkspace();
    generateAuditLog(ws.db, 20_000);
  });
  afterAll(cleanupTemp);

  /** The plans of the audit_log statements one call prepares. */
  async function plansOf<M extends Method>(method: M, input: Input<M>): Promise<{ sql: string; lines: string[] }[]> {
    const seen = captureStatements(ws.db);
    ok(await ws.core.call(method, input));
    vi.restoreAllMocks();
    return [...seen]
      .filter((sql) => /\baudit_log\b/.test(sql) && /^\s*(WITH|SELECT)/i.test(sql))
      .map((sql) => ({ sql, lines: plan(ws.db, sql, Array((sql.match(/\?/g) ?? []).length).fill(null)) }));
  }

  for (const c of CASES) {
    it(`${c.what}: the page and its count`, async () => {
      const page = (await plansOf('audit.list', { ...c.f, limit: 100 })).find((p) => /ORDER BY id DESC/.test(p.sql))!;
      expect(page.lines[0]).toMatch(c.page);
      if (!c.sorts) expect(page.lines.join('\n')).not.toContain('USE TEMP B-TREE');
      const count = (await plansOf('audit.count', c.f)).find((p) => /count\(\*\)/.test(p.sql))!;
      expect(count.lines.join('\n')).toMatch(c.count);
    });
  }

  it('turns a date range into its id range through the `at` index, without reading a row', async () => {
    const [bracket] = (await plansOf('audit.list', WIDE)).filter((p) => /min\(id\)/.test(p.sql));
    expect(bracket!.lines).toEqual(['SEARCH audit_log USING COVERING INDEX audit_log_at (at>? AND at<?)']);
  });

  it('lists the kinds of record by hopping through their index, one value at a time', async () => {
    const kinds = (await plansOf('audit.facets', {})).find((p) => /RECURSIVE/.test(p.sql))!;
    expect(kinds.lines.filter((l) => /audit_log/.test(l)).every((l) => /USING COVERING INDEX audit_log_record/.test(l))).toBe(true);
  });

  it('exports in id order, a step at a time, with no sort', async () => {
    for (const f of [{}, WIDE, { actor: GENERATED_ACTORS[2] }]) {
      const step = (await plansOf('audit.exportCsv', f)).find((p) => /id > \? AND id <= \?/.test(p.sql))!;
      expect(step.lines[0]).toMatch(/^SEARCH audit_log USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)$/);
      expect(step.lines.join('\n')).not.toContain('USE TEMP B-TREE');
    }
  });

  it('verifies a step at a time through the primary key', async () => {
    const step = (await plansOf('audit.verify', {})).find((p) => /WHERE id > \?/.test(p.sql))!;
    expect(step.lines).toEqual(['SEARCH audit_log USING INTEGER PRIMARY KEY (rowid>?)']);
  });
});
