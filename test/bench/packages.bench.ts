import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Method, Output } from '../../shared/contract';
import { RED_FLAG_IDS } from '../../shared/parties/red-flags';
import type { PartyRole } from '../../shared/parties/types';
import { openCore, type Core } from '../../electron/core';
import { fmt, summarize, timeAsync } from './stats';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
const ITEMS = 25;
const PARTIES = 10;
const PDFS = 5;
const RUNS = 5;
/** Target from the packages issue: one application's package in under 1.5 s. */
const TARGET_MS = 1500;

async function call<M extends Method>(core: Core, method: M, input: unknown): Promise<Output<M>> {
  const r = await core.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value;
}

async function samplePdf(n: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 1; p <= 3; p++) {
    const page = doc.addPage([595, 842]);
    for (let l = 0; l < 40; l++) page.drawText(`Supporting document ${n}, page ${p}, line ${l + 1}: terms, quantities and signatures.`, { x: 50, y: 780 - l * 18, size: 10, font });
  }
  return Buffer.from(await doc.save());
}

/** An application with 25 classified item lines, 10 screened parties and 5 attached PDFs of 3 pages. */
export async function buildWorkspace(dir: string): Promise<{ core: Core; applicationId: number }> {
  const core = openCore(dir);
  await call(core, 'settings.update', { userName: 'Bench Officer' });
  await call(core, 'controls.import', { source: { path: path.join(FIXTURES, 'determination/ccl-mini.json') } });
  await call(core, 'destinations.import', { source: { path: path.join(FIXTURES, 'determination/chart-mini.json') } });
  await call(core, 'destinations.import', { source: { path: path.join(FIXTURES, 'determination/groups-mini.json') } });
  await call(core, 'lists.import', { source: { path: path.join(FIXTURES, 'screening-lists/watch-list.csv') } });

  const app = (await call(core, 'applications.create', { reference: 'BENCH-001', applicant: 'Bench Exporter Inc., 1 Main St, Boston MA, US', destination: 'DE', endUse: 'Research network encryption', exportType: 'permanent' })).application;
  const roles: PartyRole[] = ['end-user', 'ultimate-consignee', 'purchaser', 'intermediate-consignee', 'end-user', 'other-party', 'intermediate-consignee', 'end-user', 'other-party', 'end-user'];
  for (let i = 0; i < PARTIES; i++) {
    const party = (
      await call(core, 'parties.create', {
        legalName: `Bench Partner ${i + 1} GmbH`,
        kind: 'commercial',
        country: 'DE',
        addresses: [{ type: 'business', street: `Musterstraße ${i + 1}`, city: 'Berlin', postalCode: '10115', country: 'DE' }],
      })
    ).party;
    await call(core, 'parties.answerKyc', { partyId: party.id, answers: RED_FLAG_IDS.map((flagId) => ({ flagId, answer: 'no' })) });
    await call(core, 'screening.party', { partyId: party.id });
    await call(core, 'applications.addParty', { id: app.id, partyId: party.id, role: roles[i], statementReason: roles[i] === 'end-user' ? 'Statement requested, not yet received' : undefined });
  }
  for (let i = 0; i < ITEMS; i++) {
    const item = (
      await call(core, 'items.create', {
        name: `Bench Gateway ${i + 1}`,
        modelNumber: `BG-${i + 1}`,
        manufacturer: 'Bench Networks',
        itemType: 'commodity',
        description: 'Site-to-site VPN appliance with hardware key storage',
        parameters: [
          { name: 'Encryption', value: 'AES-256-GCM' },
          { name: 'Throughput', value: String(i + 1), unit: 'Gbit/s' },
        ],
      })
    ).item;
    await call(core, 'classifications.save', { itemId: item.id, jurisdiction: 'us-ear', kind: 'entry', entryCode: '5A002', paragraphCode: '5A002.a.1', rationale: 'Primary function information security; cryptography for data confidentiality', status: 'final' });
    await call(core, 'applications.addItem', { id: app.id, itemId: item.id, quantity: i + 1, unit: 'units', unitPrice: '1000.00' });
  }
  const files = fs.mkdtempSync(path.join(os.tmpdir(), 'exportdesk-bench-pdfs-'));
  for (let i = 0; i < PDFS; i++) {
    const file = path.join(files, `document-${i + 1}.pdf`);
    fs.writeFileSync(file, await samplePdf(i + 1));
    await call(core, 'applications.attachDocument', { id: app.id, source: { path: file }, docType: 'letter' });
  }
  fs.rmSync(files, { recursive: true, force: true });
  return { core, applicationId: app.id };
}

export async function benchPackages(): Promise<void> {
  console.log(`\n## Filing packages (${ITEMS} items, ${PARTIES} parties, ${PDFS} attached PDFs)`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'exportdesk-bench-packages-'));
  try {
    const { core, applicationId } = await buildWorkspace(path.join(tmp, 'ws'));
    const times: number[] = [];
    let last: Output<'packages.generate'>['package'] | undefined;
    // The first run loads the fonts and warms the layout caches, as the first package of a session does.
    for (let run = 0; run <= RUNS; run++) {
      const t = await timeAsync(() => call(core, 'packages.generate', { kind: 'application', applicationId }));
      if (run > 0) times.push(t.ms);
      else console.log(`first package of the session (fonts loaded)   ${fmt(t.ms)}`);
      last = t.value.package;
    }
    const s = summarize(times);
    console.log(`package: ${last!.pages} pages, ${(last!.bytes / 1024).toFixed(0)} KB`);
    console.log(
      `${'generate (render, write, record)'.padEnd(44)} p50 ${fmt(s.p50).padStart(9)}  p95 ${fmt(s.p95).padStart(9)}  max ${fmt(s.max).padStart(9)}  (target < ${TARGET_MS} ms${s.max < TARGET_MS ? '' : ' — MISSED'})`,
    );
    await benchVerifyLarge(core, tmp);
    core.ws.close();
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** `package verify` of a 1 GiB file (sparse: no disk space) hashes it as a stream: memory stays flat. */
async function benchVerifyLarge(core: Core, tmp: string): Promise<void> {
  const file = path.join(tmp, 'large.pdf');
  const size = 1024 * 1024 * 1024;
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, Buffer.from('%PDF-1.7\n'), 0, 9, 0);
  fs.writeSync(fd, Buffer.from('\n%%EOF\n'), 0, 7, size - 7);
  fs.closeSync(fd);
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t = await timeAsync(() => call(core, 'packages.verify', { path: file }));
  clearInterval(sample);
  const grew = (peak - rssBefore) / 1024 / 1024;
  console.log(`${'verify a 1 GiB file (streamed hash)'.padEnd(44)} ${fmt(t.ms).padStart(9)}  memory +${grew.toFixed(0)} MB (target < 64 MB${grew < 64 ? '' : ' — MISSED'})`);
}
