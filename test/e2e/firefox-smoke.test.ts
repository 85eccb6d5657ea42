import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  clickSidebarActionScript,
  describeFirstDifference,
  outlineTitlesAgainst,
  readBodyHtml,
  readLensAttribute,
  readSidebarState,
  textVisibilityScript,
  type SidebarState,
  type TextVisibility,
} from './harness/page-scripts';
import { listPageCases, repoRoot, resolveDist, screenshotPath, seedOutlineLevel1, seedPagePath, seedTitle } from './harness/paths';
import { firefoxLab } from './harness/lab';

const seed = seedPagePath();
const settleMs = 2_000;
const seedExpectations = listPageCases().find((pageCase) => pageCase.path === seed.path)?.expected.page;

describe(`Firefox ESR with the extension, on ${seed.isStandIn ? 'the seed stand-in' : 'the seed page'}`, () => {
  // One Firefox for both views: the untouched body is read before the add-on is installed,
  // after the same settling time the Chromium page test uses, then the add-on goes in.
  const ff = firefoxLab({
    extension: false,
    serve: (server) => server.route('/firefox/app.html', { body: singlePageApp(), headers: { 'content-type': 'text/html; charset=utf-8' } }),
  });
  let pristineBody: string;

  beforeAll(async () => {
    const dist = resolveDist(); // fails first, with the build hint, when there is nothing to install
    await ff.open(seed.path, { until: 'load' });
    await new Promise((done) => setTimeout(done, settleMs));
    pristineBody = await ff.firefox.evaluate<string>(readBodyHtml);
    await ff.firefox.installExtension(dist);
    await ff.firefox.watchConsole();
    await ff.open(seed.path, { until: 'load' });
  });

  it('installs the extension as a temporary add-on', () => {
    expect(ff.firefox.extensionId).toBeTruthy();
  });

  it('marks <html data-report-lens="ready"> within 10 s', async () => {
    await ff.firefox.waitFor(`${readLensAttribute} === 'ready'`, 10_000);
  });

  it('adds one sidebar after <body> with an open shadow root, the title and the level-1 outline', async () => {
    await ff.firefox.waitFor(`${readLensAttribute} === 'ready'`, 10_000);
    const state = await ff.firefox.evaluate<SidebarState>(readSidebarState);
    expect(state.sidebarCount).toBe(1);
    expect(state.placedAfterBody).toBe(true);
    expect(state.hasOpenShadowRoot).toBe(true);
    expect(state.text).toContain(seedTitle);
    expect(outlineTitlesAgainst(state.outlineLevel1, seedOutlineLevel1)).toEqual(seedOutlineLevel1);
    expect(state.markCount).toBeGreaterThan(0);
    expect(state.wellFormedMarkCount).toBe(state.markCount);
    await writeFile(screenshotPath('seed-firefox'), await ff.firefox.screenshot());
  });

  it('the reading view hides the forum chrome and keeps the report visible (expected.json page.hidden / page.visible)', async () => {
    await ff.firefox.waitFor(`${readLensAttribute} === 'ready'`, 10_000);
    const hidden = seedExpectations?.hidden ?? [];
    const visible = seedExpectations?.visible ?? [];
    expect(hidden.length + visible.length, 'the seed page lists strings to check').toBeGreaterThan(0);
    const seen = await ff.firefox.evaluate<TextVisibility[]>(textVisibilityScript([...hidden, ...visible]));
    for (const result of seen.slice(0, hidden.length)) {
      expect(result.occurrences, `"${result.text}" is on the page`).toBeGreaterThan(0);
      expect(result.partlyVisible, `"${result.text}" is hidden by the reading view`).toBe(0);
    }
    for (const result of seen.slice(hidden.length)) {
      expect(result.fullyVisible, `"${result.text}" stays visible`).toBeGreaterThan(0);
    }
  });

  it.todo('copy actions put the export on the clipboard in Firefox too (needs clipboard read-back over BiDi)');

  it('toggle-original restores body.outerHTML exactly, and the handle brings the annotation back', async () => {
    await ff.firefox.waitFor(`${readLensAttribute} === 'ready'`, 10_000);
    await ff.firefox.evaluate(clickSidebarActionScript('toggle-original'));
    await ff.firefox.waitFor(`${readLensAttribute} === 'off'`, 5_000);
    const restored = await ff.firefox.evaluate<string>(readBodyHtml);
    expect(restored === pristineBody, describeFirstDifference(restored, pristineBody)).toBe(true);

    await ff.firefox.evaluate(clickSidebarActionScript('toggle-original'));
    await ff.firefox.waitFor(`${readLensAttribute} === 'ready'`, 5_000);
  });

  it('the engine ran in the extension\'s background: the page logged nothing of its own (no fallback, no error)', async () => {
    expect(await ff.firefox.evaluate<string | null>(readLensAttribute)).toBe('ready');
    expect(ff.firefox.consoleMessages.filter((text) => text.includes('[Report Lens]'))).toEqual([]);
  });

  it('a sidebar resized in one tab is resized in another: the settings change reaches the other page through the background', async () => {
    const sidebarWidth = `document.querySelector('report-lens-sidebar')?.shadowRoot?.querySelector('.rl-sidebar')?.style.width ?? null`;
    const other = await ff.firefox.openTab(ff.server.url(seed.path));
    try {
      await ff.firefox.waitForIn(other, `${readLensAttribute} === 'ready' && !!(${sidebarWidth})`, 10_000);
      expect(await ff.firefox.evaluateIn<string | null>(other, sidebarWidth)).not.toBe('720px');
      // End on the resize handle: the widest sidebar, saved to storage
      await ff.firefox.evaluate(`(document.querySelector('report-lens-sidebar').shadowRoot.querySelector('.rl-resize')
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true })), true)`);
      expect(await ff.firefox.evaluate<string | null>(sidebarWidth)).toBe('720px');
      await ff.firefox.waitForIn(other, `(${sidebarWidth}) === '720px'`, 5_000);
    } finally {
      await ff.firefox.closeTab(other);
    }
  });

  it('a single-page app that swaps the report for another view: everything of ours goes, and its next report is annotated', async () => {
    const app = await ff.firefox.openTab(ff.server.url('/firefox/app.html'));
    try {
      await ff.firefox.waitForIn(app, `${readLensAttribute} === 'ready'`, 10_000);
      await ff.firefox.evaluateIn(app, '(window.app.list(), true)');
      await ff.firefox.waitForIn(app, `!document.querySelector('report-lens-sidebar') && ${readLensAttribute} === null`, 5_000);
      expect(await ff.firefox.evaluateIn(app, `({
        ours: document.querySelectorAll('report-lens-mark, [data-report-lens-path], [data-report-lens-body]').length,
        listShown: document.querySelector('#list li').getBoundingClientRect().height > 0,
      })`)).toEqual({ ours: 0, listShown: true });
      await ff.firefox.evaluateIn(app, '(window.app.report(), true)');
      await ff.firefox.waitForIn(app, `${readLensAttribute} === 'ready' && document.querySelectorAll('report-lens-mark').length > 50`, 10_000);
    } finally {
      await ff.firefox.closeTab(app);
    }
  });
});

/** A single-page app whose first view is a report (plain-tibet-2025), then a
 * list (app.list()), then another report (news-national-2019, app.report()). */
function singlePageApp(): string {
  const bodyOf = (page: string) => /<body[^>]*>([\s\S]*)<\/body>/.exec(readFileSync(join(repoRoot, 'seeds/pages', page, 'index.html'), 'utf8'))?.[1] ?? '';
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>政务公开</title></head>
<body><div id="app"><main>${bodyOf('plain-tibet-2025')}</main></div><template id="next">${bodyOf('news-national-2019')}</template>
<script>window.app = {
  list() { history.pushState({}, '', '/firefox/list'); document.getElementById('app').innerHTML = '<ul id="list"><li>通知公告</li></ul>'; },
  report() { document.getElementById('app').replaceChildren(document.getElementById('next').content.cloneNode(true)); },
};</script></body></html>`;
}
