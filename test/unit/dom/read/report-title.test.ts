// The report's title where a portal keeps it above its content box: found,
// kept in view by the reading view, and given back.
import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../../../src/dom/read/blocks';
import { applyReaderView, TITLE_ATTRIBUTE } from '../../../../src/dom/annotate/reader-view';
import { findTitleBlock, findTitleElement } from '../../../../src/dom/read/report-title';
import { parse, required } from '../../../fixtures/dom-fixtures';

const TITLE = '长沙市2025年国民经济和社会发展统计公报';
const BODY = '<div id="d_article"><p>初步核算，全年地区生产总值16035.65亿元，比上年增长5.2%。</p></div>';

describe('findTitleElement', () => {
  it.each([
    ['an <h1> above the content box', `<h1 class="site">长沙市统计局</h1><div class="tit"><h1>${TITLE}</h1></div>${BODY}`, 'h1:not(.site)'],
    ['a CMS title class, spaced', `<div class="article-title">长沙市2025年国民经济和社会发展 统计公报</div>${BODY}`, '.article-title'],
    ['the nearest of two', `<h2>${TITLE}</h2><div class="title">${TITLE}</div>${BODY}`, '.title'],
  ])('finds %s', (_name, html, selector) => {
    const doc = parse(html);
    const body = required(doc.querySelector('#d_article'));
    expect(findTitleElement(doc, body, TITLE)).toBe(doc.querySelector(selector));
  });

  it.each([
    ['a site name only', `<h1>长沙市统计局</h1>${BODY}`],
    ['a title below the body', `${BODY}<h2>${TITLE}</h2>`],
    ['a title the body holds itself', `<h1>${TITLE}</h1><div id="d_article"><p>${TITLE}</p><p>全年地区生产总值16035.65亿元。</p></div>`],
    ['a related list entry that names another report', `<div class="title">长沙市2024年国民经济和社会发展统计公报</div>${BODY}`],
  ])('finds nothing for %s', (_name, html) => {
    const doc = parse(html);
    const body = required(doc.querySelector('#d_article'));
    expect(findTitleElement(doc, body, TITLE)).toBeNull();
  });
});

it('the reading view keeps the title in view and its undo gives the page back exactly', () => {
  const doc = parse(`<header><nav>首页</nav></header><main><div class="tit"><h1>${TITLE}</h1><span>来源：长沙市统计局</span></div>${BODY}</main><footer>版权所有</footer>`);
  const before = doc.body.outerHTML;
  const body = required(doc.querySelector('#d_article'));
  const title = findTitleElement(doc, body, TITLE);
  const undo = applyReaderView(doc, readBlocks(body), [], { installCss: false }, title ? [title] : []);
  expect(doc.querySelector(`[${TITLE_ATTRIBUTE}]`)?.textContent).toBe(TITLE);
  // the title's way down is kept, its neighbours (the source line) hidden by the path rule
  expect(doc.querySelector('.tit')?.hasAttribute('data-report-lens-path')).toBe(true);
  expect(doc.querySelector('.tit span')?.hasAttribute('data-report-lens-path')).toBe(false);
  undo();
  expect(doc.body.outerHTML).toBe(before);
});

it('keeps the meeting line under the title with it (portal-hn-yiyang-2025-budget)', () => {
  const doc = parse(
    `<div class="detail-page"><div class="xr-b-title">关于益阳市2025年预算执行情况与 2026年预算草案的报告</div>` +
      `<div class="xr-b-title1">——2025年12月24日在益阳市第七届人民代表大会第六次会议上</div>` +
      `<div class="xr-intro-p"><span>发布时间：2026-01-06</span></div><div id="zoom"><p>全市地方一般公共预算收入113.6亿元。</p></div></div>`,
  );
  const body = required(doc.querySelector('#zoom'));
  const block = findTitleBlock(doc, body, '关于益阳市2025年预算执行情况与 2026年预算草案的报告');
  expect(block.map((el) => el.className)).toEqual(['xr-b-title', 'xr-b-title1']);
});
