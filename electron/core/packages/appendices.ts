import { PDFDocument, ParseSpeeds } from 'pdf-lib';
import { AppError } from '../../../shared/errors';
import { attachmentPath, readAttachment } from '../documents/attachments';
import { imageProblem } from '../documents/image-limit';

/** A supporting document as the package lists it. */
export interface SupportingDocument {
  documentId: number;
  /** What it is and whom it concerns ("End-user statement — Nordlicht Photonics GmbH"). */
  title: string;
  fileName: string;
  mime: string;
  sha256: string;
  size: number;
}

/**
 * A supporting document read back from the workspace and checked against its SHA-256: a PDF whose
 * pages are appended, a JPEG or PNG image put on a page of its own, or a file only listed (another
 * type, or a PDF that cannot be copied), with the reason.
 */
export interface Appendix extends SupportingDocument {
  form: 'pdf' | 'image' | 'listed';
  bytes: Buffer;
  /** Pages the document takes in the package (0 when only listed). */
  pages: number;
  pdf: PDFDocument | null;
  /** Each page's size as shown (its /Rotate applied) and its rotation, for the stamp laid over it. */
  shown: PageShown[];
  /** Why a document is only listed. */
  note: string | null;
}

export interface PageShown {
  width: number;
  height: number;
  /** The page's /Rotate, normalised to 0, 90, 180 or 270. */
  rotation: number;
}

/** An image gets an A4 page of its own. */
const A4_SHOWN: PageShown = { width: 595.28, height: 841.89, rotation: 0 };

function shownPages(pdf: PDFDocument): PageShown[] {
  return pdf.getPages().map((page) => {
    const box = page.getCropBox();
    const rotation = (((page.getRotation().angle % 360) + 360) % 360);
    const turned = rotation === 90 || rotation === 270;
    return { width: turned ? box.height : box.width, height: turned ? box.width : box.height, rotation };
  });
}

const IMAGE_TYPES = new Set(['image/jpeg', 'image/png']);

/**
 * Reads every supporting document, refusing the package when any is missing from the workspace or
 * no longer has the bytes it was stored with: a package must never claim a SHA-256 for a file it
 * does not hold. Every problem is named, with where the file was expected.
 */
export async function loadAppendices(attachmentsDir: string, docs: readonly SupportingDocument[]): Promise<Appendix[]> {
  const problems: string[] = [];
  let firstBad: SupportingDocument | null = null;
  const read: { doc: SupportingDocument; bytes: Buffer }[] = [];
  for (const doc of docs) {
    const state = readAttachment(attachmentsDir, doc.sha256);
    const where = attachmentPath(attachmentsDir, doc.sha256);
    if (!state.ok) {
      firstBad ??= doc;
      problems.push(
        state.problem === 'missing'
          ? `document #${doc.documentId} "${doc.fileName}" (${doc.title}) is missing: expected at ${where}`
          : `document #${doc.documentId} "${doc.fileName}" (${doc.title}) at ${where} no longer matches its SHA-256 ${doc.sha256}: the file has been changed`,
      );
      continue;
    }
    read.push({ doc, bytes: state.bytes });
  }
  if (problems.length) {
    throw new AppError(
      'CONFLICT',
      `The package was not made: ${problems.length === 1 ? 'a supporting document is unusable' : `${problems.length} supporting documents are unusable`}: ${problems.join('; ')}. Restore the file from a backup, or remove the document from the record, then package again.`,
      { field: 'documents', file: firstBad?.fileName },
    );
  }
  const out: Appendix[] = [];
  for (const { doc, bytes } of read) {
    if (doc.mime === 'application/pdf') {
      try {
        const pdf = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
        out.push({ ...doc, form: 'pdf', bytes, pages: pdf.getPageCount(), pdf, shown: shownPages(pdf), note: null });
      } catch (e) {
        const encrypted = /encrypt/i.test((e as Error).message);
        out.push({
          ...doc,
          form: 'listed',
          bytes,
          pages: 0,
          pdf: null,
          shown: [],
          note: encrypted
            ? 'Not appended: the PDF is password-protected. Supply it separately; its SHA-256 identifies it.'
            : 'Not appended: the PDF cannot be read. Supply it separately; its SHA-256 identifies it.',
        });
      }
    } else if (IMAGE_TYPES.has(doc.mime)) {
      // Checked again here: an image stored before the limit, or by an older version, must not be
      // decoded to gigabytes by the package. Within the limit it is embedded as stored, drawn to fit.
      const problem = imageProblem(doc.mime, bytes);
      if (problem) {
        out.push({ ...doc, form: 'listed', bytes, pages: 0, pdf: null, shown: [], note: `Not embedded: ${problem}. Supply it separately; its SHA-256 identifies it.` });
      } else {
        out.push({ ...doc, form: 'image', bytes, pages: 1, pdf: null, shown: [A4_SHOWN], note: null });
      }
    } else {
      out.push({ ...doc, form: 'listed', bytes, pages: 0, pdf: null, shown: [], note: 'Listed only: a package appends PDFs and embeds JPEG and PNG images. Supply it separately; its SHA-256 identifies it.' });
    }
  }
  return out;
}
