/**
 * The contract's method names as plain data, so the sandboxed preload can list them without
 * bundling the validation schemas. index.ts checks at compile time that this list and the
 * contract name exactly the same methods.
 */
export const METHOD_NAMES = [
  'workspace.info',
  'settings.get',
  'settings.update',
  'audit.list',
  'search.quick',
  'controls.import',
  'controls.lists',
  'controls.snapshots',
  'controls.setCurrent',
  'controls.search',
  'controls.show',
  'controls.browse',
  'controls.diff',
  'controls.export',
  'lists.import',
  'lists.snapshots',
  'lists.setCurrent',
  'lists.diff',
  'lists.entry',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];
