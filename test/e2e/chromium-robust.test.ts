import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  readSidebar,
  sidebar,
  sidebarAction,
  waitForLensAttribute,
  waitForReady,
  type ChromiumSession,
} from './harness/chromium';
import { describeFirstDifference, outlineTitlesAgainst, readBodyHtml } from './harness/page-scripts';
import { repoRoot, resolveDist } from './harness/paths';
import { startServer, type StaticServer } from './harness/server';

/**
 * Never break a page: hostile page CSS and patched page globals, a report in a frame, a report that
 * arrives after load, a page too large to read, the content script run twice, and faults injected
 * into the content script's own world. Pages are built from seeds/pages/plain-tibet-2025, which has
 * no subresources, so every request a page makes is its own document.
 */
const basePage = 'seeds/pages/plain-tibet-2025/index.html';
const baseHtml = readFileSync(join(repoRoot, basePage), 'utf8');
const baseLevel1 = ['2024年工作回顾', '2025年工作安排'];
const baseBody = /<body>([\s\S]*)<\/body>/.exec(baseHtml)?.[1] ?? '';
const html = { 'content-type': 'text/html; charset=utf-8' };

const withHead = (extra: string) => baseHtml.replace('</head>', `${extra}\n</head>`);

/** Page CSS that hits everything it can without naming the extension's own elements. */
const hostileCss = `<style>
* { all: unset; }
*, *::before, *::after { display: block !important; }
mark { display: none !important; }
:not(:defined) { display: none !important; }
html > :not(head):not(body) { display: none !important; }
span, b, i, em { visibility: hidden !important; }
</style>`;

/** A page that replaces built-ins the way some old portal scripts and polyfills do, badly. */
const patchedGlobals = `<script>
(() => {
  const fail = (name) => function () { throw new Error('page patched ' + name); };
  Array.prototype.map = fail('Array.prototype.map');
  Array.prototype.forEach = fail('Array.prototype.forEach');
  Node.prototype.appendChild = fail('Node.prototype.appendChild');
  Node.prototype.insertBefore = fail('Node.prototype.insertBefore');
  Element.prototype.attachShadow = fail('Element.prototype.attachShadow');
  Element.prototype.setAttribute = fail('Element.prototype.setAttribute');
  JSON.stringify = fail('JSON.stringify');
  JSON.parse = fail('JSON.parse');
  window.MutationObserver = fail('MutationObserver');
  Range.prototype.surroundContents = fail('Range.prototype.surroundContents');
  CSSStyleSheet.prototype.replaceSync = fail('CSSStyleSheet.prototype.replaceSync');
})();
</script>`;

/** A shell whose report arrives in two parts after load, as a single-page app renders it. */
const lateHtml = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>本地新闻</title></head>
<body><div id="app">加载中……</div>
<template id="part1">${baseBody.slice(0, baseBody.length >> 1).replace(/<p>[^<]*$/, '')}</template>
<template id="part2">${baseBody.slice(baseBody.length >> 1).replace(/^[^<]*<\/p>/, '')}</template>
<script>
setTimeout(() => {
  document.title = '2025年西藏政府工作报告';
  document.getElementById('app').replaceChildren(document.getElementById('part1').content.cloneNode(true));
}, 1200);
setTimeout(() => document.getElementById('app').append(document.getElementById('part2').content.cloneNode(true)), 1500);
</script>
</body></html>`;

/** A single-page app: the report is its first view; its router then swaps
 * the whole #app for a list (app.list()), and for another report (app.report());
 * or it switches the view to editing (app.edit()). */
const nationalBody = /<body[^>]*>([\s\S]*)<\/body>/.exec(readFileSync(join(repoRoot, 'seeds/pages/news-national-2019/index.html'), 'utf8'))?.[1] ?? '';
const spaHtml = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>政务公开</title></head>
<body><div id="app"><nav>首页 政务公开</nav><main>${baseBody}</main></div>
<template id="next-report">${nationalBody}</template>
<script>
window.app = {
  list() {
    history.pushState({}, '', '/robust/spa/list');
    document.getElementById('app').innerHTML = '<nav>首页 政务公开</nav><ul id="list"><li>通知公告</li><li>政策解读</li></ul>';
  },
  edit() {
    document.getElementById('app').setAttribute('contenteditable', 'true');
  },
  report() {
    history.pushState({}, '', '/robust/spa/report');
    document.getElementById('app').replaceChildren(document.getElementById('next-report').content.cloneNode(true));
  },
};
</script>
</body></html>`;

