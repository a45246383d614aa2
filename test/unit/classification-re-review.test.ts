import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanupTemp, countRows, failed, fixedClock, importFile, ok, openTempWorkspace } from './helpers';
import { CCL_V1, CCL_V2, classificationWorkspace, classifyMassMarket, createItem } from './classification-helpers';

afterEach(cleanupTemp);
afterEach(() => vi.restoreAllMocks());

const AT = '2026-04-02T10:00:00.000Z';

async function classifyEntry(ws: Awaited<ReturnType<typeof classificationWorkspace>>, itemId: number, paragraphCode: string | null, entryCode = paragraphCode!.slice(0, 5)) {
  return ok(
    await ws.core.call('classifications.save', { itemId, jurisdiction: 'us-ear', kind: 'entry', entryCode, ...(paragraphCode ? { paragraphCode } : {}), rationale: 'Per the questionnaire', status: 'final' }),
  ).classification;
}

describe('re-review after a new version of a list becomes current', () => {
  it('marks every item whose cited paragraph changed, with the word-level difference, and leaves the others alone', async () => {
    const ws = await classificationWorkspace({ clock: fixedClock(AT) });
    const router = await createItem(ws.core, { name: 'Retail VPN Router' });
    const car = await createItem(ws.core, { name: 'Telematics Unit' });
    const server = await createItem(ws.core, { name: 'Storage Server' });
    const tool = await createItem(ws.core, { name: 'Patch Manager', itemType: 'software' });
    const plain = await createItem(ws.core, { name: 'Cable' });
    await classifyMassMarket(ws.core, router.id);
    await classifyEntry(ws, car.id, '5A002.a.4');
    await classifyEntry(ws, server.id, '5A002.a.3');
    await classifyEntry(ws, tool.id, null, '4D004');
    ok(await ws.core.call('classifications.save', { itemId: plain.id, jurisdiction: 'us-ear', kind: 'ear99', rationale: 'No encryption', status: 'final' }));

    const v2 = await importFile(ws.core, CCL_V2);

    const flagged = ok(await ws.core.call('items.list', { needsReview: true }));
    expect(flagged.rows.map((r) => r.name).sort()).toEqual(['Retail VPN Router', 'Telematics Unit']);

    const queue = ok(await ws.core.call('classifications.reReviewQueue', {}));
    expect(queue.total).toBe(2);
    const byItem = new Map(queue.rows.map((r) => [r.itemName, r]));
    const changed = byItem.get('Retail VPN Router')!;
    expect(changed).toMatchObject({ reason: 'changed', snapshotId: v2.id, snapshotLabel: 'eCFR 2026-04-01', label: '5A992.c', jurisdiction: 'us-ear', createdAt: AT, resolvedAt: null });
    expect(changed.words.filter((w) => w.added).map((w) => w.value.trim())).toEqual(['and (e)']);
    expect(changed.words.filter((w) => w.removed)).toEqual([]);
    expect(changed.beforeText).toContain('in accordance with § 740.17(b) of the EAR.');
    expect(changed.afterText).toContain('in accordance with § 740.17(b) and (e) of the EAR.');

    // 5A002.a.4.b was dropped: a classification of 5A002.a.4 cites it among its sub-paragraphs.
    const removedChild = byItem.get('Telematics Unit')!;
    expect(removedChild.reason).toBe('changed');
    expect(removedChild.words.filter((w) => w.removed).map((w) => w.value)).toEqual([expect.stringContaining('5A002.a.4.b It is performed by incorporated equipment')]);

    const item = ok(await ws.core.call('items.get', { id: router.id }));
    expect([item.needsReview, item.openReviews]).toEqual([true, 1]);
    const history = ok(await ws.core.call('classifications.history', { itemId: router.id }));
    expect(history[0]!.reviews).toEqual([expect.objectContaining({ reason: 'changed', snapshotId: v2.id, resolvedAt: null })]);
  });

  it('marks a classification whose cited paragraph disappeared as removed, showing the whole old text struck out', async () => {
    const ws = await classificationWorkspace();
    const item = await createItem(ws.core, { name: 'Incorporating device' });
    await classifyEntry(ws, item.id, '5A002.a.4.b');
    await importFile(ws.core, CCL_V2);
    const [review] = ok(await ws.core.call('classifications.reReviewQueue', {})).rows;
    expect(review).toMatchObject({ reason: 'removed', afterText: null, label: '5A002.a.4.b' });
    expect(review!.words).toEqual([{ value: review!.beforeText, removed: true }]);
  });

  it('writes the reviews and their audit rows in the same transaction as the import', async () => {
    const ws = await classificationWorkspace({ clock: fixedClock(AT) });
    const item = await createItem(ws.core);
    const c = await classifyMassMarket(ws.core, item.id);
    const n = countRows(ws.db).audit_log;
    const v2 = await importFile(ws.core, CCL_V2);
    const rows = ws.db.prepare('SELECT action, record_type, record_id, after_json FROM audit_log WHERE id > ? ORDER BY id').all(n) as { action: string; record_type: string; record_id: string; after_json: string }[];
    expect(rows.map((r) => [r.action, r.record_type])).toEqual([
      ['controls.import', 'list_snapshot'],
      ['controls.setCurrent', 'control_list'],
      ['classifications.reReview', 'item'],
    ]);
    expect(JSON.parse(rows[2]!.after_json)).toEqual({ classificationId: c.id, cited: '5A992.c', reason: 'changed', snapshotId: v2.id, versionLabel: 'eCFR 2026-04-01', listId: 'us-ccl' });
    expect(ok(await ws.core.call('items.history', { itemId: item.id }))[0]!.action).toBe('classifications.reReview');
  });

  it('rolls the import back when marking fails: no snapshot, no review, no flag', async () => {
    const ws = await classificationWorkspace();
    const item = await createItem(ws.core);
    await classifyMassMarket(ws.core, item.id);
    const before = countRows(ws.db);
    // A review that cannot be written (here a trigger standing in for a full disk) must take the import down with it.
    ws.db.exec(`CREATE TRIGGER fail_reviews BEFORE INSERT ON classification_reviews BEGIN SELECT RAISE(ABORT, 'disk full'); END;`);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    // The trigger's words are SQLite's: they go to the log, the message says something went wrong.
    expect(failed(await ws.core.call('controls.import', { source: { path: CCL_V2 } })).code).toBe('INTERNAL');
    expect(String(logged.mock.calls[0]?.[1])).toContain('disk full');
    expect(countRows(ws.db)).toEqual(before);
    expect(ok(await ws.core.call('items.get', { id: item.id })).needsReview).toBe(false);
  });

  it('raises one review per classification and version: making the same version current again adds none', async () => {
    const ws = await classificationWorkspace();
    const item = await createItem(ws.core);
    await classifyMassMarket(ws.core, item.id);
    const v2 = await importFile(ws.core, CCL_V2);
    ok(await ws.core.call('controls.setCurrent', { snapshotId: ws.ccl }));
    ok(await ws.core.call('controls.setCurrent', { snapshotId: v2.id }));
    expect(ok(await ws.core.call('classifications.reReviewQueue', {})).total).toBe(1);
  });

  it('flags a classification made against the newer version when an older one is made current again', async () => {
    const ws = await classificationWorkspace();
    const v2 = await importFile(ws.core, CCL_V2);
    const item = await createItem(ws.core);
    const c = await classifyMassMarket(ws.core, item.id);
    expect(c.snapshot?.id).toBe(v2.id);
    ok(await ws.core.call('controls.setCurrent', { snapshotId: ws.ccl }));
    expect(ok(await ws.core.call('classifications.reReviewQueue', {})).rows.map((r) => [r.label, r.snapshotId])).toEqual([['5A992.c', ws.ccl]]);
  });

  it('does not flag an item when the new version leaves its cited text as it was', async () => {
    const ws = await classificationWorkspace();
    const item = await createItem(ws.core);
    await classifyEntry(ws, item.id, '5A002.a.1');
    await importFile(ws.core, CCL_V2);
    expect(ok(await ws.core.call('items.get', { id: item.id })).needsReview).toBe(false);
  });

  it('does not flag anything when an older edition is imported for the record (it does not become current)', async () => {
    const ws = openTempWorkspace();
    await importFile(ws.core, CCL_V2);
    const item = await createItem(ws.core);
    await classifyMassMarket(ws.core, item.id);
    const older = await importFile(ws.core, CCL_V1);
    expect(older.isCurrent).toBe(false);
    expect(ok(await ws.core.call('items.get', { id: item.id })).needsReview).toBe(false);
  });

  it('is resolved by a new classification: confirming against the new version, or classifying again', async () => {
    const ws = await classificationWorkspace({ clock: fixedClock(AT) });
    ok(await ws.core.call('settings.update', { userName: 'Grace Hopper' }));
    const item = await createItem(ws.core);
    const old = await classifyMassMarket(ws.core, item.id);
    const v2 = await importFile(ws.core, CCL_V2);
    const confirmed = await classifyMassMarket(ws.core, item.id, { snapshotId: v2.id, rationale: 'The change adds § 740.17(e); the item is still mass market.', expectedCurrentId: old.id });
    expect(confirmed.snapshot?.id).toBe(v2.id);
    expect(confirmed.quotedText).toContain('§ 740.17(b) and (e)');
    const [was] = ok(await ws.core.call('classifications.history', { itemId: item.id })).filter((h) => h.id === old.id);
    expect(was!.reviews[0]).toMatchObject({ resolvedAt: AT, resolvedBy: 'Grace Hopper', resolvedByClassificationId: confirmed.id });
    expect(ok(await ws.core.call('items.get', { id: item.id }))).toMatchObject({ needsReview: false, openReviews: 0 });
    expect(ok(await ws.core.call('classifications.reReviewQueue', {})).total).toBe(0);
    expect(ok(await ws.core.call('items.list', { needsReview: true })).total).toBe(0);
  });

  it('does not touch EU classifications when the US list changes', async () => {
    const ws = await classificationWorkspace();
    const item = await createItem(ws.core);
    ok(await ws.core.call('classifications.save', { itemId: item.id, jurisdiction: 'eu', kind: 'entry', entryCode: '5A002', paragraphCode: '5A002.a.4', rationale: 'x', status: 'final' }));
    await importFile(ws.core, CCL_V2);
    expect(ok(await ws.core.call('items.get', { id: item.id })).needsReview).toBe(false);
  });

  it('raises nothing in a workspace without classifications', async () => {
    const ws = await classificationWorkspace();
    await importFile(ws.core, CCL_V2);
    expect(ws.db.prepare('SELECT count(*) AS n FROM classification_reviews').get()).toEqual({ n: 0 });
  });
});
