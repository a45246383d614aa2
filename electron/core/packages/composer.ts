import PDFDocument from 'pdfkit';
import { hasRtl, visualRuns } from './bidi';
import type { PackageFonts } from './fonts';

/**
 * The page layout of a package's generated pages, on pdfkit: A4 pages with room left at the top
 * and bottom for the running header and "page X of Y", headings that become PDF bookmarks, wrapped
 * text, key–value blocks and tables that break across pages, placeholders filled once page numbers
 * are known, and the stamps: on the generated pages, and on overlay pages the assembly lays over
 * the appended documents' pages.
 *
 * Text is placed line by line here rather than by pdfkit's own wrapping, so that a line holding an
 * Arabic or Hebrew name is cut into runs of one direction and printed in visual order (bidi.ts).
 */
export const PAGE = { width: 595.28, height: 841.89, left: 50, right: 50, top: 64, bottom: 60 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const BOTTOM = PAGE.height - PAGE.bottom;

export const COLORS = { text: '#111111', muted: '#555555', rule: '#999999', fill: '#ececec', warn: '#8a1c1c', stamp: '#333333' } as const;

/** The running header and footer: size and baselines' tops, shared with the stamp on appended pages. */
export const STAMP_SIZE = 7.5;
export const STAMP_TOP = 30;
export const STAMP_BOTTOM = PAGE.height - 36;

export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: string;
}

export interface OutlineNode {
  title: string;
  /** 0-based page in the generated part (the package starts with it). */
  pageIndex: number;
  /** Distance from the top of the page, in points. */
  top: number;
  children: OutlineNode[];
}

export interface ComposedSection {
  title: string;
  pageIndex: number;
}

export interface Column {
  header: string;
  /** Share of the table width; the shares of a table add up to 1. */
  width: number;
  align?: 'left' | 'right';
}

interface Placeholder {
  pageIndex: number;
  x: number;
  y: number;
  width: number;
  style: TextStyle;
  align: 'left' | 'right';
}

export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  /** The package's date (its record's generatedAt): the only date a package carries. */
  date: Date;
}

const LINE_GAP = 1.25;
const REGULAR = 'DejaVuSans';
const BOLD = 'DejaVuSans-Bold';
const CELL_PAD = 3;

export class Composer {
  readonly doc: PDFKit.PDFDocument;
  y: number = PAGE.top;
  readonly outline: OutlineNode[] = [];
  readonly sections: ComposedSection[] = [];
  private readonly placeholders = new Map<string, Placeholder>();
  private readonly done: Promise<Buffer>;

