import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, fixture } from '../../../fixtures/dom-fixtures';
import { readBlocks } from '../../../../src/dom/read/blocks';
import { applyReaderView } from '../../../../src/dom/annotate/reader-view';
import { findReport, findReportBody } from '../../../../src/dom/read/report-body';
import { findTitleBlock } from '../../../../src/dom/read/report-title';
import { decodeWith, sniffHtmlEncoding } from '../../../../src/core/sniff-encoding';
import { repoPath } from '../../../fixtures/paths';

const SMALL_FIXTURE = { minSiteRuleCjk: 40, minFallbackCjk: 40 };
const PARAGRAPH = '经济运行总体平稳，发展质量稳步提升，全年地区生产总值增长百分之五左右，城乡居民收入持续增加。';

describe('findReportBody on a Discuz thread', () => {
  it('takes the first floor’s post cell, not the reply', () => {
    const doc = fixture('discuz-thread.html');
    expect(findReportBody(doc, SMALL_FIXTURE)?.id).toBe('postmessage_101');
  });

  it('does not fall back to a reply when the first post is locked', () => {
    const doc = fixture('discuz-thread.html');
    const first = doc.getElementById('postmessage_101');
    // a locked post has div.locked where td.t_f would be
    first?.setAttribute('class', 'locked');
    expect(findReportBody(doc, SMALL_FIXTURE)).toBeNull();
  });

  it('refuses a site rule’s element with too little CJK text', () => {
    const doc = fixture('discuz-thread.html');
    expect(findReportBody(doc)).toBeNull();
  });
});

describe('findReportBody fallback by text density', () => {
  it('picks the container holding most prose, not the link-heavy navigation', () => {
    const nav = Array.from({ length: 60 }, (_, i) => `<a href="#">政务公开栏目导航第${i}项链接文字</a>`).join('');
    const prose = Array.from({ length: 12 }, () => `<p>${PARAGRAPH}</p>`).join('');
    const doc = parse(
      `<body><div id="nav">${nav}</div><div id="main"><div id="content">${prose}</div>` +
        `<div id="side"><p>${PARAGRAPH}</p></div></div><div id="footer"><p>主办单位：示例县人民政府办公室</p></div></body>`,
    );
    // #content holds 12 of the 13 paragraphs: more than the 0.7 share
    expect(findReportBody(doc)?.id).toBe('content');
  });

  it('stays at the element holding the prose when paragraphs are its direct children', () => {
    const prose = Array.from({ length: 12 }, () => `<p>${PARAGRAPH}</p>`).join('');
    const doc = parse(`<body><div id="wrap"><h1>报告</h1>${prose}</div></body>`);
    expect(findReportBody(doc)?.id).toBe('wrap');
  });

  it('returns null for pages without prose, and never throws', () => {
    expect(findReportBody(parse('<body><a href="#">首页</a></body>'))).toBeNull();
    expect(findReportBody(parse(''))).toBeNull();
    const doc = parse('<body></body>');
    doc.body.remove();
    expect(findReportBody(doc)).toBeNull();
  });
});

/** The element the reading view must show on each corpus page, by reading
 * the page's markup. */
const EXPECTED_BODY: Record<string, string> = {
  'discuz-lijin-2020': '#postmessage_3561',
  'discuz-mobile-jiangxi-2026': '#pid60318 div.message',
  'portal-jx-province-2022-communique': '#zoomcon',
  'portal-jx-wanzai-2015-communique': '#zoomcon',
  'portal-jx-wanzai-2022-communique': '#zoomcon',
  'portal-jx-yichun-2022-communique': '#zoomcon',
  'portal-trs-national-2025': '.TRS_Editor',
  'wechat-shanghai-2025': '#js_content',
  'blog-gansu-2025': '.entry-content',
  'news-national-2019': '#detail',
  'plain-tibet-2025': 'body',
  'discuz-split-gd-2025': '#postmessage_8801',
};

/** Pages whose report goes on over several posts: where findReport finds it
 * (every other report page: root and its one part are the body). */
