import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export interface FixtureServer {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  url: string;
  /** Every request path seen so far (`/a/b.html?x=1`), in order (except the browsers' own `/favicon.ico`). */
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.zip': 'application/zip',
};

/**
 * A static file server on 127.0.0.1 (a free port each time) serving `root`.
 * `/dir/` serves `/dir/index.html`; unknown files give 404; no caching.
 */
export async function startFixtureServer(root: string): Promise<FixtureServer> {
  const absRoot = path.resolve(root);
  const requests: string[] = [];
  const sockets = new Set<import('node:net').Socket>();

  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const rawUrl = req.url ?? '/';
    try {
      const u = new URL(rawUrl, 'http://127.0.0.1');
      let rel = decodeURIComponent(u.pathname);
      if (rel === '/favicon.ico' && !(await stat(path.join(absRoot, 'favicon.ico')).catch(() => null))) {
        // browsers ask for it on every page: answer quietly (no 404 console error, not in `requests`)
        res.writeHead(204).end();
        return;
      }
      requests.push(rawUrl);
      if (rel.endsWith('/')) rel += 'index.html';
      const file = path.resolve(absRoot, '.' + rel);
      if (file !== absRoot && !file.startsWith(absRoot + path.sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      let st = await stat(file).catch(() => null);
      let target = file;
      if (st?.isDirectory()) {
        target = path.join(file, 'index.html');
        st = await stat(target).catch(() => null);
      }
      if (!st || !st.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      const body = await readFile(target);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      if (!requests.includes(rawUrl)) requests.push(rawUrl);
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(e));
    }
  };

  const server = createServer((req, res) => void handler(req, res));
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
