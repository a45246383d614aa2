import fs from 'node:fs';
import path from 'node:path';
import type { Method } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { currentAuditHead } from '../audit-head';
import type { RenderedPackage } from '../packages/finish-package';
import { packageAbsolutePath, packageRelativePath, placePending, removeStalePending, writePending } from '../packages/package-files';
import { getPackage, insertPackage, listPackages, nextPackageId } from '../packages/package-store';
import { dataFingerprint, packageData, renderData, requestOf, subjectOf, type PackageRequest } from '../packages/render-package';
import { previewPages, readStoredPackage } from '../packages/stored-file';
import { verifyPackageFile } from '../packages/verify';
import type { HandlerContext, HandlerMap, Tx } from '../registry';

/** Every packages.* method of the contract: a new one there needs its handler here. */
type PackageMethods = Extract<Method, `packages.${string}`>;

interface Prepared {
  request: PackageRequest;
  /** What the records said when they were rendered (render-package.ts, dataFingerprint). */
  fingerprint: string;
  rendered: RenderedPackage;
  /** The rendered PDF under its temporary name in packages/. */
  pending: string;
  generatedAt: string;
  generatedBy: string;
  supersedesId: number | null;
}

/**
 * The slow part, outside the transaction: render the PDF from the records (reads only) and write it
 * under a temporary name. The package's date is taken here and printed in it.
 */
async function prepare(ctx: HandlerContext, request: PackageRequest, supersedesId: number | null): Promise<Prepared> {
  removeStalePending(ctx.ws.dir);
  const generatedAt = ctx.now();
  const generatedBy = ctx.actor();
  await ctx.progress('Reading the records', 0, 4);
  const data = packageData(ctx.db, ctx.ws.attachmentsDir, request, generatedAt.slice(0, 10));
  const fingerprint = dataFingerprint(data);
  // The log's head now, before the package's own audit row: the PDF anchors the log as it was.
  const auditHead = currentAuditHead(ctx.db);
  const rendered = await renderData(data, ctx.ws.attachmentsDir, { generatedAt, generatedBy, auditHead, progress: (phase, done, total) => ctx.progress(phase, done, total) });
  const pending = writePending(ctx.ws.dir, rendered.bytes);
  return { request, fingerprint, rendered, pending, generatedAt, generatedBy, supersedesId };
}

/**
 * Records the package and gives its file its final name in one transaction: the row is inserted
 * first (its unique path guards the name), then the file renamed, then the audit row written. A
 * failed transaction removes the file again, so a record never exists without its file. A crash
 * between the rename and the commit can leave a complete file that no record names; nothing points
 * to it, the clean-up of files left by interrupted writes removes it when the workspace is opened,
 * and the next package given that id and name would replace it anyway.
 */
function commit(tx: Tx, p: Prepared, action: 'packages.generate' | 'packages.regenerate') {
  try {
    if (dataFingerprint(packageData(tx.db, tx.ctx.ws.attachmentsDir, p.request, p.generatedAt.slice(0, 10))) !== p.fingerprint) {
      throw new AppError('CONFLICT', 'The records changed while the package was being made: make the package again so it shows them as they are now.');
    }
    const id = nextPackageId(tx.db);
    const subject = subjectOf(p.request);
    const relativePath = packageRelativePath(p.rendered.reference, subject.kind, id);
    insertPackage(tx.db, id, subject, p.rendered, { generatedAt: p.generatedAt, generatedBy: p.generatedBy, relativePath, supersedesId: p.supersedesId });
    const target = packageAbsolutePath(tx.ctx.ws.dir, relativePath);
    placePending(p.pending, target);
    tx.onRollback(() => fs.rmSync(target, { force: true }));
    tx.audit({
      action,
      recordType: 'package',
      recordId: id,
      after: {
        ...subject,
        title: p.rendered.title,
        reference: p.rendered.reference,
        generatedAt: p.generatedAt,
        sha256: p.rendered.sha256,
        bytes: p.rendered.bytes.length,
        pages: p.rendered.pages,
        relativePath,
        supersedesId: p.supersedesId,
        auditHead: p.rendered.auditHead,
        documents: p.rendered.documents.map((d) => ({ documentId: d.documentId, sha256: d.sha256 })),
      },
    });
    return { package: getPackage(tx.db, id) };
  } finally {
    // Already renamed when all went well; otherwise the temporary file must not stay behind.
    fs.rmSync(p.pending, { force: true });
  }
}

export const packageHandlers: HandlerMap<PackageMethods> = {
  'packages.generate': {
    prepare(ctx, input): Promise<Prepared> {
      const request: PackageRequest =
        input.kind === 'application'
          ? { kind: 'application', applicationId: input.applicationId }
          : input.kind === 'classification-request'
            ? { kind: 'classification-request', itemId: input.itemId }
            : { kind: 'encryption-report', year: input.year };
      return prepare(ctx, request, null);
    },
    commit: (tx, _input, p: Prepared) => commit(tx, p, 'packages.generate'),
  },

  'packages.regenerate': {
    prepare(ctx, input): Promise<Prepared> {
      const old = getPackage(ctx.db, input.id);
      return prepare(ctx, requestOf(old), old.id);
    },
    commit: (tx, _input, p: Prepared) => commit(tx, p, 'packages.regenerate'),
  },

  'packages.list': { run: (ctx, input) => listPackages(ctx.db, input ?? {}) },
  'packages.get': { run: (ctx, input) => getPackage(ctx.db, input.id) },

  'packages.preview': {
    run(ctx, input) {
      const p = getPackage(ctx.db, input.id);
      return previewPages(readStoredPackage(ctx.ws.dir, p), input.pages ?? 3);
    },
  },

  'packages.file': {
    run(ctx, input) {
      const p = getPackage(ctx.db, input.id);
      return { fileName: path.basename(p.relativePath), pdfBase64: readStoredPackage(ctx.ws.dir, p).toString('base64'), sha256: p.sha256 };
    },
  },

  'packages.verify': { run: (ctx, input) => verifyPackageFile(ctx.db, input) },
};
