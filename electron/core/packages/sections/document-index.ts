import type { Appendix } from '../appendices';
import { COLORS, type Composer } from '../composer';

export const DOCUMENT_INDEX_TITLE = 'Index of supporting documents';

export const documentPageKey = (i: number) => `document-pages:${i}`;

const kb = (n: number) => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`);

/**
 * Every supporting document with its SHA-256 (so a reader can check a copy against the package) and
 * the pages it takes in the package; the pages are filled in once the generated part is laid out.
 */
export function renderDocumentIndex(c: Composer, appendices: readonly Appendix[]): void {
  c.section(DOCUMENT_INDEX_TITLE);
  if (appendices.length === 0) {
    c.text('No supporting documents are attached.', { color: COLORS.muted });
    return;
  }
  c.text('PDFs are appended after the generated pages and images are embedded, one a page; other files are listed only. The SHA-256 identifies each file as stored in the workspace.', {
    size: 8.5,
    color: COLORS.muted,
    after: 6,
  });
  c.table(
    [
      { header: '#', width: 0.05 },
      { header: 'Document, file and SHA-256', width: 0.72 },
      { header: 'Type, size', width: 0.11 },
      { header: 'Pages', width: 0.12, align: 'right' },
    ],
    appendices.map((a, i) => [
      String(i + 1),
      [a.title, `${a.fileName} (document #${a.documentId})`, `SHA-256 ${a.sha256}`, ...(a.note ? [a.note] : [])].join('\n'),
      `${a.mime.replace(/^(application|image)\//, '')}, ${kb(a.size)}`,
      a.form === 'listed' ? 'not included' : '',
    ]),
    { size: 7.5, placeholders: (r) => (appendices[r]!.form === 'listed' ? null : { column: 3, key: documentPageKey(r) }) },
  );
}

/** "pages 12–14", or "page 12". */
export function pageSpan(first: number, last: number): string {
  return first === last ? `page ${first}` : `pages ${first}–${last}`;
}
