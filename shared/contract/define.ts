import type { z } from 'zod';

export type MethodKind = 'read' | 'write';

/**
 * A contract method: the schema its input must satisfy and (as a phantom type) its output.
 * `kind` tells the registry whether to wrap the handler in a transaction with an audit row.
 */
export interface MethodSpec<K extends MethodKind, I extends z.ZodType, O> {
  kind: K;
  input: I;
  /** Never set at run time; carries the output type. */
  output?: O;
  summary: string;
}

export function method<O>() {
  return <K extends MethodKind, I extends z.ZodType>(kind: K, input: I, summary: string): MethodSpec<K, I, O> => ({
    kind,
    input,
    summary,
  });
}
