import type { Database } from 'better-sqlite3';
import { SUPP8_HEADER, SUBMITTER_COLUMNS, reportLine, type EncryptionReportRow, type ReportSubmitter } from '../../../shared/classification/encryption-report';
import { encryptionReportCsv, encryptionReportFileName, encryptionReportSelection, reportRange, reportSubmitter, type ExcludedProduct } from '../classification/report-rows';
import { sha256Hex } from '../store/hash';
import { auditExtract, type AuditExtractRow } from './audit-extract-rows';
import { COLORS, Composer } from './composer';
import { VERIFY_NOTE, finishPackage, type RenderOptions, type RenderedPackage } from './finish-package';
import { packageFonts } from './fonts';
import { AUDIT_TITLE, renderAuditExtract } from './sections/audit-extract';
import { renderCover } from './sections/cover';
import { stamp, UNKNOWN } from './sections/format';

const ROWS_TITLE = 'Products reported';
const EXCLUDED_TITLE = 'Self-classified but not reported';
/** The submitter columns are the same on every line: the cover names them once, the table leaves them out. */
const TABLE_COLUMNS = SUPP8_HEADER.map((h, i) => ({ h, i })).filter(({ h }) => !SUBMITTER_COLUMNS.some((c) => c.column === h));
const CSV_TITLE = 'The report file (CSV)';
const noProgress = async () => {};

export const encryptionReference = (year: number) => `ENC-REPORT-${year}`;

export interface EncryptionReportPackageData {
  year: number;
  rows: EncryptionReportRow[];
  excluded: ExcludedProduct[];
  submitter: ReportSubmitter;
  audit: AuditExtractRow[];
}

/** What the year's report package prints: the products self-classified in the year, and the report's audit rows. */
export function encryptionReportPackageData(db: Database, year: number): EncryptionReportPackageData {
  const range = reportRange({ year });
  const submitter = reportSubmitter(db);
  const { rows, excluded } = encryptionReportSelection(db, range.startAt, range.endAt);
  return { year, rows, excluded, submitter, audit: auditExtract(db, 'encryption_report', encryptionReportFileName({ year })) };
}

/**
 * The annual encryption self-classification report (15 CFR 740.17(b)(1) and (e)(3); format of
 * Supp. No. 8 to Part 742) as a package: a cover naming the year, the due date and the number of
 * products, the products as a table, and the CSV itself, printed and embedded as a file attachment
 * so the exact bytes to send travel with the cover. The CSV is the one `exportdesk report
 * encryption` writes, byte for byte.
 */
export async function renderEncryptionReportPackage(data: EncryptionReportPackageData, opts: RenderOptions): Promise<RenderedPackage> {
  const progress = opts.progress ?? noProgress;
  const { year, rows, submitter } = data;
  await progress('Writing the report file', 0, 2);
  const range = reportRange({ year });
  const csv = encryptionReportCsv(rows, submitter);
  const csvBytes = Buffer.from(csv, 'utf8');
  const fileName = encryptionReportFileName({ year });
  const csvSha256 = sha256Hex(csvBytes);
  const manufacturers = [...new Set(rows.map((r) => r.manufacturer).filter((m): m is string => !!m))].sort();

  await progress('Laying out the pages', 1, 2);
  const reference = encryptionReference(year);
  const title = `Encryption self-classification report ${year}`;
  const date = new Date(opts.generatedAt);
  const meta = { title, author: opts.generatedBy, subject: `Annual self-classification report for ${year} (Supp. No. 8 to Part 742)`, date };
  const c = new Composer(packageFonts(), meta);
  const contents = [ROWS_TITLE, EXCLUDED_TITLE, CSV_TITLE, AUDIT_TITLE];
  renderCover(c, {
    heading: 'Encryption self-classification report',
    subheading: `Calendar year ${year} — 15 CFR 740.17(b)(1) and (e)(3); Supp. No. 8 to Part 742`,
    fields: [
      ['Company (manufacturers reported)', manufacturers.length ? manufacturers.join('; ') : UNKNOWN],
      ['Year reported', `${year} (${range.from} to ${range.to})`],
      ['Due', `by 1 February ${year + 1}, to BIS and the ENC Encryption Request Coordinator (§ 740.17(e)(3))`],
      ['Submitter', `${submitter.name}, ${submitter.telephone}, ${submitter.email}`],
      ['Submitter mailing address', submitter.mailingAddress],
      ['Products', `${rows.length} reported; ${data.excluded.length} self-classified in the year but not reported`],
      ['Report file', `${fileName}, ${csvBytes.length} bytes, SHA-256 ${csvSha256}; embedded in this PDF as a file attachment`],
      ['Package date', stamp(opts.generatedAt)],
      ['Prepared by', opts.generatedBy],
    ],
    contents,
    snapshots: null,
    notes: [
      'Each product is listed once, for the year of its self-classification under § 740.17(b)(1). Reported: ENC items, and mass-market (MMKT) chips, toolkits and development kits; not reported: other mass-market items (86 FR 16482, March 2021) and items BIS has classified (a CCATS number on the item).',
      VERIFY_NOTE,
    ],
  });

  c.section(ROWS_TITLE);
  if (rows.length === 0) c.text(`No product was self-classified for ENC or mass market in ${year}: the report has its header line only.`, { color: COLORS.muted });
  else {
    const widths = [0.17, 0.1, 0.13, 0.07, 0.09, 0.14, 0.15, 0.15];
    c.table(
      TABLE_COLUMNS.map(({ h }, k) => ({ header: h, width: widths[k]! })),
      rows.map((r, i) => {
        const line = reportLine(r, submitter, i);
        return TABLE_COLUMNS.map(({ i: col }) => line[col]!);
      }),
      { size: 7.5 },
    );
  }

  c.section(EXCLUDED_TITLE);
  if (data.excluded.length === 0) c.text(`Every product self-classified for ENC or mass market in ${year} is reported.`, { color: COLORS.muted });
  else {
    c.table(
      [
        { header: 'Product', width: 0.3 },
        { header: 'Model', width: 0.15 },
        { header: 'Why it is not reported', width: 0.55 },
      ],
      data.excluded.map((x) => [x.productName, x.modelNumber ?? 'NONE', x.reason]),
      { size: 8 },
    );
  }

  const csvSection = c.section(CSV_TITLE);
  c.text(`${fileName} exactly as it is sent (lines end with CR LF; no cell is blank). The same bytes are attached to this PDF.`, { size: 8.5, color: COLORS.muted, after: 6 });
  for (const line of csv.split('\r\n').filter((l) => l !== '')) c.text(line, { size: 8, after: 0 });
  const csvLastPage = c.pageCount;

  renderAuditExtract(c, data.audit, `the ${year} report (${fileName})`);

  const done = await finishPackage({
    composer: c,
    meta,
    kind: 'encryption-report',
    reference,
    opts,
    contents,
    appendices: [],
    snapshots: [],
    files: [{ name: fileName, bytes: csvBytes, mime: 'text/csv', description: `Encryption self-classification report ${year} (Supp. No. 8 to Part 742)` }],
    generatedDocuments: [
      { documentId: null, title: `Encryption self-classification report ${year} (CSV, attached)`, fileName, mime: 'text/csv', sha256: csvSha256, bytes: csvBytes.length, firstPage: csvSection.pageIndex + 1, lastPage: csvLastPage },
    ],
  });
  await progress('Package ready', 2, 2);
  return done;
}
