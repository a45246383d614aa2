/** The real 2026-07-23 CCL, Country Chart and Country Groups files the determination suites read. */
import fs from 'node:fs';
import { ok, SHARED_CONTROL_LISTS_DIR, sharedData, type TempWorkspace } from './helpers';

export const DETERMINATION_FILES = {
  ccl: sharedData('control-lists', 'us-ccl-2026-07-23.json'),
  chart: sharedData('control-lists', 'us-country-chart-2026-07-23.json'),
  groups: sharedData('control-lists', 'us-country-groups-2026-07-23.json'),
};

/** The files that are absent, said once on the console so a skipped suite says why. */
export function missingDeterminationFiles(suite: string): string[] {
  const missing = Object.values(DETERMINATION_FILES).filter((f) => !fs.existsSync(f));
  if (missing.length) console.warn(`[${suite}] SKIPPED: ${missing.join(', ')} not found. These tests need the shared data folder ${SHARED_CONTROL_LISTS_DIR}.`);
  return missing;
}

export async function importDeterminationFiles(ws: TempWorkspace): Promise<void> {
  ok(await ws.core.call('controls.import', { source: { path: DETERMINATION_FILES.ccl } }));
  ok(await ws.core.call('destinations.import', { source: { path: DETERMINATION_FILES.chart } }));
  ok(await ws.core.call('destinations.import', { source: { path: DETERMINATION_FILES.groups } }));
}
