import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FirefoxSession } from './harness/firefox';
import { startServer, type StaticServer } from './harness/server';

// The harness's own behaviour when Firefox does not answer a navigation,
// which happened once in CI: with a short navigation timeout, a page whose
// first request hangs stands in for the lost answer; a page that finishes
// loading within the grace after the lost answer is not asked for again.
describe('the Firefox harness', () => {
  let server: StaticServer;
  let firefox: FirefoxSession;
  const requestsTo = (path: string) => server.requests.filter((request) => request.path === path).length;

  beforeAll(async () => {
    server = await startServer();
    firefox = await FirefoxSession.start({ dist: null, navigateTimeoutMs: 1_500, loadedGraceMs: 1_500 });
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('navigates once more when the first navigation goes unanswered, and ends on the loaded page', async () => {
    let served = 0;
    server.route('/hangs-once.html', () => ({
      body: '<!doctype html><title>second</title><p>loaded</p>',
      headers: { 'content-type': 'text/html; charset=utf-8' },
      delayMs: served++ === 0 ? 5_000 : 0,
    }));
    await firefox.navigate(server.url('/hangs-once.html'));
    expect(await firefox.evaluate<string>('document.readyState')).toBe('complete');
    expect(await firefox.evaluate<string>('document.title')).toBe('second');
    expect(requestsTo('/hangs-once.html')).toBe(2);
  });

  it('takes a page that loads within the grace after the lost answer as loaded, without asking again', async () => {
    server.route('/slow-once.html', {
      body: '<!doctype html><title>slow</title><p>loaded</p>',
      headers: { 'content-type': 'text/html; charset=utf-8' },
      delayMs: 2_200,
    });
    await firefox.navigate(server.url('/slow-once.html'));
    expect(await firefox.evaluate<string>('document.title')).toBe('slow');
    expect(requestsTo('/slow-once.html')).toBe(1);
  });

  it('gives up after the second unanswered navigation, saying so', async () => {
    server.route('/always-hangs.html', { body: '<!doctype html><title>never</title>', delayMs: 8_000 });
    await expect(firefox.navigate(server.url('/always-hangs.html'))).rejects.toThrow(/got no answer.*second try/s);
  });
});
