import type { Database } from 'better-sqlite3';

/**
 * The end-user statement (Supp. No. 3 to Part 748) found for each end user of an application: a
 * document of that type attached to the application for the party, else one kept on the party
 * record itself. Newest first; party id -> document id.
 */
export function endUserStatementDocuments(db: Database, applicationId: number): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT ap.party_id AS partyId,
         coalesce(
           (SELECT max(d.id) FROM application_documents ad JOIN documents d ON d.id = ad.document_id
             WHERE ad.application_id = ap.application_id AND ad.party_id = ap.party_id AND d.doc_type = 'end-user-statement'),
           (SELECT max(d.id) FROM documents d WHERE d.owner_type = 'party' AND d.owner_id = ap.party_id AND d.doc_type = 'end-user-statement')
         ) AS documentId
       FROM application_parties ap WHERE ap.application_id = ? AND ap.role = 'end-user'`,
    )
    .all(applicationId) as { partyId: number; documentId: number | null }[];
  const out = new Map<number, number>();
  for (const r of rows) if (r.documentId !== null) out.set(r.partyId, r.documentId);
  return out;
}
