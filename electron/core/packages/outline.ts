import { PDFHexString, PDFName, PDFNumber, type PDFDict, type PDFDocument, type PDFRef } from 'pdf-lib';

/** A bookmark: its title and where it points, with bookmarks under it. */
export interface Bookmark {
  title: string;
  pageIndex: number;
  /** Distance from the top of the page in points; null to show the whole page. */
  top: number | null;
  children: Bookmark[];
}

/**
 * Writes the document outline (PDF 1.7, 12.3.3): pdf-lib reads and copies pages but has no API for
 * bookmarks, so the outline dictionaries are built here. Every level is open, so a reader's
 * bookmark pane shows each party and item sheet and each appended document.
 */
export function writeOutline(doc: PDFDocument, bookmarks: readonly Bookmark[]): void {
  if (bookmarks.length === 0) return;
  const ctx = doc.context;
  const pages = doc.getPages();
  const rootRef = ctx.nextRef();

  const build = (items: readonly Bookmark[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = items.map(() => ctx.nextRef());
    let count = items.length;
    items.forEach((item, i) => {
      const page = pages[item.pageIndex];
      if (!page) throw new Error(`Bookmark "${item.title}" points to page ${item.pageIndex + 1} of ${pages.length}`);
      const top = item.top === null ? null : page.getHeight() - item.top + 4;
      const dict = ctx.obj({}) as PDFDict;
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
      dict.set(PDFName.of('Parent'), parent);
      dict.set(PDFName.of('Dest'), top === null ? ctx.obj([page.ref, 'Fit']) : ctx.obj([page.ref, 'XYZ', null, top, null]));
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < items.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      if (item.children.length) {
        const sub = build(item.children, refs[i]!);
        dict.set(PDFName.of('First'), sub.first);
        dict.set(PDFName.of('Last'), sub.last);
        dict.set(PDFName.of('Count'), PDFNumber.of(sub.count));
        count += sub.count;
      }
      ctx.assign(refs[i]!, dict);
    });
    return { first: refs[0]!, last: refs[refs.length - 1]!, count };
  };

  const top = build(bookmarks, rootRef);
  const root = ctx.obj({}) as PDFDict;
  root.set(PDFName.of('Type'), PDFName.of('Outlines'));
  root.set(PDFName.of('First'), top.first);
  root.set(PDFName.of('Last'), top.last);
  root.set(PDFName.of('Count'), PDFNumber.of(top.count));
  ctx.assign(rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
