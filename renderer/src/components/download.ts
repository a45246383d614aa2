function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/**
 * Hands bytes the core returned to the browser's own download (Chromium's save, Electron's save
 * dialog): an object URL clicked with a download name, which the CSP (default-src 'self') allows
 * since nothing is fetched or framed. The same in the desktop app and the browser build.
 */
export function downloadBase64(base64: string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([bytesOf(base64)], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later, not at once: the download reads the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
