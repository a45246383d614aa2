import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { METHODS, type Method, type Progress } from '../../shared/contract';
import type { Core } from '../core';
import { mimeTypeOf } from '../core/files/mime-types';

/**
 * The localhost bridge: the built renderer and the same contract over HTTP, for development and
 * browser UI tests. Bound to 127.0.0.1 only; every API call must carry this run's random token,
 * and the Host header must name the loopback address (a DNS-rebinding page cannot). The packaged
 * app never starts it.
 */
export interface Bridge {
  url: string;
  /** The page to open: the app with this run's token. */
  appUrl: string;
  token: string;
  close(): Promise<void>;
}

export const TOKEN_HEADER = 'x-exportdesk-token';
const CSP = "default-src 'self'";
const MAX_BODY = 96 * 1024 * 1024;

/** `core` is asked for on every call: the host may switch workspaces (the demo) while serving. */
export async function startBridge(core: () => Core, opts: { rendererDir: string; port?: number }): Promise<Bridge> {
  const token = randomBytes(24).toString('hex');
  const rendererDir = path.resolve(opts.rendererDir);
  const listeners = new Set<http.ServerResponse>();
  let port = 0;

  const tokenOk = (given: string | null | undefined) => {
    if (!given) return false;
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  const server = http.createServer(async (req, res) => {
    try {
      const host = req.headers.host ?? '';
      if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 421, 'text/plain', 'Wrong host');
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

      if (url.pathname === '/api/events' && req.method === 'GET') {
        if (!tokenOk(url.searchParams.get('token'))) return send(res, 403, 'text/plain', 'Bad token');
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(': connected\n\n');
        listeners.add(res);
        req.on('close', () => listeners.delete(res));
        return;
      }

      if (url.pathname.startsWith('/api/') && req.method === 'POST') {
        if (!tokenOk(req.headers[TOKEN_HEADER] as string | undefined)) return send(res, 403, 'application/json', JSON.stringify({ ok: false, error: { code: 'INVALID_INPUT', message: 'Bad bridge token' } }));
        const method = decodeURIComponent(url.pathname.slice('/api/'.length)) as Method;
        if (!METHODS.includes(method)) return send(res, 404, 'application/json', JSON.stringify({ ok: false, error: { code: 'NOT_FOUND', message: `Unknown call ${method}` } }));
        const body = await readBody(req);
        let input: unknown;
        try {
          input = body.length ? JSON.parse(body.toString('utf8')) : undefined;
        } catch {
          return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: { code: 'INVALID_INPUT', message: 'The request body is not JSON' } }));
        }
        const onProgress = (p: Progress) => {
          for (const l of listeners) l.write(`data: ${JSON.stringify(p)}\n\n`);
        };
        const result = await core().call(method, input, { onProgress });
        return send(res, 200, 'application/json', JSON.stringify(result));
      }

      if (req.method !== 'GET') return send(res, 405, 'text/plain', 'Method not allowed');
      if (url.pathname === '/' || url.pathname === '/index.html') {
        if (!tokenOk(url.searchParams.get('token'))) return send(res, 403, 'text/plain', 'Open the address the bridge printed (it carries the token).');
        const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8').replace(
          '</head>',
          `<meta name="exportdesk-bridge-token" content="${token}"></head>`,
        );
        return send(res, 200, mimeTypeOf('index.html'), html);
      }
      // Static build output, resolved inside the renderer folder and nowhere else.
      const file = path.resolve(rendererDir, `.${decodeURIComponent(url.pathname)}`);
      if (path.relative(rendererDir, file).startsWith('..') || path.isAbsolute(path.relative(rendererDir, file))) {
        return send(res, 404, 'text/plain', 'Not found');
      }
      if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return send(res, 404, 'text/plain', 'Not found');
      return send(res, 200, mimeTypeOf(file), fs.readFileSync(file));
    } catch (e) {
      send(res, 500, 'text/plain', `Bridge error: ${(e as Error).message}`);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    appUrl: `${url}/?token=${token}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const l of listeners) l.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  res.end(body);
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
