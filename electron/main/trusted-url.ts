/**
 * The only origin the window may show: the app's own bundled files on the app:// scheme. URLs are
 * parsed, never string-matched (a `startsWith` check is fooled by app://renderer.evil/...).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export function isTrustedAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}

/**
 * Requests the renderer may make: its own files, the blob: URLs its own page made (a PDF or document
 * handed to the download), and DevTools internals. Everything else (http, https, ws, file) is cancelled.
 */
export function isAllowedRequest(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  // blob:app://renderer/<uuid>: the part after "blob:" names the page that made it.
  if (url.protocol === 'blob:') return isTrustedAppUrl(url.pathname);
  return isTrustedAppUrl(raw) || url.protocol === 'devtools:' || url.protocol === 'chrome-extension:';
}

/** Maps app://renderer/<path> to a file inside the renderer folder, or null if it escapes it. */
export function resolveAppFile(raw: string, rendererDir: string, join: (...p: string[]) => string, relative: (a: string, b: string) => string): string | null {
  if (!isTrustedAppUrl(raw)) return null;
  const pathname = decodeURIComponent(new URL(raw).pathname);
  const file = join(rendererDir, pathname === '/' ? 'index.html' : pathname);
  const rel = relative(rendererDir, file);
  if (rel.startsWith('..') || rel.includes(':')) return null;
  return file;
}
