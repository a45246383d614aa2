import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_AREAS, ACTIONS, RECORD_TYPES, describeChange } from '../../renderer/src/audit/describe';
import { REPO_ROOT } from './helpers';

/**
 * The Audit page must describe every row the core can write. The actions and kinds of record are
 * read from the core's source, so a new audited write without words on the page fails here.
 */
function coreSources(dir = path.join(REPO_ROOT, 'electron/core')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? coreSources(p) : e.name.endsWith('.ts') ? [fs.readFileSync(p, 'utf8')] : [];
  });
}

function written(): { actions: Set<string>; recordTypes: Set<string> } {
  const actions = new Set<string>();
  const recordTypes = new Set<string>();
  for (const source of coreSources()) {
    for (const line of source.split('\n')) {
      if (/\baction\b/.test(line)) for (const m of line.matchAll(/'([a-z]+\.[a-zA-Z]+)'/g)) actions.add(m[1]!);
      if (/\b(recordType|ownerType)\b/.test(line)) for (const m of line.matchAll(/'([a-z_]+)'/g)) recordTypes.add(m[1]!);
    }
    // Spreadsheet imports and exports build theirs from the record kind: parties.import, party_export, ...
    const plural = /plural: '([a-z]+)'/.exec(source)?.[1];
    const recordType = /recordType: '([a-z_]+)'/.exec(source.slice(source.indexOf('plural:')))?.[1];
    if (plural && recordType) {
      for (const verb of ['import', 'export']) {
        actions.add(`${plural}.${verb}`);
        recordTypes.add(`${recordType}_${verb}`);
      }
    }
  }
  return { actions, recordTypes };
}

describe('the words of the Audit page', () => {
  const { actions, recordTypes } = written();

  it('finds the actions in the core source (the scan itself works)', () => {
    expect(actions).toContain('destinations.import');
    expect(actions).toContain('screening.batch');
    expect(actions).toContain('parties.export');
    expect(recordTypes).toContain('party_import');
    expect(actions.size).toBeGreaterThan(40);
  });

  it('describe every action the core writes, and the area of each', () => {
    expect([...actions].filter((a) => !(a in ACTIONS)).sort()).toEqual([]);
    expect([...actions].map((a) => a.split('.')[0]!).filter((area) => !(area in ACTION_AREAS))).toEqual([]);
  });

  it('name every kind of record the core writes against', () => {
    expect([...recordTypes].filter((t) => !(t in RECORD_TYPES)).sort()).toEqual([]);
  });

  it('summarise a change by its changed fields, and a removal by what was removed', () => {
    const row = { id: 1, at: '', actor: '', action: 'parties.update', recordType: 'party', recordId: '1' };
    expect(describeChange({ ...row, before: { legalName: 'A', notes: null }, after: { legalName: 'B', notes: null } }).short).toBe('legal name: A → B');
    expect(describeChange({ ...row, before: { partyId: 3, role: 'end-user' }, after: null }).short).toBe('removed: partyId: 3; role: end-user');
  });
});