/** A CMS's edit screen: the report is a draft in a rich-text box, and in an
 * editor frame whose document is in design mode (as UEditor and KindEditor
 * make them). A mark in either would be saved with the draft. */
const editorHtml = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>编辑稿件 - 内容管理系统</title></head>
<body><form><label>正文</label><div id="editor" contenteditable="true">${baseBody}</div>
<iframe id="frame-editor" style="width: 900px; height: 700px"></iframe></form>
<script>
const frameDoc = document.getElementById('frame-editor').contentDocument;
frameDoc.open();
frameDoc.write('<!DOCTYPE html><html><head><meta charset="utf-8"><title>2025年西藏政府工作报告</title></head><body>' + document.getElementById('editor').innerHTML + '</body></html>');
frameDoc.close();
frameDoc.designMode = 'on';
</script>
</body></html>`;

/** About 5 MB of report-like text: past the size limit. */
function hugeHtml(): string {
  const paragraph =
    '<p>全年地区生产总值增长6.5%左右，城镇新增就业4.2万人以上，居民人均可支配收入增长7.5%，粮食产量达到108万吨，' +
    '固定资产投资增长8%以上，社会消费品零售总额增长9%，单位地区生产总值能耗下降2.5%。各位代表，比上年增长明显。</p>\n';
  const parts = ['<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>2025年某市政府工作报告</title></head><body>'];
  parts.push('<h1>2025年某市政府工作报告</h1><p>各位代表：</p><h2>一、2024年工作回顾</h2>');
  let size = 0;
  while (size < 5_000_000) {
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph);
  }
  parts.push('</body></html>');
  return parts.join('');
}

const frameTop = (reportPath: string) => `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>本地新闻</title></head>
<body><h1>本地新闻</h1><p>今天天气晴。</p>
<iframe id="big" src="${reportPath}?frame=big" style="width:1100px;height:800px"></iframe>
<iframe id="small" src="${reportPath}?frame=small" style="width:300px;height:150px"></iframe>
</body></html>`;

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { frameId?: string; isDefault?: boolean };
}

/** The content script's isolated world in the page's main frame, through the DevTools protocol. */
async function contentScriptWorld(page: Page, session: ChromiumSession): Promise<{ cdp: CDPSession; run: (expression: string) => Promise<unknown> }> {
  const cdp = await session.context.newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const world = contexts.find(
    (context) => context.origin.startsWith('chrome-extension://') && context.auxData?.frameId === frameTree.frame.id,
  );
  if (!world) throw new Error(`no extension world among ${contexts.map((context) => context.origin).join(', ')}`);
  return {
    cdp,
    run: async (expression) => {
      const answer = (await cdp.send('Runtime.evaluate', {
        expression,
        contextId: world.id,
        awaitPromise: true,
        returnByValue: true,
      })) as { result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } };
      if (answer.exceptionDetails) {
        throw new Error(`in the content script's world: ${answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text}`);
      }
      return answer.result.value;
    },
  };
}

function builtChunk(prefix: string): string {
  const name = readdirSync(join(resolveDist(), 'assets')).find((file) => file.startsWith(prefix) && file.endsWith('.js'));
  if (!name) throw new Error(`no ${prefix}*.js in dist/assets`);
  return `assets/${name}`;
}

const nestedMarks = () => document.querySelectorAll('report-lens-mark report-lens-mark').length;
const markCount = () => document.querySelectorAll('report-lens-mark').length;
const lensAttribute = () => document.documentElement.getAttribute('data-report-lens');

