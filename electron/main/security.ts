import { app, session, shell, type WebContents } from 'electron';
import { isAllowedRequest, isTrustedAppUrl } from './trusted-url';

const CSP = "default-src 'self'";

/**
 * Locks every window down: no navigation away from the app, no new windows, no permissions, no
 * network. ExportDesk makes no network request at run time, ever; the request filter enforces it.
 */
export function applySecurity(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (e, url) => {
      if (!isTrustedAppUrl(url)) e.preventDefault();
    });
    contents.on('will-redirect', (e, url) => {
      if (!isTrustedAppUrl(url)) e.preventDefault();
    });
    contents.on('will-attach-webview', (e) => e.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  void shell; // Links out of the app are not opened: the app is offline by design.
}
