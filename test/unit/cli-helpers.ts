import { runCli } from '../../electron/cli/main';

/** What one CLI run printed, captured in process: the exit code, stdout, and stderr's non-empty lines. */
export interface CliRun {
  code: number;
  out: string;
  err: string[];
}

export async function cli(argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join(''), err: err.join('').split('\n').filter((l) => l !== '') };
}
