// What the three files of "never break a page" share (hostile-pages,
// changing-pages, faults): pages built from seeds/pages/plain-tibet-2025, which
// has no subresources, so that every request a page makes is its own
// document; a Chromium with the extension and one without; the content
// script's own world; and the checks made after each file's tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { sidebarAction, type ChromiumSession } from '../harness/chromium';
import { chromiumLab, type ChromiumLab } from '../harness/lab';
import { describeFirstDifference, readBodyHtml } from '../harness/page-scripts';
import { repoRoot, resolveDist } from '../harness/paths';

export const basePage = 'seeds/pages/plain-tibet-2025/index.html';
const baseHtml = readFileSync(join(repoRoot, basePage), 'utf8');
export const baseLevel1 = ['2024年工作回顾', '2025年工作安排'];
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
export async function contentScriptWorld(page: Page, session: ChromiumSession): Promise<{ cdp: CDPSession; run: (expression: string) => Promise<unknown> }> {
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

export function builtChunk(prefix: string): string {
  const name = readdirSync(join(resolveDist(), 'assets')).find((file) => file.startsWith(prefix) && file.endsWith('.js'));
  if (!name) throw new Error(`no ${prefix}*.js in dist/assets`);
  return `assets/${name}`;
}

export const nestedMarks = () => document.querySelectorAll('report-lens-mark report-lens-mark').length;
export const markCount = () => document.querySelectorAll('report-lens-mark').length;
export const lensAttribute = () => document.documentElement.getAttribute('data-report-lens');

export interface RobustLab {
  lab: ChromiumLab;
  /** Paths of the documents the tests open: the only requests allowed. */
  opened: Set<string>;
  /** [Report Lens] console messages, from every world of every page. */
  logged: { page: Page; text: string }[];
  /** `path` in a new tab of the browser with the extension, loaded (not waited for) */
  open(path: string): Promise<Page>;
  /** The body as the page has it without the extension, after its own scripts settled. */
  pristineBody(path: string, settleMs?: number): Promise<string>;
  /** Back to the original: the body exactly as it was. */
  expectRestores(page: Page, pristine: string): Promise<void>;
  /** The app's step on the annotated page and on the same page in a browser
   * without the extension: once the step takes the report away, everything
   * of ours must go, leaving the body exactly as the app made it there. */
  stepGivesBackTheApp(page: Page, path: string, step: 'list' | 'edit'): Promise<void>;
  /** The checks over everything the file's tests did: called last. */
  checkWhatItLeft(): void;
}

export function robustLab(): RobustLab {
  const lab = chromiumLab({
    plain: true,
    serve: (server) => {
      server.route('/robust/hostile-css.html', { body: withHead(hostileCss), headers: html });
      server.route('/robust/patched-globals.html', { body: withHead(patchedGlobals), headers: html });
      server.route('/robust/late.html', { body: lateHtml, headers: html });
      server.route('/robust/spa.html', { body: spaHtml, headers: html });
      server.route('/robust/editor.html', { body: editorHtml, headers: html });
      server.route('/robust/huge.html', { body: hugeHtml(), headers: html });
      server.route('/robust/frame-top.html', { body: frameTop('/pages/plain-tibet-2025/index.html'), headers: html });
      server.route('/robust/start.html', { body: '<!DOCTYPE html><title>start</title><p>start</p>', headers: html });
    },
  });
  const opened = new Set<string>();
  const logged: { page: Page; text: string }[] = [];

  async function open(path: string): Promise<Page> {
    opened.add(path.replace(/\?.*$/, ''));
    const page = await lab.browser.newPage();
    page.on('console', (message) => {
      if (message.text().includes('[Report Lens]')) logged.push({ page, text: message.text() });
    });
    return lab.visit(page, path, { until: 'load' });
  }

  async function pristineBody(path: string, settleMs = 2_000): Promise<string> {
    const page = await lab.open(path, { from: lab.plain, until: 'load' });
    try {
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

  async function stepGivesBackTheApp(page: Page, path: string, step: 'list' | 'edit'): Promise<void> {
    const plainPage = await lab.plain.newPage();
    try {
      await plainPage.goto(lab.server.url(path), { waitUntil: 'load' });
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

  function checkWhatItLeft(): void {
    it('the extension made no request of its own: only the documents the tests opened were fetched', () => {
      const allowed = (path: string) => opened.has(path) || path === '/favicon.ico';
      const extensionRequests = lab.browser.requests.filter((request) => /^https?:/.test(request.url) && !allowed(new URL(request.url).pathname));
      expect(extensionRequests).toEqual([]);
      const seenByServer = lab.server.requests.map((request) => new URL(request.path, lab.server.origin).pathname);
      expect(seenByServer.filter((path) => !allowed(path))).toEqual([]);
      expect(lab.browser.requests.filter((request) => request.blocked)).toEqual([]);
    });

    it('storage holds the settings and nothing else (no page text, no addresses)', async () => {
      const worker = lab.browser.context.serviceWorkers()[0];
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
  }

  return { lab, opened, logged, open, pristineBody, expectRestores, stepGivesBackTheApp, checkWhatItLeft };
}

export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** The longest run of consecutive samples whose stack holds a frame of the extension's code. */
export function longestExtensionRun(profile: CpuProfile): { ms: number; samples: number } {
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
