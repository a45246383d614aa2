/**
 * Renders a stored package again from its workspace, in a process of its own, and prints the
 * SHA-256 of the result: the determinism test compares it with the record's. Reads only.
 * Usage: node --import tsx test/unit/packages-render-again.ts WORKSPACE PACKAGE_ID
 */
import { openWorkspace } from '../../electron/core/workspace';
import { getPackage } from '../../electron/core/packages/package-store';
import { renderPackage, requestOf } from '../../electron/core/packages/render-package';

const [dir, id] = process.argv.slice(2);
const ws = openWorkspace(dir!);
try {
  const record = getPackage(ws.db, Number(id));
  const again = await renderPackage(ws.db, ws.attachmentsDir, requestOf(record), { generatedAt: record.generatedAt, generatedBy: record.generatedBy, auditHead: record.auditHead });
  process.stdout.write(`${again.sha256}\n`);
} finally {
  ws.close();
}