const EXPECTED_CONTINUED: Record<string, { root: string; parts: string[] }> = {
  'discuz-split-gd-2025': { root: '#postlist', parts: ['#postmessage_8801', '#postmessage_8802', '#postmessage_8803', '#postmessage_8804'] },
};

interface PageExpectation {
  detection?: { isReport?: boolean; title?: string };
  page?: { hidden?: string[]; visible?: string[] };
}

/** Would the reading view's stylesheet hide this text node? It hides every
 * element child of a path element that is not on the path, the body or a
 * post of the report (the path goes on inside a body of several posts), and
 * boilerplate marked inside the body. */
function hiddenByReaderView(node: Node): boolean {
  const kept = ['data-report-lens-path', 'data-report-lens-body', 'data-report-lens-part', 'data-report-lens-title'];
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (el.hasAttribute('data-report-lens-hidden')) return true;
    const parent = el.parentElement;
    if (parent?.hasAttribute('data-report-lens-path') && !kept.some((name) => el.hasAttribute(name))) return true;
  }
  return false;
}

/** Text nodes that contain the string (strings split over elements are
 * not found, and not checked here; the browser tests check what is seen). */
function textNodesWith(doc: Document, text: string): Text[] {
  const found: Text[] = [];
  const walker = doc.createTreeWalker(doc.body, 0x4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.replace(/\s+/g, ' ').includes(text)) found.push(node as Text);
  }
  return found;
}

const pagesDir = repoPath('seeds/pages');
const pageNames = existsSync(pagesDir)
  ? readdirSync(pagesDir).filter((name) => existsSync(resolve(pagesDir, name, 'index.html')))
  : [];

describe.each(pageNames)('seeds/pages/%s', (name) => {
  // decoded as a browser would (a GB2312 portal page among them)
  const bytes = readFileSync(resolve(pagesDir, name, 'index.html'));
  const html = decodeWith(bytes, sniffHtmlEncoding(bytes));
  const expectationPath = resolve(pagesDir, name, 'expected.json');
  const expectation: PageExpectation = existsSync(expectationPath)
    ? (JSON.parse(readFileSync(expectationPath, 'utf8')) as PageExpectation)
    : {};

  it.runIf(name in EXPECTED_BODY)('finds the report body', () => {
    const doc = parse(html);
    expect(findReportBody(doc)).toBe(doc.querySelector(EXPECTED_BODY[name] ?? ':not(*)'));
  });

  it.runIf(name in EXPECTED_BODY)('finds where the report is: the body alone, or the posts it goes on in', () => {
    const doc = parse(html);
    const found = findReport(doc);
    const continued = EXPECTED_CONTINUED[name];
    const expected = continued ?? { root: EXPECTED_BODY[name] ?? ':not(*)', parts: [EXPECTED_BODY[name] ?? ':not(*)'] };
    expect(found?.root).toBe(doc.querySelector(expected.root));
    const parts = found?.parts ?? [];
    expect(parts).toHaveLength(expected.parts.length);
    expected.parts.forEach((selector, index) => expect(parts[index], selector).toBe(doc.querySelector(selector)));
  });

  it.runIf(expectation.detection?.isReport === true && expectation.page !== undefined)(
    'hides the chrome and shows the report',
    () => {
      const doc = parse(html);
      const found = findReport(doc);
      const root = found?.root ?? doc.body;
      // the title where the page keeps it outside the body, found by the title written down
      const title = findTitleBlock(doc, root, expectation.detection?.title ?? '');
      applyReaderView(doc, readBlocks(root, { parts: found?.parts ?? [] }), [], undefined, title);
      const shown = (expectation.page?.hidden ?? []).filter((text) => {
        const nodes = textNodesWith(doc, text);
        return nodes.length > 0 && !nodes.every(hiddenByReaderView);
      });
      const lost = (expectation.page?.visible ?? []).filter((text) => {
        const nodes = textNodesWith(doc, text);
        return nodes.length > 0 && nodes.every(hiddenByReaderView);
      });
      expect({ shown, lost }).toEqual({ shown: [], lost: [] });
    },
  );
});
