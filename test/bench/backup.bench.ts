import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../../electron/core';
import { restoreBackup } from '../../electron/core/backup/restore';
import { verifyBackup } from '../../electron/core/backup/verify';
import { storeAttachment } from '../../electron/core/documents/attachments';
import { sha256Hex } from '../../electron/core/store/hash';
import { fmt, time, timeAsync } from './stats';
import { generateParties } from './party-data';

const PARTIES = 100_000;
const ATTACHMENTS = 200;
const ATTACHMENT_BYTES = 1024 * 1024;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function line(label: string, ms: number, extra = ''): void {
  console.log(`${label.padEnd(44)} ${fmt(ms).padStart(10)}${extra ? `  ${extra}` : ''}`);
}

/**
 * Backup and restore of a large workspace: 100,000 parties and 200 MB of attachments (200 random
 * 1 MB documents on parties, random so nothing compresses or deduplicates). Building it is timed
 * separately; the backup, its verification and the restore are what the issue asks about.
 */
export async function benchBackup(): Promise<void> {
  console.log(`\nBackup and restore — ${PARTIES.toLocaleString('en-US')} parties, ${ATTACHMENTS} attachments of ${mb(ATTACHMENT_BYTES)}`);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'exportdesk-bench-backup-'));
  try {
    const dir = path.join(root, 'workspace');
    const core = openCore(dir);
    const db = core.ws.db;
    const build = time(() => {
      generateParties(db, PARTIES);
      const insert = db.prepare(
        `INSERT INTO documents (owner_type, owner_id, doc_type, original_name, mime, size, sha256, note, uploaded_at, uploaded_by)
         VALUES ('party', ?, 'other', ?, 'application/octet-stream', ?, ?, NULL, '2026-01-01T00:00:00.000Z', 'generator')`,
      );
      db.transaction(() => {
        for (let i = 1; i <= ATTACHMENTS; i++) {
          const bytes = randomBytes(ATTACHMENT_BYTES);
          const sha = sha256Hex(bytes);
          storeAttachment(core.ws.attachmentsDir, sha, bytes);
          insert.run(i * 400, `document-${i}.bin`, bytes.length, sha);
        }
      })();
      db.pragma('wal_checkpoint(TRUNCATE)');
    });
    const dbBytes = fs.statSync(path.join(dir, 'exportdesk.sqlite')).size;
    line('build the workspace (not part of the target)', build.ms, `database ${mb(dbBytes)}, attachments ${mb(ATTACHMENTS * ATTACHMENT_BYTES)}`);

    const retention = await timeAsync(() => core.call('retention.list', { pastOnly: true }));
    if (!retention.value.ok) throw new Error(retention.value.error.message);
    line('retention.list, past only (every record)', retention.ms, `${retention.value.value.total} past`);

    const out = path.join(root, 'bench.edbackup');
    const backup = await timeAsync(() => core.call('backup.create', { out }));
    if (!backup.value.ok) throw new Error(backup.value.error.message);
    line('backup.create (online backup + tar + hashes)', backup.ms, `file ${mb(backup.value.value.size)}`);

    const verify = await timeAsync(() => verifyBackup(out));
    line('backup verify (hashes + integrity_check)', verify.ms, `${verify.value.entries} entries`);

    const target = path.join(root, 'restored');
    const restore = await timeAsync(() => restoreBackup(out, target));
    line('restore into a new folder (all checks)', restore.ms, `audit chain ${restore.value.auditChain.ok ? 'verifies' : 'BROKEN'}, ${restore.value.counts.parties} parties`);
    core.ws.close();
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
