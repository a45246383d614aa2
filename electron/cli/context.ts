import type { Input, Method, Output } from '../../shared/contract';

export class CliError extends Error {}

/** What a command needs: run a contract call and print its result, plus argument parsing helpers. */
export interface CliContext {
  run<M extends Method>(
    method: M,
    input: Input<M>,
    human: (v: Output<M>) => string,
    json?: (v: Output<M>) => unknown,
    /** 'jsonl': the json function returns rows, printed one JSON object per line. */
    jsonStyle?: 'json' | 'jsonl',
  ): Promise<void>;
  /** Runs a call and returns its value without printing; a failure throws as in run(). */
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  /** Prints the text, or with --json the value as JSON. */
  print(human: string, json: unknown): void;
  int(s: string, name: string): number;
  optInt(s: string | undefined, name: string): number | undefined;
}
