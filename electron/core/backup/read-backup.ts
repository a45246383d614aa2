import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MANIFEST_ENTRY,
  MANIFEST_HASH_ENTRY,
  MARKER_ENTRY,
  MAX_META_BYTES,
  entryKind,
  manifestSchema,
  markerSchema,
  type BackupManifest,
  type BackupMarker,
  type EntryKind,
} from './format';
import { EntryLayout } from './entry-layout';
import { TarFaultError, TarReader, type TarEntry, type TarFault } from './tar-reader';

/** Where a content entry is written while it is read (restore), or null to check it only (verify). */
export type EntryTarget = (entryPath: string, kind: EntryKind) => string | null;

export interface ReadBackup {
  size: number;
  marker: BackupMarker;
  manifest: BackupManifest;
  counts: Record<EntryKind, number>;
}

const fmtBytes = (n: number) => n.toLocaleString('en-US');

function describeFault(file: string, f: TarFault, last: string | null): string {
  const after = last ? ` after ${last}` : ' before its first entry';
  switch (f.kind) {
    case 'ends-in-entry':
      return `The backup ${file} ends early at ${f.entry} (${fmtBytes(f.got)} of ${fmtBytes(f.expected)} bytes): the file is truncated, perhaps copied only in part.`;
    case 'ends-in-header':
      return `The backup ${file} ends early${after} (at byte ${fmtBytes(f.offset)}): the file is truncated, perhaps copied only in part.`;
    case 'bad-header':
      return `The backup ${file} is damaged at byte ${fmtBytes(f.offset)}${after}: an entry header fails its checksum.`;
    case 'unsupported':
      return `The backup ${file} holds ${f.entry}, an entry of type ${f.type}, which no ExportDesk backup has.`;
  }
}

