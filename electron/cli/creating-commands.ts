import type { Command } from 'commander';

/**
 * The commands that may be the first thing done in a new folder, and so may create the workspace
 * there: imports, a first application, the user's name, an ad-hoc screening, the demo, a restore.
 * Every other command works on records that must already exist (a list, an export, a backup, an
 * application's next step), so given a folder with no workspace — a mistyped --workspace — it
 * refuses, naming the folder, instead of leaving a new empty workspace there. `backup verify`
 * checks a file on its own, not the workspace's records, and keeps working anywhere.
 */
const CREATING = new Set([
  'controls import',
  'lists import',
  'destinations import',
  'parties import',
  'items import',
  'applications create',
  'settings set-user',
  'settings set-submitter',
  'backup keep',
  'backup verify',
  'screen',
  'demo',
  'restore',
]);

/** The command as typed below the program: "parties list", "audit verify". */
export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

export function mayCreateWorkspace(path: string): boolean {
  return CREATING.has(path);
}
