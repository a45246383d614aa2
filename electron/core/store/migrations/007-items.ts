import type { Migration } from './types';

/**
 * The item catalogue and its classifications. A classification cites an exact list version and
 * keeps the text it cited; it is never changed or deleted (15 CFR 762.6 keeps classification
 * records), only marked as superseded by the next one, and a review is raised when a later version
 * of the list changes or drops the cited text.
 */
export const migration007: Migration = {
  version: 7,
  name: 'items, classifications and reviews',
  up(db) {
    db.exec(`
      CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        -- The name folded (case, accents, punctuation): the table's sort order.
        name_key TEXT NOT NULL,
        -- Name, model and manufacturer folded: the same item entered twice is refused.
        identity_key TEXT NOT NULL UNIQUE,
        model_number TEXT,
        manufacturer TEXT,
        description TEXT,
        item_type TEXT NOT NULL CHECK (item_type IN ('commodity', 'software', 'technology')),
        origin_country TEXT CHECK (origin_country IS NULL OR length(origin_country) = 2),
        notes TEXT,
        -- The classification in force per jurisdiction, kept in step by the classification writer so
        -- the table filters through an index: '' unclassified, 'EAR99', 'NOT-LISTED' or the entry code.
        us_class TEXT NOT NULL DEFAULT '',
        us_label TEXT,
        us_status TEXT CHECK (us_status IS NULL OR us_status IN ('draft', 'final')),
        eu_class TEXT NOT NULL DEFAULT '',
        eu_label TEXT,
        eu_status TEXT CHECK (eu_status IS NULL OR eu_status IN ('draft', 'final')),
        needs_review INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      -- Every list query reads in name order, so each filter has its own index (column, name_key, id):
      -- a page is an index range, never a sort of the table. The other filter columns ride along so
      -- combined filters and counts are answered from the index alone.
      CREATE INDEX items_by_name ON items(name_key, id, item_type, us_class, eu_class, needs_review);
      CREATE INDEX items_by_type ON items(item_type, name_key, id, us_class, eu_class, needs_review);
      CREATE INDEX items_by_us_class ON items(us_class, name_key, id, item_type, eu_class, needs_review);
      CREATE INDEX items_by_eu_class ON items(eu_class, name_key, id, item_type, us_class, needs_review);
      CREATE INDEX items_by_review ON items(needs_review, name_key, id, item_type, us_class, eu_class);

      CREATE TABLE item_parameters (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items(id),
        ordinal INTEGER NOT NULL,
        name TEXT NOT NULL,
        value TEXT NOT NULL,
        unit TEXT,
        UNIQUE (item_id, ordinal)
      ) STRICT;

      -- One row per item (rowid = item id): what the search box matches, word prefixes.
      CREATE VIRTUAL TABLE item_search USING fts5(
        name, model, manufacturer,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );

      CREATE TABLE classifications (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items(id),
        jurisdiction TEXT NOT NULL CHECK (jurisdiction IN ('us-ear', 'eu')),
        kind TEXT NOT NULL CHECK (kind IN ('entry', 'ear99', 'not-listed')),
        list_id TEXT REFERENCES control_lists(id),
        snapshot_id INTEGER REFERENCES list_snapshots(id),
        entry_code TEXT,
        paragraph_code TEXT,
        -- The exact text cited, as it stood in that version, and its parts (lines, attribution).
        quoted_text TEXT,
        quote_json TEXT,
        supporting_json TEXT NOT NULL DEFAULT '[]',
        rationale TEXT NOT NULL CHECK (length(trim(rationale)) > 0),
        decision_path_json TEXT,
        authorization TEXT CHECK (authorization IS NULL OR authorization IN ('ENC', 'MMKT')),
        report_item_type TEXT,
        status TEXT NOT NULL CHECK (status IN ('draft', 'final')),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        supersedes_id INTEGER REFERENCES classifications(id),
        superseded_at TEXT,
        -- Deferred: the classification in force is marked superseded by the next one just before that
        -- one is inserted (the unique index allows one in force per item and jurisdiction).
        superseded_by_id INTEGER REFERENCES classifications(id) DEFERRABLE INITIALLY DEFERRED,
        CHECK ((kind = 'entry') = (snapshot_id IS NOT NULL AND entry_code IS NOT NULL AND quoted_text IS NOT NULL AND list_id IS NOT NULL)),
        CHECK (kind <> 'ear99' OR jurisdiction = 'us-ear'),
        CHECK (kind <> 'not-listed' OR jurisdiction = 'eu'),
        CHECK (authorization IS NULL OR (jurisdiction = 'us-ear' AND kind = 'entry' AND report_item_type IS NOT NULL))
      ) STRICT;
      CREATE INDEX classifications_item ON classifications(item_id, jurisdiction, id);
      -- At most one classification in force per item and jurisdiction.
      CREATE UNIQUE INDEX classifications_in_force ON classifications(item_id, jurisdiction) WHERE superseded_at IS NULL;
      -- The re-review hook: classifications in force citing a list.
      CREATE INDEX classifications_by_list ON classifications(list_id, snapshot_id) WHERE superseded_at IS NULL;
      -- The encryption self-classification report: final ENC / MMKT classifications by date.
      CREATE INDEX classifications_reported ON classifications(created_at, item_id) WHERE authorization IS NOT NULL AND status = 'final';
      CREATE INDEX classifications_reported_item ON classifications(item_id, created_at) WHERE authorization IS NOT NULL AND status = 'final';

      -- Never rewritten: the only change allowed is marking a classification superseded, once.
      CREATE TRIGGER classifications_no_delete BEFORE DELETE ON classifications
      BEGIN SELECT RAISE(ABORT, 'classifications are kept: a new classification supersedes, never overwrites'); END;
      CREATE TRIGGER classifications_only_superseded BEFORE UPDATE ON classifications
      WHEN OLD.superseded_at IS NOT NULL OR NEW.superseded_at IS NULL OR NEW.superseded_by_id IS NULL
        OR NEW.id IS NOT OLD.id OR NEW.item_id IS NOT OLD.item_id OR NEW.jurisdiction IS NOT OLD.jurisdiction
        OR NEW.kind IS NOT OLD.kind OR NEW.list_id IS NOT OLD.list_id OR NEW.snapshot_id IS NOT OLD.snapshot_id
        OR NEW.entry_code IS NOT OLD.entry_code OR NEW.paragraph_code IS NOT OLD.paragraph_code
        OR NEW.quoted_text IS NOT OLD.quoted_text OR NEW.quote_json IS NOT OLD.quote_json
        OR NEW.supporting_json IS NOT OLD.supporting_json OR NEW.rationale IS NOT OLD.rationale
        OR NEW.decision_path_json IS NOT OLD.decision_path_json OR NEW.authorization IS NOT OLD.authorization
        OR NEW.report_item_type IS NOT OLD.report_item_type OR NEW.status IS NOT OLD.status
        OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by
        OR NEW.supersedes_id IS NOT OLD.supersedes_id
      BEGIN SELECT RAISE(ABORT, 'classifications are kept: a new classification supersedes, never overwrites'); END;

      -- Raised when a new version of a list changes or drops the text a classification in force
      -- cites; resolved by the next classification of that item and jurisdiction.
      CREATE TABLE classification_reviews (
        id INTEGER PRIMARY KEY,
        classification_id INTEGER NOT NULL REFERENCES classifications(id),
        item_id INTEGER NOT NULL REFERENCES items(id),
        snapshot_id INTEGER NOT NULL REFERENCES list_snapshots(id),
        reason TEXT NOT NULL CHECK (reason IN ('changed', 'removed')),
        before_text TEXT NOT NULL,
        after_text TEXT,
        diff_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        resolved_at TEXT,
        resolved_by TEXT,
        resolved_by_classification_id INTEGER REFERENCES classifications(id),
        UNIQUE (classification_id, snapshot_id)
      ) STRICT;
      CREATE INDEX classification_reviews_open ON classification_reviews(item_id, id) WHERE resolved_at IS NULL;
      CREATE INDEX classification_reviews_queue ON classification_reviews(id) WHERE resolved_at IS NULL;
      CREATE TRIGGER classification_reviews_no_delete BEFORE DELETE ON classification_reviews
      BEGIN SELECT RAISE(ABORT, 'reviews are kept with the classification they concern'); END;
    `);
  },
};
