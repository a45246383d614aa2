import { Command, CommanderError } from 'commander';
import { contract, type Method, type Progress } from '../../shared/contract';
import { escapeHidden, escapeHiddenInJson } from '../../shared/hidden-characters';
import { isAppError } from '../../shared/errors';
import { inputError, plainIssueMessage } from '../core/input-errors';
import { openCore, type Core } from '../core';
import { defaultWorkspaceDir } from '../core/workspace';
import { registerControlCommands } from './commands/controls';
import { registerListCommands } from './commands/lists';
import { registerScreenCommands } from './commands/screen';
import { registerPartyCommands } from './commands/parties';
import { registerItemCommands } from './commands/items';
import { registerDeterminationCommands } from './commands/determination';
import { registerWorkspaceCommands } from './commands/workspace';
import { registerAuditCommands } from './commands/audit';
import { registerApplicationCommands } from './commands/applications';
import { registerDemoCommand } from './commands/demo';
import { registerBackupCommands } from './commands/backup';
import { registerRetentionCommands } from './commands/retention';
import { registerPackageCommands } from './commands/package';
import { CliError, type CliContext } from './context';
import { commandPath, mayCreateWorkspace } from './creating-commands';
import type { Io } from './output';

const defaultIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
};

/**
 * The `exportdesk` command: the same core and contract as the app, in plain Node. Returns the exit
 * code; every failure is one line on stderr.
 */
export async function runCli(argv: string[], io: Io = defaultIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let core: Core | undefined;
  const program = new Command('exportdesk')
    .description('ExportDesk: offline export-control compliance workbench (command line)')
    .option('-w, --workspace <dir>', 'workspace folder (default: $EXPORTDESK_WORKSPACE, else the app\'s own)')
    .option('--json', 'machine-readable JSON output')
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      // Usage errors too are one line, in the same form as every other failure.
      outputError: (s, write) => write(`exportdesk: ${s.trim().replace(/\s*\n\s*/g, ' ')}\n`),
    });

  const opts = () => program.opts<{ workspace?: string; json?: boolean }>();
  // Only a command that records something may create the workspace: a read on a mistyped
  // --workspace is refused, naming the folder, instead of leaving a new empty workspace there.
  let running = '';
  program.hook('preAction', (_program, action) => {
    running = commandPath(action);
  });
  const open = (method: Method, input: unknown) => {
    try {
      return openCore(opts().workspace ?? env.EXPORTDESK_WORKSPACE ?? defaultWorkspaceDir(), { create: mayCreateWorkspace(running) });
    } catch (e) {
      // A mistake in what was typed says more than the missing workspace it was meant for.
      const parsed = isAppError(e) && e.info.code === 'NOT_FOUND' ? contract[method].input.safeParse(input, { error: plainIssueMessage }) : null;
      if (parsed && !parsed.success) throw inputError(parsed.error);
      throw e;
    }
  };
  // Records, imported lists and file names may hold control or bidi characters (older data, a
  // publisher's file): shown as \u{..} escapes, never raw, so they cannot rewrite the terminal.
  const terminal = io;
  io = {
    out: (t) => terminal.out(opts().json ? escapeHiddenInJson(t) : escapeHidden(t)),
    err: (t) => terminal.err(escapeHidden(t)),
  };
  const ctx: CliContext = {
    async run(method, input, human, json, jsonStyle = 'json') {
      core ??= open(method, input);
      const showProgress = !opts().json && process.stderr.isTTY;
      const onProgress = showProgress ? (p: Progress) => process.stderr.write(`\r${escapeHidden(p.phase)} (${p.done}/${p.total})\x1b[K`) : undefined;
      const r = await core.call(method, input, { onProgress });
      if (showProgress) process.stderr.write('\r\x1b[K');
      if (!r.ok) throw new CliError(r.error.message);
      if (!opts().json) io.out(human(r.value));
      else if (jsonStyle === 'jsonl') io.out((json!(r.value) as unknown[]).map((row) => JSON.stringify(row)).join('\n'));
      else io.out(JSON.stringify(json ? json(r.value) : r.value, null, 2));
    },
    async call(method, input) {
      core ??= open(method, input);
      const r = await core.call(method, input);
      if (!r.ok) throw new CliError(r.error.message);
      return r.value;
    },
    print(human, json) {
      io.out(opts().json ? JSON.stringify(json, null, 2) : human);
    },
    int(s, name) {
      const n = Number(s);
      if (!Number.isInteger(n)) throw new CliError(`${name} must be a whole number, not "${s}"`);
      return n;
    },
    optInt(s, name) {
      return s === undefined ? undefined : ctx.int(s, name);
    },
  };

  registerWorkspaceCommands(program, ctx);
  registerAuditCommands(program, ctx);
  registerControlCommands(program, ctx);
  registerListCommands(program, ctx);
  registerScreenCommands(program, ctx);
  registerPartyCommands(program, ctx);
  registerItemCommands(program, ctx);
  registerDeterminationCommands(program, ctx);
  registerApplicationCommands(program, ctx);
  registerPackageCommands(program, ctx);
  registerDemoCommand(program, ctx, () => opts().workspace);
  registerBackupCommands(program, ctx, () => opts().workspace);
  registerRetentionCommands(program, ctx);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version exit 0 through here; usage errors have already been printed.
      return e.exitCode;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.err(`exportdesk: error: ${message.split('\n')[0]}`);
    return 1;
  } finally {
    core?.ws.close();
  }
}
