import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type StaticServer } from './harness/server';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request sent with the path exactly as written: fetch() would normalize away the "..". */
function rawGet(server: StaticServer, path: string): Promise<RawResponse> {
  const { hostname, port } = new URL(server.origin);
  return new Promise((done, fail) => {
    const outgoing = request({ hostname, port, path, method: 'GET' }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    outgoing.on('error', fail);
    outgoing.end();
  });
}

describe('the e2e static server', () => {
  let server: StaticServer;

  beforeAll(async () => {
    server = await startServer();
  });

  afterAll(async () => {
    await server?.close();
  });

  it('listens on 127.0.0.1 on a port of its own', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url('/a/b.html')).toBe(`${server.origin}/a/b.html`);
  });

  it('serves the e2e fixtures under /fixtures/ and seeds/ at the root, HTML without a charset (the page\'s <meta> decides)', async () => {
    const fixture = await rawGet(server, '/fixtures/pages/discuz-fishing-thread/index.html');
    expect(fixture.status).toBe(200);
    expect(fixture.headers['content-type']).toBe('text/html');
    expect(fixture.body.toString('utf8')).toContain('周末黄河口钓鱼记');

    const readme = await rawGet(server, '/README.md');
    expect(readme.status).toBe(200);
    expect(readme.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(readme.body.toString('utf8')).toContain('expected.json');
  });

  it('answers 404 for what is not there', async () => {
    expect((await rawGet(server, '/pages/no-such-page/index.html')).status).toBe(404);
  });

  it('refuses paths that climb out of the served folders', async () => {
    for (const path of ['/../package.json', '/fixtures/../../package.json', '/%2e%2e/package.json', '/pages/..%2f..%2fpackage.json', '/fixtures/..%2F..%2F..%2Fpackage.json']) {
      const answer = await rawGet(server, path);
      expect(answer.body.toString('utf8'), path).not.toContain('"devDependencies"');
      expect([403, 404], path).toContain(answer.status);
    }
  });

  it('serves added routes with their own headers, bytes and delay', async () => {
    server.route('/custom/csp.html', {
      file: 'test/fixtures/pages/discuz-fishing-thread/index.html',
      headers: { 'content-security-policy': "default-src 'none'; style-src 'self'" },
    });
    server.route('/custom/gbk.html', {
      body: Buffer.from([0xc0, 0xfb, 0xbd, 0xf2]), // 利津 in GBK
      headers: { 'content-type': 'text/html; charset=GBK' },
    });
    server.route('/custom/slow.html', () => ({ body: 'late', delayMs: 400 }));

    const csp = await rawGet(server, '/custom/csp.html');
    expect(csp.headers['content-security-policy']).toBe("default-src 'none'; style-src 'self'");
    expect(csp.headers['content-type']).toBe('text/html');
    expect(csp.body.toString('utf8')).toContain('周末黄河口钓鱼记');

    const gbk = await rawGet(server, '/custom/gbk.html');
    expect(gbk.headers['content-type']).toBe('text/html; charset=GBK');
    expect(new TextDecoder('gbk').decode(gbk.body)).toBe('利津');

    const started = Date.now();
    const slow = await rawGet(server, '/custom/slow.html');
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
    expect(slow.body.toString('utf8')).toBe('late');
  });

  it('records every request with its status', async () => {
    const before = server.requests.length;
    await rawGet(server, '/fixtures/pages/discuz-fishing-thread/expected.json');
    await rawGet(server, '/nothing-here');
    const recorded = server.requests.slice(before);
    expect(recorded.map((entry) => [entry.method, entry.path, entry.status])).toEqual([
      ['GET', '/fixtures/pages/discuz-fishing-thread/expected.json', 200],
      ['GET', '/nothing-here', 404],
    ]);
  });
});