  constructor(fonts: PackageFonts, meta: DocumentMeta) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
      bufferPages: true,
      pdfVersion: '1.7',
      lang: 'en',
      // Fixed metadata: pdfkit derives the file identifier from it, so no clock or random value
      // reaches the file (issue 6: the same records give the same bytes).
      info: { Title: meta.title, Author: meta.author, Subject: meta.subject, Producer: 'ExportDesk', Creator: 'ExportDesk', CreationDate: meta.date, ModDate: meta.date },
      // The embedded font from the start: pdfkit would otherwise load Helvetica, a font that is not
      // embedded and covers none of the non-Latin names.
      font: fonts.regular as unknown as string,
    });
    // Registered under its own PostScript name, the key pdfkit already files the default font
    // under: a switch back to it is then a lookup, where another name would parse the font again.
    this.doc.registerFont(REGULAR, fonts.regular);
    this.doc.registerFont(BOLD, fonts.bold);
    const chunks: Buffer[] = [];
    this.doc.on('data', (c: Buffer) => chunks.push(c));
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
  }

  get pageIndex(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  get pageCount(): number {
    return this.doc.bufferedPageRange().count;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.y + height > BOTTOM) this.newPage();
  }

  gap(points: number): void {
    this.y = Math.min(this.y + points, BOTTOM);
  }

  private use(style: TextStyle): number {
    const size = style.size ?? 9.5;
    this.doc.font(style.bold ? BOLD : REGULAR).fontSize(size).fillColor(style.color ?? COLORS.text);
    return size;
  }

  lineHeight(style: TextStyle = {}): number {
    return (style.size ?? 9.5) * LINE_GAP;
  }

  width(text: string, style: TextStyle = {}): number {
    this.use(style);
    return this.doc.widthOfString(text);
  }

  /** The text broken into lines no wider than `width`: at spaces, and inside words too long for a line. */
  wrap(text: string, width: number, style: TextStyle = {}): string[] {
    this.use(style);
    // Words are measured one at a time (pdfkit caches each word's layout) and added up: measuring
    // every growing line would lay the same words out again and again.
    const measure = (s: string) => this.doc.widthOfString(s);
    const space = measure(' ');
    const out: string[] = [];
    for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
      const words = paragraph.split(/ +/).filter((w) => w !== '');
      let line = '';
      let lineWidth = 0;
      for (const word of words) {
        const w = measure(word);
        if (line && lineWidth + space + w <= width) {
          line = `${line} ${word}`;
          lineWidth += space + w;
          continue;
        }
        if (line) out.push(line);
        if (w <= width) {
          line = word;
          lineWidth = w;
          continue;
        }
        // A word wider than the line (a SHA-256, a long URL): cut it where it overflows.
        line = '';
        lineWidth = 0;
        for (const ch of word) {
          const cw = measure(ch);
          if (line && lineWidth + cw > width) {
            out.push(line);
            line = '';
            lineWidth = 0;
          }
          line += ch;
          lineWidth += cw;
        }
      }
      out.push(line);
    }
    return out;
  }

  /** Prints one line at (x, y) without wrapping, right-to-left runs in visual order. */
  drawLine(line: string, x: number, y: number, style: TextStyle = {}, align: 'left' | 'right' = 'left', width = 0): void {
    this.use(style);
    const runs = visualRuns(line);
    let cursor = align === 'right' ? x + width - this.doc.widthOfString(line) : x;
    for (const run of runs) {
      if (run.rtl) {
        // An explicit feature list makes pdfkit shape the run as a whole: by default it shapes word
        // by word, which lays an Arabic phrase out with its words in the wrong order.
        this.doc.text(run.text, cursor, y, { lineBreak: false, features: [] });
        cursor += this.doc.widthOfString(run.text);
      } else if (hasRtl(run.text)) {
        // Arabic-Indic digits in a left-to-right run: the layout engine would reverse them as
        // Arabic script, so each is placed on its own (digits do not join).
        for (const ch of run.text) {
          this.doc.text(ch, cursor, y, { lineBreak: false });
          cursor += this.doc.widthOfString(ch);
        }
      } else {
        this.doc.text(run.text, cursor, y, { lineBreak: false });
        cursor += this.doc.widthOfString(run.text);
      }
    }
  }

  /** Wrapped text at the cursor, breaking across pages; `indent` from the left margin. */
  text(text: string, style: TextStyle & { indent?: number; after?: number } = {}): void {
    const indent = style.indent ?? 0;
    const lh = this.lineHeight(style);
    for (const line of this.wrap(text, CONTENT_WIDTH - indent, style)) {
      this.ensure(lh);
      this.drawLine(line, PAGE.left + indent, this.y, style);
      this.y += lh;
    }
    this.gap(style.after ?? 3);
  }

  /** A section: a new page, its title, a bookmark, and an entry in the contents. */
  section(title: string, opts: { newPage?: boolean; printTitle?: boolean } = {}): OutlineNode {
    if (opts.newPage !== false && (this.pageCount > 1 || this.y > PAGE.top)) this.newPage();
    const node: OutlineNode = { title, pageIndex: this.pageIndex, top: this.y, children: [] };
    this.outline.push(node);
    this.sections.push({ title, pageIndex: this.pageIndex });
    if (opts.printTitle === false) return node;
    this.drawLine(title, PAGE.left, this.y, { size: 15, bold: true });
    this.y += 15 * LINE_GAP + 2;
    this.rule();
    this.gap(6);
    return node;
  }

  /** A heading inside a section; with `bookmark`, also a bookmark under the section's. */
  heading(title: string, opts: { bookmark?: OutlineNode; size?: number } = {}): void {
    const size = opts.size ?? 11.5;
    this.ensure(size * LINE_GAP + this.lineHeight() * 3);
    this.gap(4);
    if (opts.bookmark) opts.bookmark.children.push({ title, pageIndex: this.pageIndex, top: this.y, children: [] });
    this.text(title, { size, bold: true, after: 2 });
  }

  rule(color: string = COLORS.rule): void {
    this.doc.moveTo(PAGE.left, this.y).lineTo(PAGE.width - PAGE.right, this.y).lineWidth(0.5).strokeColor(color).stroke();
  }

  /** Label–value rows (an address block, a form block), the value wrapped beside its label. */
  fields(rows: readonly (readonly [string, string])[], opts: { labelWidth?: number; indent?: number } = {}): void {
    const indent = opts.indent ?? 0;
    const labelWidth = opts.labelWidth ?? 150;
    const valueX = PAGE.left + indent + labelWidth;
    const valueWidth = CONTENT_WIDTH - indent - labelWidth;
    const lh = this.lineHeight();
    for (const [label, value] of rows) {
      const labelLines = this.wrap(label, labelWidth - 8, { bold: true });
      const valueLines = this.wrap(value, valueWidth);
      const n = Math.max(labelLines.length, valueLines.length);
      if (n * lh <= BOTTOM - PAGE.top) this.ensure(n * lh);
      for (let i = 0; i < n; i++) {
        this.ensure(lh);
        if (labelLines[i]) this.drawLine(labelLines[i]!, PAGE.left + indent, this.y, { bold: true, color: COLORS.muted });
        if (valueLines[i] !== undefined) this.drawLine(valueLines[i]!, valueX, this.y);
        this.y += lh;
      }
      this.gap(2);
    }
    this.gap(3);
  }

  /**
   * A table with a shaded header row repeated on every page it spans. A row moves whole to the next
   * page when it does not fit; a row taller than a page is split between pages.
   */
  table(columns: readonly Column[], rows: readonly (readonly string[])[], opts: { size?: number; placeholders?: (row: number) => { column: number; key: string } | null } = {}): void {
    const size = opts.size ?? 8.5;
    const style: TextStyle = { size };
    const lh = size * LINE_GAP;
    const xs: number[] = [];
    let x = PAGE.left;
    for (const c of columns) {
      xs.push(x);
      x += c.width * CONTENT_WIDTH;
    }
    const colWidth = (i: number) => columns[i]!.width * CONTENT_WIDTH - 2 * CELL_PAD;
    const header = columns.map((c, i) => this.wrap(c.header, colWidth(i), { size, bold: true }));
    const headerHeight = Math.max(...header.map((l) => l.length)) * lh + 2 * CELL_PAD;
    const drawHeader = () => {
      this.doc.rect(PAGE.left, this.y, CONTENT_WIDTH, headerHeight).fill(COLORS.fill);
      header.forEach((lines, i) => lines.forEach((l, k) => this.drawLine(l, xs[i]! + CELL_PAD, this.y + CELL_PAD + k * lh, { size, bold: true }, columns[i]!.align, colWidth(i))));
      this.y += headerHeight;
    };
    this.ensure(headerHeight + lh + 2 * CELL_PAD);
    drawHeader();
    rows.forEach((row, r) => {
      const cells = row.map((v, i) => this.wrap(v, colWidth(i), style));
      const place = opts.placeholders?.(r) ?? null;
      const lines = Math.max(...cells.map((c) => c.length));
      let from = 0;
      while (from < lines) {
        const room = Math.floor((BOTTOM - this.y - 2 * CELL_PAD) / lh);
        const rowFits = lines - from <= room;
        const pageCanHold = (lines - from) * lh + 2 * CELL_PAD + headerHeight <= BOTTOM - PAGE.top;
        if (!rowFits && (pageCanHold || room < 2)) {
          this.newPage();
          drawHeader();
          continue;
        }
        const take = Math.min(lines - from, room);
        cells.forEach((c, i) => {
          for (let k = 0; k < take; k++) {
            const l = c[from + k];
            if (l !== undefined) this.drawLine(l, xs[i]! + CELL_PAD, this.y + CELL_PAD + k * lh, style, columns[i]!.align, colWidth(i));
          }
        });
        if (place && from === 0) {
          this.placeholders.set(place.key, { pageIndex: this.pageIndex, x: xs[place.column]! + CELL_PAD, y: this.y + CELL_PAD, width: colWidth(place.column), style, align: columns[place.column]!.align ?? 'left' });
        }
        this.y += take * lh + 2 * CELL_PAD;
        this.doc.moveTo(PAGE.left, this.y).lineTo(PAGE.width - PAGE.right, this.y).lineWidth(0.3).strokeColor(COLORS.rule).stroke();
        from += take;
        if (from < lines) {
          this.newPage();
          drawHeader();
        }
      }
    });
    this.gap(6);
  }

  /** Reserves a place for text known only later (a page number), at the cursor's line. */
  placeholder(key: string, x: number, width: number, style: TextStyle = {}, align: 'left' | 'right' = 'left'): void {
    this.placeholders.set(key, { pageIndex: this.pageIndex, x, y: this.y, width, style, align });
  }

  /** Prints the text in a placeholder; unknown keys are a programming error. */
  fill(key: string, text: string): void {
    const p = this.placeholders.get(key);
    if (!p) throw new Error(`No placeholder ${key} in the package layout`);
    const back = this.pageIndex;
    this.doc.switchToPage(p.pageIndex);
    this.drawLine(text, p.x, p.y, p.style, p.align, p.width);
    this.doc.switchToPage(back);
  }

  /** The text cut with an ellipsis to fit `width`. */
  fit(text: string, width: number, style: TextStyle = {}): string {
    let t = text;
    while (t.length > 1 && this.width(t, style) > width) t = `${t.slice(0, -2)}…`;
    return t;
  }

  /** One line of the running header or footer across a page of this width, `top` from its top edge. */
  private stampLine(left: string, right: string, top: number, pageWidth: number, band: boolean): void {
    const style: TextStyle = { size: STAMP_SIZE, color: COLORS.stamp };
    const margin = Math.min(PAGE.left, pageWidth * 0.08);
    const width = pageWidth - 2 * margin;
    if (band) this.doc.rect(margin - 3, top - 2, width + 6, STAMP_SIZE + 5).fill('#ffffff');
    const l = this.fit(left, width - this.width(right, style) - 12, style);
    this.drawLine(l, margin, top, style);
    this.drawLine(right, margin, top, style, 'right', width);
  }

  /**
   * The running header (title and reference) and the footer ("page X of Y") on every generated
   * page, once the package's total page count, appended documents included, is known.
   */
  stampPages(header: { left: string; right: string }, footer: { left: string; total: number }): void {
    const back = this.pageIndex;
    for (let i = 0; i < this.pageCount; i++) {
      this.doc.switchToPage(i);
      this.stampLine(header.left, header.right, STAMP_TOP, PAGE.width, false);
      this.stampLine(footer.left, `page ${i + 1} of ${footer.total}`, STAMP_BOTTOM, PAGE.width, false);
    }
    this.doc.switchToPage(back);
  }

  /**
   * A page holding only the stamp for one appended page, of that page's size as shown: the
   * assembly lays it over the appended page. Laid out here, the stamp gets the same embedded font,
   * shaping and right-to-left ordering as the rest of the package. White bands keep it legible on a
   * scanned document.
   */
  overlayPage(size: { width: number; height: number }, header: { left: string; right: string }, footer: { left: string; right: string }, caption: string | null): void {
    this.doc.addPage({ size: [size.width, size.height], margin: 0 });
    const top = Math.min(STAMP_TOP, size.height * 0.035);
    const bottom = size.height - Math.min(PAGE.height - STAMP_BOTTOM, size.height * 0.045);
    this.stampLine(header.left, header.right, top, size.width, true);
    this.stampLine(footer.left, footer.right, bottom, size.width, true);
    if (caption) this.drawLine(this.fit(caption, size.width - 2 * PAGE.left, { size: 8 }), PAGE.left, top + 16, { size: 8, color: COLORS.muted });
  }

  /** Ends the document and returns its bytes. */
  finish(): Promise<Buffer> {
    this.doc.end();
    return this.done;
  }
}
