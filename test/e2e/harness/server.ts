import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { repoRoot } from './paths';

export interface RecordedRequest {
  method: string;
  /** Path and query as the browser sent them. */
  path: string;
  headers: IncomingHttpHeaders;
  status: number;
  receivedAt: number;
}

/** What a custom route answers. `file` is relative to the repository root; `body` wins over it. */
export interface RouteResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  file?: string;
  /** Held back this long before the first byte, to imitate a slow site. */
  delayMs?: number;
}

export type RouteHandler =
  | RouteResponse
  | ((request: IncomingMessage) => RouteResponse | Promise<RouteResponse>);

export interface ServerOptions {
  /** URL prefix (leading and trailing slash) → directory. Defaults to seeds/ at / and the e2e fixtures at /fixtures/. */
  mounts?: Record<string, string>;
}

export interface StaticServer {
  origin: string;
  url(path: string): string;
  /** Every request received, in order, including refused and missing ones. */
  requests: RecordedRequest[];
  route(path: string, handler: RouteHandler): void;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  // pages are served as the corpus's portals serve them: without a charset, so
  // that each page's own <meta charset> (UTF-8, GB2312) decides
  '.html': 'text/html',
  '.htm': 'text/html',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export function contentTypeFor(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export function defaultMounts(): Record<string, string> {
  return {
    '/fixtures/': resolve(repoRoot, 'test/fixtures'),
    '/': resolve(repoRoot, 'seeds'),
  };
}

/** Maps a URL path onto a mounted directory; undefined when it would leave the directory. */
function resolveMounted(mounts: Record<string, string>, urlPath: string): string | undefined {
  // longest prefix first so /fixtures/ is not swallowed by /
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  for (const prefix of prefixes) {
    if (!urlPath.startsWith(prefix)) continue;
    const directory = mounts[prefix];
    if (directory === undefined) continue;
    const relative = urlPath.slice(prefix.length);
    if (relative.includes('\0')) return undefined;
    const target = resolve(directory, relative === '' ? 'index.html' : relative);
    if (target !== directory && !target.startsWith(directory + sep)) return undefined;
    return target;
  }
  return undefined;
}

function delay(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

export async function startServer(options: ServerOptions = {}): Promise<StaticServer> {
  const mounts = Object.fromEntries(
    Object.entries(options.mounts ?? defaultMounts()).map(([prefix, dir]) => [prefix, resolve(dir)]),
  );
  const routes = new Map<string, RouteHandler>();
  const requests: RecordedRequest[] = [];

  async function answerRoute(request: IncomingMessage, response: ServerResponse, handler: RouteHandler) {
    const answer = typeof handler === 'function' ? await handler(request) : handler;
    if (answer.delayMs) await delay(answer.delayMs);
    let body: string | Buffer = answer.body ?? '';
    const headers: Record<string, string> = { 'cache-control': 'no-store', ...answer.headers };
    if (answer.body === undefined && answer.file !== undefined) {
      body = await readFile(resolve(repoRoot, answer.file));
      headers['content-type'] ??= contentTypeFor(answer.file);
    }
    response.writeHead(answer.status ?? 200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  async function answerFile(request: IncomingMessage, response: ServerResponse, urlPath: string) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const target = resolveMounted(mounts, urlPath);
    if (target === undefined) {
      response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('forbidden\n');
      return;
    }
    let file = target;
    try {
      if ((await stat(file)).isDirectory()) file = resolve(file, 'index.html');
      const content = await readFile(file);
      response.writeHead(200, { 'content-type': contentTypeFor(file), 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : content);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
    }
  }

  const server = createServer((request, response) => {
    const rawUrl = request.url ?? '/';
    const record: RecordedRequest = {
      method: request.method ?? 'GET',
      path: rawUrl,
      headers: request.headers,
      status: 0,
      receivedAt: Date.now(),
    };
    requests.push(record);
    response.on('finish', () => {
      record.status = response.statusCode;
    });

    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(rawUrl, 'http://127.0.0.1').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const handler = routes.get(urlPath);
    const work = handler ? answerRoute(request, response, handler) : answerFile(request, response, urlPath);
    work.catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(String(error));
    });
  });

  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ready());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    url: (path) => new URL(path, origin).href,
    requests,
    route(path, handler) {
      routes.set(path, handler);
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
