import type { Migration } from './types';

/**
 * What the encryption self-classification report needs from an item beyond its name, model and
 * manufacturer (Supp. No. 8 to Part 742; 15 CFR 740.17(b)(1) and (e)(3)):
 * - the CCATS number of a classification BIS has issued for it: such an item is left out of the
 *   report (BIS: an item classified by BIS need not be reported);
 * - whether a mass-market item is one of the kinds § 740.17(b)(1) still requires to be reported
 *   since 86 FR 16482 (March 2021): chips and chipsets, cryptographic libraries and toolkits,
 *   application-specific development kits;
 * - its non-U.S. components and non-U.S. manufacturing locations, the report's last two columns
 *   (NONE where the item records none).
 * All nullable: items entered before this version have none of them recorded.
 */
export const migration011: Migration = {
  version: 11,
  name: 'item fields of the encryption report',
  up(db) {
    db.exec(`
      ALTER TABLE items ADD COLUMN ccats_number TEXT CHECK (ccats_number IS NULL OR length(trim(ccats_number)) > 0);
      ALTER TABLE items ADD COLUMN encryption_component TEXT CHECK (encryption_component IS NULL OR encryption_component IN ('chip', 'library', 'development-kit'));
      ALTER TABLE items ADD COLUMN non_us_components TEXT;
      ALTER TABLE items ADD COLUMN non_us_manufacturing_locations TEXT;
    `);
  },
};
