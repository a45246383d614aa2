import type { Database } from 'better-sqlite3';
import type { Application, ApplicationLine, StoredDetermination } from '../../../shared/applications/types';
import type { Classification } from '../../../shared/classification/types';
import type { DeterminationRun } from '../../../shared/determination/types';
import { DOCUMENT_TYPE_LABELS } from '../../../shared/documents/types';
import type { Item } from '../../../shared/items/types';
import type { Party, PartyRole } from '../../../shared/parties/types';
import type { ScreeningRecord } from '../../../shared/screening/record-types';
import { getApplication } from '../applications/application-store';
import { classificationHistory, getClassification } from '../classification/classification-store';
import { getDocument } from '../documents/queries';
import { getItem } from '../items/item-store';
import { getParty } from '../parties/party-store';
import { partyHistory } from '../screening/record-queries';
import type { SupportingDocument } from './appendices';
import { auditExtract, type AuditExtractRow } from './audit-extract-rows';
import { SnapshotsUsed, type SnapshotUsed } from './snapshots';

export interface PartySheet {
  party: Party;
  roles: PartyRole[];
  /** The latest screening of the party: the evidence the application relies on. */
  screening: ScreeningRecord | null;
  statementReason: string | null;
}

export interface ItemSheet {
  item: Item;
  lineNos: number[];
  /** The US classifications the lines carry (as filed), then the EU one in force, if any. */
  classifications: Classification[];
}

export interface DeterminationRow {
  line: ApplicationLine;
  stored: StoredDetermination;
  run: DeterminationRun | null;
}


export interface ApplicationPackageData {
  app: Application;
  parties: PartySheet[];
  items: ItemSheet[];
  determinations: DeterminationRow[];
  documents: SupportingDocument[];
  audit: AuditExtractRow[];
  snapshots: SnapshotUsed[];
}

/**
 * Everything an application's package prints, read from the workspace in one pass. `today` is the
 * package's own date, so overdue requests and the like read the same whenever it is re-rendered.
 */
export function applicationPackageData(db: Database, attachmentsDir: string, applicationId: number, today: string): ApplicationPackageData {
  const app = getApplication(db, applicationId, today);
  const used = new SnapshotsUsed(db);

  const parties: PartySheet[] = [];
  for (const entry of app.parties) {
    const known = parties.find((p) => p.party.id === entry.partyId);
    if (known) {
      known.roles.push(entry.role);
      known.statementReason ??= entry.statementReason;
      continue;
    }
    const screening = partyHistory(db, entry.partyId, 1)[0] ?? null;
    used.screening(screening);
    parties.push({ party: getParty(db, entry.partyId), roles: [entry.role], screening, statementReason: entry.statementReason });
  }

  const items: ItemSheet[] = [];
  for (const line of app.lines) {
    let sheet = items.find((s) => s.item.id === line.itemId);
    if (!sheet) {
      sheet = { item: getItem(db, line.itemId), lineNos: [], classifications: [] };
      items.push(sheet);
    }
    sheet.lineNos.push(line.lineNo);
    if (line.classificationId !== null && !sheet.classifications.some((c) => c.id === line.classificationId)) {
      sheet.classifications.push(getClassification(db, line.classificationId));
    }
  }
  for (const sheet of items) {
    const eu = classificationHistory(db, sheet.item.id, 'eu').find((c) => c.supersededAt === null);
    if (eu) sheet.classifications.push(eu);
    for (const c of sheet.classifications) used.classification(c);
  }

  const runs = new Map(
    (db.prepare('SELECT line_id, result_json FROM application_determinations WHERE application_id = ?').all(applicationId) as { line_id: number; result_json: string | null }[]).map((r) => [
      r.line_id,
      r.result_json ? (JSON.parse(r.result_json) as DeterminationRun) : null,
    ]),
  );
  const determinations: DeterminationRow[] = [];
  for (const stored of app.determinations) {
    const line = app.lines.find((l) => l.id === stored.lineId);
    if (!line) continue;
    determinations.push({ line, stored, run: runs.get(stored.lineId) ?? null });
    used.controlList(stored.controlSnapshotId);
    used.destination(stored.chartSnapshotId);
    used.destination(stored.groupsSnapshotId);
  }

  return {
    app,
    parties,
    items,
    determinations,
    documents: supportingDocuments(db, attachmentsDir, app, parties, items),
    audit: auditExtract(db, 'application', String(applicationId)),
    snapshots: used.list(),
  };
}

/**
 * The application's supporting documents: those attached to it (its own and its parties' and
 * items'), then each end user's statement kept on the party record that the checklist relies on.
 */
function supportingDocuments(db: Database, attachmentsDir: string, app: Application, parties: PartySheet[], items: ItemSheet[]): SupportingDocument[] {
  const ids: { id: number; partyId: number | null }[] = app.documents.map((d) => ({ id: d.documentId, partyId: d.partyId }));
  for (const p of app.parties) {
    if (p.statementDocumentId !== null && !ids.some((d) => d.id === p.statementDocumentId)) ids.push({ id: p.statementDocumentId, partyId: p.partyId });
  }
  const partyName = (id: number) => parties.find((p) => p.party.id === id)?.party.legalName ?? `party #${id}`;
  const itemName = (id: number) => items.find((s) => s.item.id === id)?.item.name ?? `item #${id}`;
  return ids.map(({ id, partyId }) => {
    const d = getDocument(db, attachmentsDir, id);
    const concerns =
      partyId !== null ? partyName(partyId) : d.ownerType === 'party' ? partyName(d.ownerId) : d.ownerType === 'item' ? itemName(d.ownerId) : `application ${app.reference}`;
    return { documentId: d.id, title: `${DOCUMENT_TYPE_LABELS[d.docType]} — ${concerns}`, fileName: d.originalName, mime: d.mime, sha256: d.sha256, size: d.size };
  });
}
