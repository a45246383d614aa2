import type { Input, Method, Output } from '../../shared/contract';

export class CliError extends Error {}

/** What a command needs: run a contract call and print its result, plus argument parsing helpers. */
export interface CliContext {
  run<M extends Method>(
    method: M,
    input: Input<M>,
    human: (v: Output<M>) => string,
    json?: (v: Output<M>) => unknown,
  ): Promise<void>;
  int(s: string, name: string): number;
  optInt(s: string | undefined, name: string): number | undefined;
}