async function readSmall(reader: TarReader, entry: TarEntry, file: string): Promise<Buffer> {
  if (entry.size > MAX_META_BYTES) throw new AppError('BAD_FILE', `The backup ${file} is damaged: ${entry.path} is ${fmtBytes(entry.size)} bytes, far larger than any manifest.`, { file });
  const parts: Buffer[] = [];
  for await (const chunk of reader.content(entry)) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

/**
 * Reads a backup file through once: its marker, every content entry (hashed, and written where
 * `target` says), its manifest and the manifest's checksum. Refuses, naming the entry, anything
 * truncated, damaged, missing, extra or not as its manifest says. Nothing here deletes what
 * `target` wrote: the caller writes into a temporary folder and removes it on failure.
 */
export async function readBackup(file: string, target: EntryTarget, progress?: (done: number, total: number) => Promise<void> | void): Promise<ReadBackup> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppError('NOT_FOUND', `There is no file ${file}`, { file });
  }
  if (!stat.isFile()) throw new AppError('INVALID_INPUT', `${file} is a folder, not a backup file`, { file });
  if (stat.size === 0) throw new AppError('BAD_FILE', `${file} is not an ExportDesk backup: it is empty.`, { file });
  const notBackup = (why: string) => new AppError('BAD_FILE', `${file} is not an ExportDesk backup: ${why}.`, { file });

  const reader = await TarReader.open(file);
  let last: string | null = null;
  try {
    // The marker comes first, so a file that is not a backup is named as such before anything is written.
    let first: Awaited<ReturnType<TarReader['next']>>;
    try {
      first = await reader.next();
    } catch (e) {
      if (e instanceof TarFaultError && e.fault.kind !== 'ends-in-entry') throw notBackup('it does not start like a tar archive, which every backup is');
      throw e;
    }
    if (typeof first === 'string' || first.path !== MARKER_ENTRY) throw notBackup(typeof first === 'string' ? 'it holds no entries' : `its first entry is ${first.path}, not ${MARKER_ENTRY}`);
    let marker: BackupMarker;
    try {
      marker = markerSchema.parse(JSON.parse((await readSmall(reader, first, file)).toString('utf8')));
    } catch (e) {
      if (e instanceof TarFaultError || e instanceof AppError) throw e;
      throw notBackup(`${MARKER_ENTRY} does not describe one`);
    }
    if (marker.formatVersion > BACKUP_FORMAT_VERSION) {
      throw new AppError(
        'WORKSPACE_TOO_NEW',
        `The backup ${file} was made by a newer ExportDesk (${marker.appVersion}, backup format ${marker.formatVersion}; this version reads format ${BACKUP_FORMAT_VERSION}). Restore it with the newer version.`,
        { file },
      );
    }
    last = MARKER_ENTRY;

    const seen = new Map<string, { size: number; sha256: string; kind: EntryKind }>();
    const layout = new EntryLayout(file);
    let manifestBytes: Buffer | null = null;
    let manifestHash: string | null = null;
    for (;;) {
      const next = await reader.next();
      if (next === 'end' || next === 'eof') {
        if (manifestHash !== null && next === 'end') break;
        const missing = manifestBytes === null ? `its manifest, which is written last, is missing` : `its closing checksum (${MANIFEST_HASH_ENTRY}) is missing`;
        throw new AppError('BAD_FILE', `The backup ${file} ends early after ${last}: ${missing}. The file is truncated, perhaps copied only in part.`, { file });
      }
      if (manifestHash !== null) throw new AppError('BAD_FILE', `The backup ${file} holds ${next.path} after its manifest, which no ExportDesk backup does.`, { file });
      if (next.path === MANIFEST_ENTRY) {
        if (manifestBytes !== null) throw new AppError('BAD_FILE', `The backup ${file} holds two manifests.`, { file });
        manifestBytes = await readSmall(reader, next, file);
      } else if (next.path === MANIFEST_HASH_ENTRY) {
        if (manifestBytes === null) throw new AppError('BAD_FILE', `The backup ${file} holds ${MANIFEST_HASH_ENTRY} before its manifest.`, { file });
        manifestHash = (await readSmall(reader, next, file)).toString('utf8').trim().split(/\s+/)[0] ?? '';
      } else {
        const kind = entryKind(next.path);
        if (!kind) throw new AppError('BAD_FILE', `The backup ${file} holds ${next.path}, which is not part of an ExportDesk backup.`, { file });
        if (seen.has(next.path)) throw new AppError('BAD_FILE', `The backup ${file} holds ${next.path} twice.`, { file });
        if (manifestBytes !== null) throw new AppError('BAD_FILE', `The backup ${file} holds ${next.path} after its manifest, which no ExportDesk backup does.`, { file });
        layout.add(next.path);
        const dest = target(next.path, kind);
        const hash = createHash('sha256');
        let out: fs.promises.FileHandle | undefined;
        if (dest) {
          await fs.promises.mkdir(path.dirname(dest), { recursive: true });
          out = await fs.promises.open(dest, 'wx');
        }
        try {
          for await (const chunk of reader.content(next)) {
            hash.update(chunk);
            if (out) await out.write(chunk);
          }
          await out?.datasync();
        } finally {
          await out?.close();
        }
        seen.set(next.path, { size: next.size, sha256: hash.digest('hex'), kind });
        await progress?.(reader.position, stat.size);
      }
      last = next.path;
    }

    // The whole file has been read: now compare it with what its manifest says.
    const damagedManifest = (why: string) => new AppError('BAD_FILE', `The backup ${file} is damaged: its manifest ${why}.`, { file });
    if (createHash('sha256').update(manifestBytes!).digest('hex') !== manifestHash) throw damagedManifest(`does not match its checksum (${MANIFEST_HASH_ENTRY})`);
    let manifest: BackupManifest;
    try {
      manifest = manifestSchema.parse(JSON.parse(manifestBytes!.toString('utf8')));
    } catch (e) {
      throw damagedManifest(`cannot be read (${(e as Error).message.split('\n')[0]!.slice(0, 200)})`);
    }
    if (manifest.format !== BACKUP_FORMAT) throw damagedManifest('is not an ExportDesk manifest');
    const listed = new Map(manifest.entries.map((e) => [e.path, e]));
    for (const [p, got] of seen) {
      const want = listed.get(p);
      if (!want) throw new AppError('BAD_FILE', `The backup ${file} holds ${p}, which its manifest does not list.`, { file });
      if (want.size !== got.size) throw new AppError('BAD_FILE', `The backup ${file} is damaged: ${p} has ${fmtBytes(got.size)} bytes where its manifest says ${fmtBytes(want.size)}.`, { file });
      if (want.sha256 !== got.sha256) throw new AppError('BAD_FILE', `The backup ${file} is damaged: ${p} does not match its SHA-256 in the manifest.`, { file });
    }
    for (const p of listed.keys()) {
      if (!seen.has(p)) throw new AppError('BAD_FILE', `The backup ${file} lacks ${p}, which its manifest lists.`, { file });
    }
    const counts: Record<EntryKind, number> = { database: 0, attachment: 0, package: 0 };
    for (const s of seen.values()) counts[s.kind]++;
    if (counts.database !== 1) throw new AppError('BAD_FILE', `The backup ${file} holds no database.`, { file });
    return { size: stat.size, marker, manifest, counts };
  } catch (e) {
    if (e instanceof TarFaultError) throw new AppError('BAD_FILE', describeFault(file, e.fault, last), { file });
    throw e;
  } finally {
    await reader.close();
  }
}
