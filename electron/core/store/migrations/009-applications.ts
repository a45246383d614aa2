import type { Migration } from './types';

/**
 * License applications (BIS-748P), the licenses issued on them and the shipments drawn against
 * them. Applications, licenses and shipments are records (15 CFR 762.6 keeps them five years):
 * a filed application is never rewritten (an amendment is a new version linked to it), status
 * changes and shipments are append-only, and a license balance is the sum of its shipments, never
 * a number edited in place. Money is in the currency's minor units, quantities in thousandths.
 */
export const migration009: Migration = {
  version: 9,
  name: 'applications, licenses and shipments',
  up(db) {
    db.exec(`
      CREATE TABLE applications (
        id INTEGER PRIMARY KEY,
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        previous_version_id INTEGER REFERENCES applications(id),
        -- Set once, when an amendment replaces this version.
        superseded_by_id INTEGER REFERENCES applications(id) DEFERRABLE INITIALLY DEFERRED,
        copied_from_id INTEGER REFERENCES applications(id),
        type TEXT NOT NULL CHECK (type IN ('license', 'classification-request', 'reexport')),
        export_type TEXT NOT NULL CHECK (export_type IN ('permanent', 'temporary')),
        return_date TEXT,
        applicant TEXT,
        reference TEXT NOT NULL CHECK (length(trim(reference)) > 0),
        destination TEXT CHECK (destination IS NULL OR length(destination) = 2),
        end_use TEXT,
        additional_info TEXT,
        ship_direct INTEGER NOT NULL DEFAULT 0 CHECK (ship_direct IN (0, 1)),
        currency TEXT NOT NULL CHECK (length(currency) = 3),
        status TEXT NOT NULL CHECK (status IN ('draft', 'ready', 'submitted', 'returned-without-action', 'approved',
          'approved-with-conditions', 'denied', 'appealed', 'withdrawn')),
        external_number TEXT,
        submitted_on TEXT,
        decided_on TEXT,
        conditions TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        CHECK (export_type = 'temporary' OR return_date IS NULL)
      ) STRICT;
      -- One live application per reference: an amendment takes over the reference of the version it replaces.
      CREATE UNIQUE INDEX applications_reference_live ON applications(reference) WHERE superseded_by_id IS NULL;
      CREATE INDEX applications_by_status ON applications(status, updated_at, id);
      CREATE INDEX applications_by_update ON applications(updated_at, id);

      -- Only a draft changes its content; anything filed changes status only (and is superseded once).
      CREATE TRIGGER applications_filed_read_only BEFORE UPDATE ON applications
      WHEN OLD.status <> 'draft' AND (
        NEW.type IS NOT OLD.type OR NEW.export_type IS NOT OLD.export_type OR NEW.return_date IS NOT OLD.return_date
        OR NEW.applicant IS NOT OLD.applicant OR NEW.reference IS NOT OLD.reference OR NEW.destination IS NOT OLD.destination
        OR NEW.end_use IS NOT OLD.end_use OR NEW.additional_info IS NOT OLD.additional_info OR NEW.ship_direct IS NOT OLD.ship_direct
        OR NEW.currency IS NOT OLD.currency OR NEW.version IS NOT OLD.version OR NEW.previous_version_id IS NOT OLD.previous_version_id
        OR NEW.copied_from_id IS NOT OLD.copied_from_id OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by
        OR (OLD.superseded_by_id IS NOT NULL AND NEW.superseded_by_id IS NOT OLD.superseded_by_id))
      BEGIN SELECT RAISE(ABORT, 'a filed application is read-only: amend it to make a new version'); END;
      CREATE TRIGGER applications_no_delete BEFORE DELETE ON applications
      BEGIN SELECT RAISE(ABORT, 'applications are kept as records'); END;

      CREATE TABLE application_parties (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES applications(id),
        party_id INTEGER NOT NULL REFERENCES parties(id),
        role TEXT NOT NULL CHECK (role IN ('purchaser', 'intermediate-consignee', 'ultimate-consignee', 'end-user', 'ultimate-end-user', 'other-party')),
        -- End users: why there is no end-user statement (Supp. No. 3 to Part 748), when there is none.
        statement_reason TEXT,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL,
        UNIQUE (application_id, party_id, role)
      ) STRICT;
      CREATE INDEX application_parties_party ON application_parties(party_id, application_id);

      CREATE TABLE application_items (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES applications(id),
        line_no INTEGER NOT NULL CHECK (line_no >= 1),
        item_id INTEGER NOT NULL REFERENCES items(id),
        -- The US classification in force when the line was added or last refreshed.
        classification_id INTEGER REFERENCES classifications(id),
        quantity_milli INTEGER NOT NULL CHECK (quantity_milli > 0),
        unit TEXT NOT NULL CHECK (length(trim(unit)) > 0),
        unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0),
        total_minor INTEGER NOT NULL CHECK (total_minor >= 0),
        currency TEXT NOT NULL CHECK (length(currency) = 3),
        UNIQUE (application_id, line_no)
      ) STRICT;
      CREATE INDEX application_items_item ON application_items(item_id, application_id);

      -- Supporting documents: the application's own (documents.owner_type = 'application') and those
      -- of its parties and items, each optionally for one party (an end-user statement).
      CREATE TABLE application_documents (
        application_id INTEGER NOT NULL REFERENCES applications(id),
        document_id INTEGER NOT NULL REFERENCES documents(id),
        party_id INTEGER REFERENCES parties(id),
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL,
        PRIMARY KEY (application_id, document_id)
      ) STRICT;

      -- The license determination of each line for the destination, with the snapshots it read.
      CREATE TABLE application_determinations (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES applications(id),
        line_id INTEGER NOT NULL UNIQUE REFERENCES application_items(id),
        eccn TEXT NOT NULL,
        destination TEXT NOT NULL,
        outcome TEXT NOT NULL,
        summary TEXT NOT NULL,
        result_json TEXT,
        error TEXT,
        control_snapshot_id INTEGER REFERENCES list_snapshots(id),
        chart_snapshot_id INTEGER REFERENCES destination_snapshots(id),
        groups_snapshot_id INTEGER REFERENCES destination_snapshots(id),
        computed_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX application_determinations_app ON application_determinations(application_id);

      -- The lines, parties, documents and determinations of a filed application are kept as filed.
      ${['application_parties', 'application_items', 'application_documents', 'application_determinations']
        .map(
          (t) => `
      CREATE TRIGGER ${t}_insert_draft_only BEFORE INSERT ON ${t}
      WHEN (SELECT status FROM applications WHERE id = NEW.application_id) NOT IN ('draft', 'ready')
      BEGIN SELECT RAISE(ABORT, 'a filed application is read-only: amend it to make a new version'); END;
      CREATE TRIGGER ${t}_update_draft_only BEFORE UPDATE ON ${t}
      WHEN (SELECT status FROM applications WHERE id = OLD.application_id) NOT IN ('draft', 'ready')
      BEGIN SELECT RAISE(ABORT, 'a filed application is read-only: amend it to make a new version'); END;
      CREATE TRIGGER ${t}_delete_draft_only BEFORE DELETE ON ${t}
      WHEN (SELECT status FROM applications WHERE id = OLD.application_id) NOT IN ('draft', 'ready')
      BEGIN SELECT RAISE(ABORT, 'a filed application is read-only: amend it to make a new version'); END;`,
        )
        .join('\n')}

      CREATE TABLE application_status_history (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES applications(id),
        from_status TEXT,
        to_status TEXT NOT NULL,
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        external_number TEXT,
        on_date TEXT,
        conditions TEXT,
        note TEXT
      ) STRICT;
      CREATE INDEX application_status_history_app ON application_status_history(application_id, id);
      CREATE TRIGGER application_status_history_no_update BEFORE UPDATE ON application_status_history
      BEGIN SELECT RAISE(ABORT, 'status history is append-only'); END;
      CREATE TRIGGER application_status_history_no_delete BEFORE DELETE ON application_status_history
      BEGIN SELECT RAISE(ABORT, 'status history is append-only'); END;

      -- Requests for information from the licensing authority while it holds the case.
      CREATE TABLE information_requests (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES applications(id),
        received_on TEXT NOT NULL,
        due_on TEXT NOT NULL,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL,
        answered_on TEXT,
        answer TEXT,
        answered_at TEXT,
        answered_by TEXT,
        CHECK (due_on >= received_on)
      ) STRICT;
      CREATE INDEX information_requests_app ON information_requests(application_id, id);
      CREATE INDEX information_requests_open ON information_requests(due_on) WHERE answered_at IS NULL;
      -- A request is answered once; the question is never rewritten.
      CREATE TRIGGER information_requests_answer_once BEFORE UPDATE ON information_requests
      WHEN OLD.answered_at IS NOT NULL OR NEW.text IS NOT OLD.text OR NEW.due_on IS NOT OLD.due_on
        OR NEW.received_on IS NOT OLD.received_on OR NEW.application_id IS NOT OLD.application_id
      BEGIN SELECT RAISE(ABORT, 'an information request is answered once and never rewritten'); END;
      CREATE TRIGGER information_requests_no_delete BEFORE DELETE ON information_requests
      BEGIN SELECT RAISE(ABORT, 'information requests are kept with the application'); END;

      CREATE TABLE licenses (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE CHECK (length(trim(number)) > 0),
        application_id INTEGER NOT NULL UNIQUE REFERENCES applications(id),
        valid_from TEXT NOT NULL,
        valid_to TEXT NOT NULL,
        conditions TEXT,
        currency TEXT NOT NULL CHECK (length(currency) = 3),
        issued_at TEXT NOT NULL,
        issued_by TEXT NOT NULL,
        CHECK (valid_to >= valid_from)
      ) STRICT;
      CREATE INDEX licenses_valid_to ON licenses(valid_to, id);

      CREATE TABLE license_items (
        id INTEGER PRIMARY KEY,
        license_id INTEGER NOT NULL REFERENCES licenses(id),
        line_id INTEGER NOT NULL REFERENCES application_items(id),
        quantity_milli INTEGER NOT NULL CHECK (quantity_milli > 0),
        value_minor INTEGER NOT NULL CHECK (value_minor >= 0),
        UNIQUE (license_id, line_id)
      ) STRICT;

      CREATE TABLE shipments (
        id INTEGER PRIMARY KEY,
        license_id INTEGER NOT NULL REFERENCES licenses(id),
        shipped_on TEXT NOT NULL,
        consignee_party_id INTEGER REFERENCES parties(id),
        reference TEXT,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX shipments_license ON shipments(license_id, shipped_on, id);

      CREATE TABLE shipment_lines (
        id INTEGER PRIMARY KEY,
        shipment_id INTEGER NOT NULL REFERENCES shipments(id),
        license_item_id INTEGER NOT NULL REFERENCES license_items(id),
        quantity_milli INTEGER NOT NULL CHECK (quantity_milli > 0),
        value_minor INTEGER NOT NULL CHECK (value_minor >= 0)
      ) STRICT;
      CREATE INDEX shipment_lines_item ON shipment_lines(license_item_id);
      CREATE INDEX shipment_lines_shipment ON shipment_lines(shipment_id);

      ${['licenses', 'license_items', 'shipments', 'shipment_lines']
        .map(
          (t) => `
      CREATE TRIGGER ${t}_no_update BEFORE UPDATE ON ${t}
      BEGIN SELECT RAISE(ABORT, 'licenses and shipments are append-only records'); END;
      CREATE TRIGGER ${t}_no_delete BEFORE DELETE ON ${t}
      BEGIN SELECT RAISE(ABORT, 'licenses and shipments are append-only records'); END;`,
        )
        .join('\n')}
    `);
  },
};
