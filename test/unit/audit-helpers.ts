/** A small audit log with known users, actions, records and times, written through the real core. */
import os from 'node:os';
import { createItem } from './classification-helpers';
import { ok, openTempWorkspace, type TempWorkspace } from './helpers';
import { createParty } from './parties-helpers';

export const OS_USER = os.userInfo().username || 'unknown user';

/**
 * Seven rows, each written at the time shown (UTC), by the user named:
 *
 *   1 2026-03-01 09:00:00.000  OS user  settings.update  settings userName   (to Ada)
 *   2 2026-03-01 23:59:59.999  Ada      parties.create   party 1
 *   3 2026-03-02 00:00:00.000  Ada      parties.update   party 1
 *   4 2026-03-02 10:00:00.000  Ada      settings.update  settings userName   (to Grace)
 *   5 2026-03-03 08:00:00.000  Grace    parties.create   party 2
 *   6 2026-03-03 09:00:00.000  Grace    items.create     item 1
 *   7 2026-03-04 12:00:00.000  Grace    parties.update   party 1
 *
 * Rows 2 and 3 sit either side of midnight, to test that date bounds include their whole day.
 */
export async function auditScenario(): Promise<TempWorkspace & { setClock(iso: string): void }> {
  let now = '2026-03-01T09:00:00.000Z';
  const ws = openTempWorkspace({ clock: () => new Date(now) });
  const setClock = (iso: string) => void (now = iso);
  ok(await ws.core.call('settings.update', { userName: 'Ada' }));
  setClock('2026-03-01T23:59:59.999Z');
  const p1 = await createParty(ws.core, { legalName: 'Nordlicht Photonics GmbH' });
  setClock('2026-03-02T00:00:00.000Z');
  ok(await ws.core.call('parties.update', { id: p1.id, notes: 'End use confirmed by phone' }));
  setClock('2026-03-02T10:00:00.000Z');
  ok(await ws.core.call('settings.update', { userName: 'Grace' }));
  setClock('2026-03-03T08:00:00.000Z');
  await createParty(ws.core, { legalName: 'Kestrel Avionics Ltd', country: 'GB' });
  setClock('2026-03-03T09:00:00.000Z');
  await createItem(ws.core);
  setClock('2026-03-04T12:00:00.000Z');
  ok(await ws.core.call('parties.update', { id: p1.id, notes: 'Site visit done' }));
  return { ...ws, setClock };
}
