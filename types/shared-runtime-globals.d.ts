/**
 * The few globals shared/ may use: WHATWG APIs that every process it runs in (Node, Electron's
 * main process, the page) provides, but that neither the ES library (no DOM, no Node types in
 * tsconfig.shared.json) declares. Only the shared project loads this file; the other layers take
 * the same names from the DOM or Node types. Declare just what shared/ calls.
 */
declare const URL: {
  new (url: string, base?: string): { readonly protocol: string; readonly hostname: string; readonly href: string };
};
