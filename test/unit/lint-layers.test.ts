/**
 * The layer rules of eslint.config.js, shown to fail: each fixture in test/fixtures/lint breaks one
 * rule and is linted with the real config as if it lay in the layer named here, so a rule that
 * stops matching (a renamed folder, a glob that no longer covers it) fails this test instead of
 * passing every file silently. The clean fixtures show the same layers accept ordinary code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/lint');

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

interface Found {
  rule: string | null;
  message: string;
}

/** Lints `text` as though it were the file at `asPath` (relative to the repository). */
async function lintAs(text: string, asPath: string): Promise<Found[]> {
  const [result] = await eslint.lintText(text, { filePath: path.join(ROOT, asPath), warnIgnored: true });
  return result!.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}

const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

// [fixture, where it is linted as, the rule that must report, words its message must hold, how many]
const BROKEN: [string, string, string | null, RegExp, number][] = [
  ['shared-node-builtin.ts', 'shared/lint-fixture.ts', 'exportdesk/layers', /shared may not import the Node built-in '(node:fs|path)'/, 2],
  ['shared-dom-global.ts', 'shared/lint-fixture.ts', 'no-restricted-globals', /'(window|document)'.*the DOM is not there/, 2],
  ['shared-node-global.ts', 'shared/lint-fixture.ts', 'no-restricted-globals', /'(process|Buffer)'.*Node globals are not there/, 2],
  ['shared-imports-electron-folder.ts', 'shared/lint-fixture.ts', 'exportdesk/layers', /shared may not import '\.\.\/electron\/core' \(electron\/core\)/, 1],
  ['shared-imports-renderer.ts', 'shared/lint-fixture.ts', 'exportdesk/layers', /shared may not import '\.\.\/renderer\/src\/app\/areas'/, 1],
  ['core-imports-electron.ts', 'electron/core/lint-fixture.ts', 'exportdesk/layers', /electron\/core may not import the package 'electron'/, 1],
  ['core-network.ts', 'electron/core/lint-fixture.ts', 'no-restricted-globals', /'fetch'.*no network request at run time/, 1],
  ['core-imports-renderer.ts', 'electron/core/lint-fixture.ts', 'exportdesk/layers', /electron\/core may not import '\.\.\/\.\.\/renderer\/src\/app\/areas'/, 1],
  ['renderer-node-builtin.ts', 'renderer/src/lint-fixture/x.ts', 'exportdesk/layers', /renderer may not import the Node built-in 'node:fs'/, 1],
  ['renderer-node-global.ts', 'renderer/src/lint-fixture/x.ts', 'no-restricted-globals', /'process'.*Node globals are not there/, 1],
  ['renderer-imports-electron.ts', 'renderer/src/lint-fixture/x.ts', 'exportdesk/layers', /renderer may not import the package 'electron'/, 1],
  ['renderer-imports-core.ts', 'renderer/src/lint-fixture/x.ts', 'exportdesk/layers', /renderer may not import '\.\.\/\.\.\/\.\.\/electron\/core' \(electron\/core\): it may import only from renderer, shared/, 1],
  ['shell-deep-core.ts', 'electron/cli/lint-fixture.ts', 'exportdesk/layers', /electron\/cli may import electron\/core only through its public entry electron\/core\/index\.ts/, 1],
  ['shell-deep-core.ts', 'electron/bridge/lint-fixture.ts', 'exportdesk/layers', /electron\/bridge may import electron\/core only through its public entry/, 1],
  ['shell-deep-core.ts', 'electron/main/lint-fixture.ts', 'exportdesk/layers', /electron\/main may import electron\/core only through its public entry/, 1],
  ['preload-node-builtin.ts', 'electron/preload/lint-fixture.ts', 'exportdesk/layers', /electron\/preload may not import the Node built-in 'node:fs'/, 1],
  ['test-empty-pattern.ts', 'test/unit/lint-fixture.ts', 'no-empty-pattern', /Unexpected empty object pattern/, 1],
  ['test-unused-directive.ts', 'test/unit/lint-fixture.ts', null, /Unused eslint-disable directive/, 1],
];

describe('each layer rule reports the fixture that breaks it', () => {
  it.each(BROKEN)('%s as %s', async (name, asPath, rule, words, count) => {
    const found = await lintAs(fixture(name), asPath);
    expect(found.map((f) => f.rule)).toEqual(Array(count).fill(rule));
    for (const f of found) expect(f.message).toMatch(words);
  });
});

describe('ordinary code in each layer passes', () => {
  it.each([
    ['shared-clean.ts', 'shared/lint-fixture.ts'],
    ['core-clean.ts', 'electron/core/lint-fixture.ts'],
    ['renderer-clean.ts', 'renderer/src/lint-fixture/x.ts'],
    ['shell-clean.ts', 'electron/cli/lint-fixture.ts'],
    ['shell-clean.ts', 'electron/bridge/lint-fixture.ts'],
    ['shell-clean.ts', 'electron/main/lint-fixture.ts'],
  ])('%s as %s', async (name, asPath) => {
    expect(await lintAs(fixture(name), asPath)).toEqual([]);
  });
});

describe('a listed exception covers only the file it names', () => {
  const deep = "import { defaultWorkspaceDir } from '../core/workspace';\nexport const dir = defaultWorkspaceDir;\n";

  it('electron/cli/main.ts may still import core/workspace (listed in eslint.config.js)', async () => {
    expect(await lintAs(deep, 'electron/cli/main.ts')).toEqual([]);
  });

  it('another CLI file importing the same module is reported', async () => {
    const found = await lintAs(deep, 'electron/cli/output-fixture.ts');
    expect(found).toEqual([{ rule: 'exportdesk/layers', message: expect.stringMatching(/only through its public entry/) }]);
  });
});
