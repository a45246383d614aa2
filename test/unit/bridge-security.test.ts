/**
 * The localhost bridge serves the real core to a browser; these are the requests it must refuse:
 * another page's (no token, a wrong one), a DNS-rebinding page's (a foreign Host header), a file
 * outside the renderer folder, and a call the contract does not have. Each is a real HTTP request.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBridge, TOKEN_HEADER, type Bridge } from '../../electron/bridge/server';
import { cleanupTemp, openTempWorkspace, tempDir } from './helpers';

let bridge: Bridge | undefined;
afterEach(async () => {
  await bridge?.close();
  bridge = undefined;
  cleanupTemp();
});

interface Reply {
  status: number;
  body: string;
  csp: string | undefined;
}

/** One request with exactly these headers (fetch would not let a test set Host). */
function request(b: Bridge, opts: { method?: string; path: string; host?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  const url = new URL(b.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { hostname: '127.0.0.1', port: url.port, method: opts.method ?? 'GET', path: opts.path, headers: { host: opts.host ?? url.host, ...opts.headers } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, csp: res.headers['content-security-policy'] as string | undefined }));
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

async function start(): Promise<Bridge> {
  const renderer = tempDir('exportdesk-bridge-renderer-');
  fs.writeFileSync(path.join(renderer, 'index.html'), '<html><head></head><body>app</body></html>');
  fs.mkdirSync(path.join(renderer, 'assets'));
  fs.writeFileSync(path.join(renderer, 'assets/app.js'), 'console.log(1)');
  // A file beside the renderer folder that a crafted path might reach.
  fs.writeFileSync(path.join(path.dirname(renderer), 'secret.txt'), 'not for the page');
  const ws = openTempWorkspace();
  bridge = await startBridge(() => ws.core, { rendererDir: renderer });
  return bridge;
}

const call = (b: Bridge, method: string, headers: Record<string, string>, host?: string) =>
  request(b, { method: 'POST', path: `/api/${method}`, headers: { 'content-type': 'application/json', ...headers }, body: '{}', ...(host ? { host } : {}) });

describe('the localhost bridge refuses what a page other than the app could send', () => {
  it('answers a call carrying this run’s token, under the CSP', async () => {
    const b = await start();
    const r = await call(b, 'workspace.info', { [TOKEN_HEADER]: b.token });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true });
    expect(r.csp).toBe("default-src 'self'");
  });

  it.each<{ why: string; headers: Record<string, string> }>([
    { why: 'no token: any page of the browser could otherwise call the core', headers: {} },
    { why: 'a wrong token of the right length', headers: { [TOKEN_HEADER]: 'f'.repeat(48) } },
    { why: 'a token of another length (compared without leaking its length by a throw)', headers: { [TOKEN_HEADER]: 'abc' } },
  ])('refuses a call with $why', async ({ headers }) => {
    const b = await start();
    const r = await call(b, 'settings.update', headers);
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false });
  });

  it('refuses a call whose Host is a rebinding page’s name, even with the token', async () => {
    const b = await start();
    const r = await call(b, 'workspace.info', { [TOKEN_HEADER]: b.token }, `attacker.example:${new URL(b.url).port}`);
    expect(r.status).toBe(421);
  });

  it('refuses the page itself without the token it was opened with', async () => {
    const b = await start();
    expect((await request(b, { path: '/' })).status).toBe(403);
    const opened = await request(b, { path: `/?token=${b.token}` });
    expect(opened.status).toBe(200);
    expect(opened.body).toContain(`<meta name="exportdesk-bridge-token" content="${b.token}">`);
  });

  it.each([
    { why: 'a ../ path', path: '/../secret.txt' },
    { why: 'an encoded ../ path', path: '/%2e%2e/secret.txt' },
    { why: 'an encoded separator', path: '/assets%2f..%2f..%2fsecret.txt' },
  ])('serves nothing outside the renderer folder: $why', async ({ path: p }) => {
    const b = await start();
    const r = await request(b, { path: p });
    expect(r.status).toBe(404);
    expect(r.body).not.toContain('not for the page');
  });

  it('serves the renderer’s own files', async () => {
    const b = await start();
    const r = await request(b, { path: '/assets/app.js' });
    expect(r.status).toBe(200);
    expect(r.body).toBe('console.log(1)');
  });

  it('refuses a call the contract does not have, and a body that is not JSON', async () => {
    const b = await start();
    expect((await call(b, 'workspace.dropEverything', { [TOKEN_HEADER]: b.token })).status).toBe(404);
    const notJson = await request(b, { method: 'POST', path: '/api/workspace.info', headers: { [TOKEN_HEADER]: b.token }, body: '{not json' });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error.code).toBe('INVALID_INPUT');
  });
});
