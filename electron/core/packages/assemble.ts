import { PDFDocument, ParseSpeeds, degrees, type PDFEmbeddedPage, type PDFPage } from 'pdf-lib';
import type { Appendix } from './appendices';
import { PAGE, type DocumentMeta, type OutlineNode } from './composer';
import type { Bookmark } from './outline';
import { writeOutline } from './outline';
import { downscalePng } from './png-downscale';

export interface FileAttachment {
  name: string;
  bytes: Buffer;
  mime: string;
  description: string;
}

export interface AssembleInput {
  /**
   * The generated pages (cover, sheets, tables) as pdfkit wrote them, followed by `overlays` pages
   * holding only the stamps of the appended pages, one each, in order.
   */
  generated: Buffer;
  overlays: number;
  outline: readonly OutlineNode[];
  /** Supporting documents in index order; PDFs and images are appended, the rest only listed. */
  appendices: readonly Appendix[];
  meta: DocumentMeta & { keywords: string[] };
  files?: readonly FileAttachment[];
}

export interface Assembled {
  bytes: Buffer;
  pages: number;
}

/**
 * Joins the generated pages and the supporting documents into the package (pdf-lib: pdfkit cannot
 * merge): appends each PDF's pages and each image on a page of its own, lays the stamps pdfkit made
 * for them over them (running header, "page X of Y"), adds the bookmarks, sets fixed metadata and
 * saves. Nothing here
 * reads the clock or draws a random number, so the same input gives the same bytes.
 */
export async function assemble(input: AssembleInput): Promise<Assembled> {
  const doc = await PDFDocument.load(input.generated, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const contentPages = doc.getPageCount() - input.overlays;
  // The stamps become form XObjects to draw over the appended pages; their own pages go.
  const stamps = await doc.embedPages(doc.getPages().slice(contentPages));
  for (let i = doc.getPageCount() - 1; i >= contentPages; i--) doc.removePage(i);

  const bookmarks: Bookmark[] = input.outline.map(toBookmark);
  const marks: Bookmark[] = [];
  for (const [i, a] of input.appendices.filter((x) => x.form !== 'listed').entries()) {
    const first = doc.getPageCount();
    if (a.form === 'pdf') {
      const copied = await doc.copyPages(a.pdf!, a.pdf!.getPageIndices());
      for (const p of copied) doc.addPage(p);
    } else {
      await addImagePage(doc, a);
    }
    marks.push({ title: `${i + 1}. ${a.title} (${a.fileName})`, pageIndex: first, top: null, children: [] });
  }
  if (marks.length) bookmarks.push({ title: 'Supporting documents (appended)', pageIndex: marks[0]!.pageIndex, top: null, children: marks });

  const pages = doc.getPages();
  if (pages.length - contentPages !== stamps.length) throw new Error(`${pages.length - contentPages} appended pages but ${stamps.length} stamps`);
  pages.slice(contentPages).forEach((page, i) => layOver(page, stamps[i]!));
  writeOutline(doc, bookmarks);

  doc.setTitle(input.meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(input.meta.author);
  doc.setSubject(input.meta.subject);
  doc.setKeywords(input.meta.keywords);
  doc.setProducer('ExportDesk');
  doc.setCreator('ExportDesk');
  doc.setCreationDate(input.meta.date);
  doc.setModificationDate(input.meta.date);
  for (const f of input.files ?? []) {
    await doc.attach(f.bytes, f.name, { mimeType: f.mime, description: f.description, creationDate: input.meta.date, modificationDate: input.meta.date });
  }
  const bytes = Buffer.from(await doc.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Number.POSITIVE_INFINITY }));
  return { bytes, pages: pages.length };
}

function toBookmark(n: OutlineNode): Bookmark {
  return { title: n.title, pageIndex: n.pageIndex, top: n.top, children: n.children.map(toBookmark) };
}

/** Pixels per point an embedded image keeps at most: 300 dpi, what a printed page needs. */
const IMAGE_PIXELS_PER_POINT = 300 / 72;

/**
 * An image on an A4 page of its own, scaled to fit inside the margins, never enlarged (its caption
 * is in its stamp). A PNG of more than twice the pixels the page can show at 300 dpi is scaled
 * down first (png-downscale.ts); a JPEG is embedded as stored (pdf-lib copies its bytes, it never
 * decodes them), within the pixel limit attaching and packaging check.
 */
async function addImagePage(doc: PDFDocument, a: Appendix): Promise<void> {
  const boxW = PAGE.width - PAGE.left - PAGE.right;
  const boxH = PAGE.height - PAGE.top - PAGE.bottom - 20;
  const image =
    a.mime === 'image/png'
      ? await doc.embedPng((await downscalePng(a.bytes, boxW * IMAGE_PIXELS_PER_POINT, boxH * IMAGE_PIXELS_PER_POINT))?.png ?? a.bytes)
      : await doc.embedJpg(a.bytes);
  const page = doc.addPage([PAGE.width, PAGE.height]);
  const scale = Math.min(1, boxW / image.width, boxH / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  page.drawImage(image, { x: PAGE.left + (boxW - w) / 2, y: PAGE.bottom + (boxH - h), width: w, height: h });
}

/**
 * Draws a stamp over an appended page, upright as the page is shown whatever its /Rotate: the
 * stamp was laid out at the page's shown size, so its origin goes to the shown bottom-left corner.
 */
function layOver(page: PDFPage, stamp: PDFEmbeddedPage): void {
  const box = page.getCropBox();
  const angle = ((page.getRotation().angle % 360) + 360) % 360;
  const origin =
    angle === 90
      ? { x: box.x + box.width, y: box.y }
      : angle === 180
        ? { x: box.x + box.width, y: box.y + box.height }
        : angle === 270
          ? { x: box.x, y: box.y + box.height }
          : { x: box.x, y: box.y };
  page.drawPage(stamp, { ...origin, rotate: degrees(angle) });
}
