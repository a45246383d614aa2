import type { Command } from 'commander';

/**
 * Commands that only look at a workspace. Given a folder with no workspace (a mistyped --workspace),
 * they refuse, naming it, instead of leaving a new empty workspace there; every other command may
 * create one, so the first `controls import` or `parties import` into a fresh folder works.
 * `backup verify` and `package verify` check a file, not the workspace, and keep working anywhere.
 */
const READ_ONLY_LEAVES = new Set(['list', 'show', 'search', 'snapshots', 'diff', 'info', 'queue', 'checklist', 'submitter', 'determine']);
const READ_ONLY_PATHS = new Set(['audit verify']);

/** The command as typed below the program: "parties list", "audit verify". */
export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

export function mayCreateWorkspace(path: string): boolean {
  const leaf = path.split(' ').pop() ?? '';
  return !READ_ONLY_LEAVES.has(leaf) && !READ_ONLY_PATHS.has(path);
}
