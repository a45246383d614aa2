import fs from 'node:fs';
import { PDFDocument, ParseSpeeds } from 'pdf-lib';
import { AppError } from '../../../shared/errors';
import type { PackageSummary } from '../../../shared/packages/types';
import { sha256Hex } from '../store/hash';
import { packageAbsolutePath } from './package-files';

/** A stored package's bytes, refused when the file is gone or no longer the one recorded. */
export function readStoredPackage(workspaceDir: string, p: PackageSummary): Buffer {
  const abs = packageAbsolutePath(workspaceDir, p.relativePath);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(abs);
  } catch {
    throw new AppError('NOT_FOUND', `The file of package #${p.id} is missing from the workspace: expected at ${abs}. Regenerate the package to make it again.`, { field: 'id' });
  }
  if (sha256Hex(bytes) !== p.sha256) {
    throw new AppError('CONFLICT', `The file of package #${p.id} at ${abs} has been changed since it was generated (its SHA-256 no longer matches the record). Regenerate the package.`, { field: 'id' });
  }
  return bytes;
}

/** The first pages of a package as a small PDF, for a preview. */
export async function previewPages(bytes: Buffer, pages: number): Promise<{ pdfBase64: string; pages: number; totalPages: number }> {
  const src = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const total = src.getPageCount();
  const n = Math.min(pages, total);
  const out = await PDFDocument.create({ updateMetadata: false });
  const copied = await out.copyPages(src, Array.from({ length: n }, (_, i) => i));
  for (const p of copied) out.addPage(p);
  const saved = await out.save({ objectsPerTick: Number.POSITIVE_INFINITY });
  return { pdfBase64: Buffer.from(saved).toString('base64'), pages: n, totalPages: total };
}
