import { z } from 'zod';
import { PACKAGE_KINDS, type PackageRecord, type PackageSummary, type PackageVerification } from '../packages/types';
import { method } from './define';
import { JobId, text } from './text-fields';

const id = z.number().int().positive();

const generateInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('application'), applicationId: id, jobId: JobId.optional() }),
  z.object({ kind: z.literal('classification-request'), itemId: id, jobId: JobId.optional() }),
  z.object({
    kind: z.literal('encryption-report'),
    year: z.number().int().min(2000, 'the report year must be 2000 or later').max(2100),
    jobId: JobId.optional(),
  }),
]);

export const packagesContract = {
  'packages.generate': method<{ package: PackageRecord }>()(
    'write',
    generateInput,
    'Render a filing package PDF (application, classification request, or annual encryption report) into the workspace and record its SHA-256.',
  ),
  'packages.regenerate': method<{ package: PackageRecord }>()(
    'write',
    z.object({ id, jobId: JobId.optional() }),
    'Render a package again from the current records as a new package record that supersedes the old one.',
  ),
  'packages.list': method<PackageSummary[]>()(
    'read',
    z.object({ kind: z.enum(PACKAGE_KINDS).optional(), applicationId: id.optional(), itemId: id.optional() }).optional(),
    'Generated packages, newest first.',
  ),
  'packages.get': method<PackageRecord>()('read', z.object({ id }), 'One package record with its sections, document index and snapshot versions.'),
  'packages.preview': method<{ pdfBase64: string; pages: number; totalPages: number }>()(
    'read',
    z.object({ id, pages: z.number().int().min(1).max(10).optional() }),
    'The first pages of a stored package as a small PDF, for the preview.',
  ),
  'packages.file': method<{ fileName: string; pdfBase64: string; sha256: string }>()(
    'read',
    z.object({ id }),
    'The whole PDF of a stored package, checked against its recorded SHA-256, to download or save a copy.',
  ),
  'packages.verify': method<PackageVerification>()(
    'read',
    z
      .object({
        /** A file on disk (CLI), or the file's bytes (the renderer's file picker). */
        path: text('the file path').min(1, 'give the file to check').max(4096).optional(),
        base64: z.string().max(200 * 1024 * 1024).optional(),
        fileName: text('the file name').max(500).optional(),
      })
      .refine((v) => (v.path === undefined) !== (v.base64 === undefined), { message: 'give the file path or its bytes', path: ['path'] }),
    'Say which package record a PDF file is, by its SHA-256, or that it matches none.',
  ),
};