describe('Chromium: the extension never breaks a page', () => {
  let server: StaticServer;
  let browser: ChromiumSession;
  let plain: ChromiumSession;
  /** Paths of the documents the tests open: the only requests allowed. */
  const opened = new Set<string>();
  /** [Report Lens] console messages, from every world of every page. */
  const logged: { page: Page; text: string }[] = [];

  beforeAll(async () => {
    server = await startServer();
    server.route('/robust/hostile-css.html', { body: withHead(hostileCss), headers: html });
    server.route('/robust/patched-globals.html', { body: withHead(patchedGlobals), headers: html });
    server.route('/robust/late.html', { body: lateHtml, headers: html });
    server.route('/robust/spa.html', { body: spaHtml, headers: html });
    server.route('/robust/editor.html', { body: editorHtml, headers: html });
    server.route('/robust/huge.html', { body: hugeHtml(), headers: html });
    server.route('/robust/frame-top.html', { body: frameTop('/pages/plain-tibet-2025/index.html'), headers: html });
    server.route('/robust/start.html', { body: '<!DOCTYPE html><title>start</title><p>start</p>', headers: html });
    [browser, plain] = await Promise.all([launchChromium({ extension: true }), launchChromium({ extension: false })]);
  });

  afterAll(async () => {
    await browser?.close();
    await plain?.close();
    await server?.close();
  });

  async function open(path: string): Promise<Page> {
    opened.add(path.replace(/\?.*$/, ''));
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (message.text().includes('[Report Lens]')) logged.push({ page, text: message.text() });
    });
    await page.goto(server.url(path), { waitUntil: 'load' });
    return page;
  }

  /** The body as the page has it without the extension, after its own scripts settled. */
  async function pristineBody(path: string, settleMs = 2_000): Promise<string> {
    const page = await plain.newPage();
    try {
      await page.goto(server.url(path), { waitUntil: 'load' });
      await page.waitForTimeout(settleMs);
      return (await page.evaluate(readBodyHtml)) as string;
    } finally {
      await page.close();
    }
  }

  async function expectRestores(page: Page, pristine: string): Promise<void> {
    await sidebarAction(page, 'toggle-original').click();
    // a locator, not waitForFunction: Playwright's polling uses page built-ins that a page may have patched
    await page.locator('html[data-report-lens="off"]').waitFor({ state: 'attached', timeout: 5_000 });
    const restored = (await page.evaluate(readBodyHtml)) as string;
    expect(restored === pristine, describeFirstDifference(restored, pristine)).toBe(true);
  }

  it('page CSS that hits every element hides neither the sidebar nor the highlights', async () => {
    const path = '/robust/hostile-css.html';
    const [page, pristine] = await Promise.all([open(path), pristineBody(path)]);
    try {
      await waitForReady(page);
      const host = await sidebar(page).boundingBox();
      expect(host && host.width > 100 && host.height > 100, `sidebar box ${JSON.stringify(host)}`).toBe(true);
      await expect(sidebar(page).locator('[data-outline-level="1"]').first().isVisible()).resolves.toBe(true);
      const marks = await page.evaluate(() =>
        Array.from(document.querySelectorAll('report-lens-mark'), (mark) => ({
          visible: mark.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && mark.getClientRects().length > 0,
          display: getComputedStyle(mark).display,
        })),
      );
      expect(marks.length).toBeGreaterThan(50);
      expect(marks.filter((mark) => !mark.visible), 'marks hidden by the page CSS').toEqual([]);
      expect(new Set(marks.map((mark) => mark.display))).toEqual(new Set(['inline']));
      await expectRestores(page, pristine);
    } finally {
      await page.close();
    }
  });

  it('a page that patches Array, Node, Element, JSON and MutationObserver built-ins is still annotated (isolated world)', async () => {
    const path = '/robust/patched-globals.html';
    const [page, pristine] = await Promise.all([open(path), pristineBody(path)]);
    try {
      // proof the patches are in force in the page's own world
      expect(await page.evaluate('(() => { try { [1].map((x) => x); return "map works"; } catch (e) { return e.message; } })()')).toBe(
        'page patched Array.prototype.map',
      );
      // Playwright's own waitForFunction polling uses the patched built-ins; a locator does not
      await page.locator('html[data-report-lens="ready"]').waitFor({ state: 'attached', timeout: 10_000 });
      const state = await readSidebar(page);
      expect(state.sidebarCount).toBe(1);
      expect(outlineTitlesAgainst(state.outlineLevel1, baseLevel1)).toEqual(baseLevel1);
      expect(state.markCount).toBeGreaterThan(50);
      await expectRestores(page, pristine);
    } finally {
      await page.close();
    }
  });

  it('a report in a frame big enough to read is annotated inside the frame; the top page and a small frame are left alone', async () => {
    const page = await open('/robust/frame-top.html');
    opened.add('/pages/plain-tibet-2025/index.html');
    try {
      const frame = (name: string): Frame => {
        const found = page.frames().find((candidate) => candidate.url().includes(`frame=${name}`));
        if (!found) throw new Error(`no frame ${name}`);
        return found;
      };
      await frame('big').waitForFunction(lensAttribute, undefined, { timeout: 10_000, polling: 100 });
      expect(await frame('big').evaluate(lensAttribute)).toBe('ready');
      expect(await frame('big').evaluate(() => document.querySelectorAll('report-lens-sidebar').length)).toBe(1);
      expect(await frame('big').evaluate(markCount)).toBeGreaterThan(50);
      await page.waitForTimeout(1_500);
      expect(await frame('small').evaluate(lensAttribute)).toBeNull();
      expect(await frame('small').evaluate(markCount)).toBe(0);
      expect(await page.evaluate(lensAttribute)).toBeNull();
      expect(await page.evaluate(() => document.querySelectorAll('report-lens-sidebar').length)).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('a report inserted after load (in two parts) is annotated once, when the page has settled', async () => {
    const path = '/robust/late.html';
    const [page, pristine] = await Promise.all([open(path), pristineBody(path, 3_000)]);
    try {
      await waitForReady(page, 10_000);
      const state = await readSidebar(page);
      expect(state.sidebarCount).toBe(1);
      expect(outlineTitlesAgainst(state.outlineLevel1, baseLevel1)).toEqual(baseLevel1);
      expect(await page.evaluate(nestedMarks)).toBe(0);
      // both parts were there when it read the page: the last figure of the report is marked
      expect(await page.locator('#app report-lens-mark').last().textContent()).toBeTruthy();
      const plainMarks = await page.evaluate(markCount);
      expect(plainMarks).toBeGreaterThan(80);
      await expectRestores(page, pristine);
    } finally {
      await page.close();
    }
  });

  /** The app's step on the annotated page and on the same page in a browser
   * without the extension: once the step takes the report away, everything
   * of ours must go, leaving the body exactly as the app made it there. */
  async function stepGivesBackTheApp(page: Page, path: string, step: 'list' | 'edit'): Promise<void> {
    const plainPage = await plain.newPage();
    try {
      await plainPage.goto(server.url(path), { waitUntil: 'load' });
      await plainPage.evaluate((name) => (window as unknown as { app: Record<string, () => void> }).app[name]?.(), step);
      const expected = (await plainPage.evaluate(readBodyHtml)) as string;
      await page.evaluate((name) => (window as unknown as { app: Record<string, () => void> }).app[name]?.(), step);
      await page.locator('report-lens-sidebar').waitFor({ state: 'detached', timeout: 5_000 });
      const after = (await page.evaluate(readBodyHtml)) as string;
      expect(after === expected, describeFirstDifference(after, expected)).toBe(true);
      expect(await page.evaluate(lensAttribute)).toBeNull();
    } finally {
      await plainPage.close();
    }
  }

  it('a single-page app that swaps the report for another view gets that view untouched; the next report it shows is annotated', async () => {
    const page = await open('/robust/spa.html');
    try {
      await waitForReady(page, 10_000);
      expect(await page.evaluate(markCount)).toBeGreaterThan(80);
      await stepGivesBackTheApp(page, '/robust/spa.html', 'list');
      expect(await page.locator('#list li').first().isVisible()).toBe(true);

      await page.evaluate(() => (window as unknown as { app: { report(): void } }).app.report());
      await waitForReady(page, 10_000);
      const state = await readSidebar(page);
      expect(state.sidebarCount).toBe(1);
      expect(state.text).toContain('政府工作报告');
      expect(await page.evaluate(markCount)).toBeGreaterThan(50);
      expect(await page.evaluate(nestedMarks)).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('a page that switches the annotated report to editing gets it back without a mark (nothing of ours would be saved)', async () => {
    const page = await open('/robust/spa.html');
    try {
      await waitForReady(page, 10_000);
      await stepGivesBackTheApp(page, '/robust/spa.html', 'edit');
      // and it is not taken up again while it is being edited
      await page.waitForTimeout(1_500);
      expect(await page.evaluate(markCount)).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('when the background gives no answer, the page runs the engine itself and is annotated all the same', async () => {
    // the late page: its content script is waiting, so the world can be changed before the report comes
    const normal = await open('/robust/late.html');
    const page = await open('/robust/late.html?no-background');
    try {
      const world = await contentScriptWorld(page, browser);
      await world.run(`(() => {
        const refuse = () => { throw new Error('no background (test)'); };
        for (const api of [globalThis.chrome, globalThis.browser]) if (api && api.runtime) api.runtime.sendMessage = refuse;
        return true;
      })()`);
      await Promise.all([waitForReady(normal, 10_000), waitForReady(page, 10_000)]);
      const marks = await page.evaluate(markCount);
      expect(marks).toBeGreaterThan(80);
      expect(marks).toBe(await normal.evaluate(markCount));
      const messages = logged.filter((entry) => entry.page === page).map((entry) => entry.text);
      expect(messages.some((text) => text.startsWith('[Report Lens] reading the report in the page:'))).toBe(true);
      expect(logged.filter((entry) => entry.page === normal)).toHaveLength(0);
      await world.cdp.detach();
    } finally {
      await page.close();
      await normal.close();
    }
  });

  it('a 5 MB report page is refused with a console notice, without a long task from the extension', async () => {
    const page = await open('/robust/start.html');
    opened.add('/robust/huge.html');
    try {
      // Sample every JavaScript stack of the renderer (the content script's world included) while
      // the page loads; the navigation stays in the same origin, so in the same process.
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
      await page.goto(server.url('/robust/huge.html'), { waitUntil: 'load' });
      await expect.poll(() => logged.filter((entry) => entry.page === page).length, { timeout: 10_000 }).toBeGreaterThan(0);
      await page.waitForTimeout(500);
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      const longest = longestExtensionRun(profile);
      expect(longest.samples, 'the profile saw the extension run').toBeGreaterThan(0);
      expect(longest.ms, 'longest uninterrupted stretch of extension code (ms)').toBeLessThan(50);

      expect(logged.filter((entry) => entry.page === page).map((entry) => entry.text)).toEqual([
        expect.stringMatching(/^\[Report Lens\] this page is too large to annotate \(\d+ characters of text, limit \d+\); it is left as it is\.$/),
      ]);
      expect(await page.evaluate(lensAttribute)).toBeNull();
      expect(await page.evaluate(markCount)).toBe(0);
      expect(await page.locator('report-lens-sidebar').count()).toBe(0);
      // what the popup is told about this tab, asked the way the popup asks (no tabs permission,
      // so no addresses: every tab is asked, and this is the only one with a report stage)
      const worker = browser.context.serviceWorkers()[0];
      const answers = await worker?.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { tabs: {
          query(filter: object): Promise<{ id?: number }[]>;
          sendMessage(id: number, message: object): Promise<unknown>;
        } } }).chrome;
        const tabs = await api.tabs.query({});
        const replies = await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : api.tabs.sendMessage(tab.id, { type: 'report-lens:status' }).catch(() => undefined))));
        return replies.filter((reply) => reply !== undefined);
      });
      const status = answers?.find((answer) => (answer as { state?: string }).state === 'too-large');
      expect(status).toMatchObject({ state: 'too-large', hostname: '127.0.0.1', message: expect.stringMatching(/^\d+ characters of text, limit \d+$/) });
    } finally {
      await page.close();
    }
  });

  it('running the content script a second time on an annotated page changes nothing (no double wrapping)', async () => {
    const page = await open('/pages/plain-tibet-2025/index.html');
    try {
      await waitForReady(page);
      // off-screen blocks are laid out after ready, each losing its waiting mark: let that finish first
      await page.waitForFunction(() => document.querySelectorAll('[data-report-lens-defer]').length === 0, undefined, { timeout: 10_000 });
      const before = { body: (await page.evaluate(readBodyHtml)) as string, marks: await page.evaluate(markCount) };
      const world = await contentScriptWorld(page, browser);
      // the content script's whole path again, in its own world: the injected first stage (a classic
      // script, its source run again as is) and, since its marker makes that a no-op, the report
      // part's start function directly, twice
      const firstStage = readFileSync(join(resolveDist(), builtChunk('content.js')), 'utf8');
      await world.run(`(async () => {
        ${firstStage};
        const { startReportLens } = await import(chrome.runtime.getURL(${JSON.stringify(builtChunk('content-report-'))}));
        await startReportLens(document);
        await startReportLens(document);
        return true;
      })()`);
      await page.waitForTimeout(300);
      const after = (await page.evaluate(readBodyHtml)) as string;
      expect(after === before.body, describeFirstDifference(after, before.body)).toBe(true);
      expect(await page.evaluate(markCount)).toBe(before.marks);
      expect(await page.evaluate(nestedMarks)).toBe(0);
      expect(await page.locator('report-lens-sidebar').count()).toBe(1);
      await world.cdp.detach();
    } finally {
      await page.close();
    }
  });

  const faults = [
    {
      name: 'an exception after the page was annotated (reading a heading position)',
      inject: `Element.prototype.getBoundingClientRect = function () { throw new Error('injected fault: getBoundingClientRect'); }`,
    },
    {
      name: 'an exception half-way through wrapping the figures',
      inject: `(() => {
        const insert = Node.prototype.insertBefore;
        let wraps = 0;
        Node.prototype.insertBefore = function (node, child) {
          if (node && node.localName === 'report-lens-mark' && ++wraps > 30) throw new Error('injected fault: insertBefore');
          return insert.call(this, node, child);
        };
      })()`,
    },
  ];
  for (const fault of faults) {
    it(`${fault.name} is caught, logged once, and the page is restored`, async () => {
      const path = '/pages/plain-tibet-2025/index.html';
      const [page, pristine] = await Promise.all([open(path), pristineBody(path)]);
      try {
        await waitForReady(page);
        await sidebarAction(page, 'toggle-original').click();
        await waitForLensAttribute(page, 'off', 5_000);
        const world = await contentScriptWorld(page, browser);
        await world.run(fault.inject);
        const before = logged.filter((entry) => entry.page === page).length;
        await sidebarAction(page, 'toggle-original').click();
        await expect.poll(() => logged.filter((entry) => entry.page === page).length, { timeout: 5_000 }).toBeGreaterThan(before);
        await page.waitForTimeout(300);
        const messages = logged.filter((entry) => entry.page === page).map((entry) => entry.text);
        expect(messages).toHaveLength(1);
        expect(messages[0]).toMatch(/^\[Report Lens\] stopped after an error; the page is shown as it was\./);
        expect(await page.evaluate(lensAttribute)).toBeNull();
        expect(await page.evaluate(markCount)).toBe(0);
        expect(await page.locator('report-lens-sidebar').count()).toBe(0);
        const restored = (await page.evaluate(readBodyHtml)) as string;
        expect(restored === pristine, describeFirstDifference(restored, pristine)).toBe(true);
        await world.cdp.detach();
      } finally {
        await page.close();
      }
    });
  }

  it('a non-report page gets no request, attribute or node from the extension', async () => {
    const page = await open('/pages/stock-news/index.html');
    try {
      await page.waitForTimeout(1_500);
      expect(await page.evaluate(lensAttribute)).toBeNull();
      expect(await page.locator('report-lens-sidebar').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('a report being edited (a contenteditable box, an editor frame in design mode) is left exactly as it is', async () => {
    const path = '/robust/editor.html';
    const [page, pristine] = await Promise.all([open(path), pristineBody(path)]);
    try {
      await page.waitForTimeout(2_000);
      expect(await page.evaluate(lensAttribute)).toBeNull();
      expect(await page.locator('report-lens-sidebar').count()).toBe(0);
      const body = (await page.evaluate(readBodyHtml)) as string;
      expect(body === pristine, describeFirstDifference(body, pristine)).toBe(true);
      const frame = page.frame({ url: /about:blank/ }) ?? page.frames()[1];
      expect(await frame?.evaluate(() => [document.designMode, document.querySelectorAll('report-lens-mark').length, document.documentElement.getAttribute('data-report-lens')])).toEqual(['on', 0, null]);
    } finally {
      await page.close();
    }
  });

  // last: over everything the tests above did
  it('the extension made no request of its own: only the documents the tests opened were fetched', () => {
    const allowed = (path: string) => opened.has(path) || path === '/favicon.ico';
    const extensionRequests = browser.requests.filter((request) => /^https?:/.test(request.url) && !allowed(new URL(request.url).pathname));
    expect(extensionRequests).toEqual([]);
    const seenByServer = server.requests.map((request) => new URL(request.path, server.origin).pathname);
    expect(seenByServer.filter((path) => !allowed(path))).toEqual([]);
    expect(browser.requests.filter((request) => request.blocked)).toEqual([]);
  });

  it('storage holds the settings and nothing else (no page text, no addresses)', async () => {
    const worker = browser.context.serviceWorkers()[0];
    if (!worker) throw new Error('no service worker');
    const stored = (await worker.evaluate(`(async () => ({
      local: await chrome.storage.local.get(null),
      sync: await chrome.storage.sync.get(null),
      session: await chrome.storage.session.get(null),
    }))()`)) as Record<'local' | 'sync' | 'session', Record<string, unknown>>;
    expect(Object.keys(stored.local).filter((key) => key !== 'settings')).toEqual([]);
    expect(stored.sync).toEqual({});
    expect(stored.session).toEqual({});
    const text = JSON.stringify(stored.local);
    expect(text).not.toMatch(/政府工作报告|西藏|127\.0\.0\.1|http/);
  });
});

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** The longest run of consecutive samples whose stack holds a frame of the extension's code. */
function longestExtensionRun(profile: CpuProfile): { ms: number; samples: number } {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inExtension = new Map<number, boolean>();
  const isExtension = (id: number): boolean => {
    const known = inExtension.get(id);
    if (known !== undefined) return known;
    const own = byId.get(id)?.callFrame.url.startsWith('chrome-extension://') ?? false;
    const up = parent.get(id);
    const value = own || (up !== undefined && isExtension(up));
    inExtension.set(id, value);
    return value;
  };
  let longest = 0;
  let current = 0;
  let count = 0;
  profile.samples.forEach((sample, index) => {
    // a sample's delta is the time since the previous one: it belongs to the stretch it ends
    const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    if (isExtension(sample)) {
      count += 1;
      current += delta;
      longest = Math.max(longest, current);
    } else {
      current = 0;
    }
  });
  return { ms: longest, samples: count };
}
