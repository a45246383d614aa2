function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/**
 * Hands content to the browser's own download (Chromium's save, Electron's save dialog): an object
 * URL clicked with a download name, which the CSP (default-src 'self') allows since nothing is
 * fetched or framed. The same in the desktop app and the browser build.
 */
function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later, not at once: the download reads the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Bytes the core returned as base64 (a package PDF, a stored document). */
export function downloadBase64(base64: string, fileName: string, mime: string): void {
  downloadBlob(new Blob([bytesOf(base64)], { type: mime }), fileName);
}

/** Text made in the window or returned by the core (a CSV export, a list diff, an exchange file). */
export function downloadText(fileName: string, content: string, type = 'application/json'): void {
  downloadBlob(new Blob([content], { type }), fileName);
}
