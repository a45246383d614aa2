import type { ExportDeskApi, Method } from '../../shared/contract';

export type Invokers<Ms extends readonly Method[]> = { [M in Ms[number]]: ExportDeskApi[M] };

/**
 * One function per name in `names`, each passing its method name and input to `invoke`, typed by
 * the names themselves: a list that leaves out a contract method yields an object without it (so
 * the preload's `api: ExportDeskApi` fails to compile), and a name the contract lacks is refused
 * here. The one cast restates what the loop just built key by key.
 */
export function invokers<const Ms extends readonly Method[]>(
  names: Ms,
  invoke: (method: Ms[number], input: unknown) => Promise<unknown>,
): Invokers<Ms> {
  return Object.fromEntries(names.map((m) => [m, (input: unknown) => invoke(m, input)])) as Invokers<Ms>;
}
