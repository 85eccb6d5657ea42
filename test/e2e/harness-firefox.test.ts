import { describe, expect, it } from 'vitest';
import { firefoxLab } from './harness/lab';

// The harness's own behaviour when Firefox does not answer a navigation,
// which happened once in CI: with a short navigation timeout, a page whose
// first request hangs stands in for the lost answer; a page that finishes
// loading within the grace after the lost answer is not asked for again.
describe('the Firefox harness', () => {
  // navigations are the harness's own here, to see what it does when Firefox does not answer
  const ff = firefoxLab({ extension: false, navigateTimeoutMs: 1_500, loadedGraceMs: 1_500 });
  const requestsTo = (path: string) => ff.server.requests.filter((request) => request.path === path).length;

  it('navigates once more when the first navigation goes unanswered, and ends on the loaded page', async () => {
    let served = 0;
    ff.server.route('/hangs-once.html', () => ({
      body: '<!doctype html><title>second</title><p>loaded</p>',
      headers: { 'content-type': 'text/html; charset=utf-8' },
      delayMs: served++ === 0 ? 5_000 : 0,
    }));
    await ff.firefox.navigate(ff.server.url('/hangs-once.html'));
    expect(await ff.firefox.evaluate<string>('document.readyState')).toBe('complete');
    expect(await ff.firefox.evaluate<string>('document.title')).toBe('second');
    expect(requestsTo('/hangs-once.html')).toBe(2);
  });

  it('takes a page that loads within the grace after the lost answer as loaded, without asking again', async () => {
    ff.server.route('/slow-once.html', {
      body: '<!doctype html><title>slow</title><p>loaded</p>',
      headers: { 'content-type': 'text/html; charset=utf-8' },
      delayMs: 2_200,
    });
    await ff.firefox.navigate(ff.server.url('/slow-once.html'));
    expect(await ff.firefox.evaluate<string>('document.title')).toBe('slow');
    expect(requestsTo('/slow-once.html')).toBe(1);
  });

  it('gives up after the second unanswered navigation, saying so', async () => {
    ff.server.route('/always-hangs.html', { body: '<!doctype html><title>never</title>', delayMs: 8_000 });
    await expect(ff.firefox.navigate(ff.server.url('/always-hangs.html'))).rejects.toThrow(/got no answer.*second try/s);
  });
});
