// A page read as a report on the reader's request: its densest prose, or the
// element picked; the picker undone however it ends.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../../../src/core/analyze';
import { findDensestText, readChosenReport } from '../../../../src/dom/read/chosen-report';
import { PICK_ATTRIBUTE, PICKER_TAG, pickElement, proseAround } from '../../../../src/dom/read/element-picker';
import { readReportPage } from '../../../../src/dom/read/read-report-page';
import { parse, required } from '../../../fixtures/dom-fixtures';
import { repoPath } from '../../../fixtures/paths';

const page = (name: string) => parse(readFileSync(repoPath('seeds/pages', name, 'index.html'), 'utf8'));

describe('the densest text, read as a report', () => {
  it('a news item about the session, which the detector rejects: its article, its two quoted targets', async () => {
    const doc = page('news-npc-session');
    const before = doc.body.outerHTML;
    expect(readReportPage(doc).analysis.detection.isReport).toBe(false);
    const location = required(findDensestText(doc));
    expect(location.root.textContent).toContain('国务院总理向大会作政府工作报告');
    // the site's navigation and footer are outside it
    expect(location.root.textContent).not.toContain('华夏时讯网');
    const reading = required(await readChosenReport(doc, location, (signals, blocks) => analyzeReport(signals, blocks, { asReport: true }), { maxBodyChars: 500_000 }));
    expect(reading.analysis.detection.isReport).toBe(true);
    expect(reading.analysis.detection.kind).toBe('other-report');
    expect(reading.analysis.detection.title).not.toBe('');
    expect(reading.analysis.metrics.map((metric) => metric.text)).toEqual(expect.arrayContaining(['5%左右', '1200万人以上']));
    // reading changed nothing
    expect(doc.body.outerHTML).toBe(before);
  });

  it('without the request the same text is no report, and a page of no prose gives nothing to read', async () => {
    const doc = page('news-npc-session');
    const location = required(findDensestText(doc));
    expect(await readChosenReport(doc, location, (signals, blocks) => analyzeReport(signals, blocks), { maxBodyChars: 500_000 })).toBeNull();
    expect(findDensestText(parse('<body><nav><a href="/">首页</a> <a href="/a">新闻</a></nav><p>版权所有</p></body>'))).toBeNull();
    // too long for a reading: refused before the engine is asked
    expect(await readChosenReport(doc, location, () => { throw new Error('not asked'); }, { maxBodyChars: 10 })).toBeNull();
  });
});

describe('the picker', () => {
  const doc = () => parse(`<header><a href="/">首页</a></header><main id="main"><h1>标题</h1><div id="article"><p id="short">短句。</p>
    <p>第一段：全年地区生产总值增长百分之五左右，城镇新增就业一千二百万人以上，居民消费价格涨幅二左右。</p>
    <p>第二段：粮食产量一万三千亿斤以上，单位国内生产总值能耗降低百分之二左右，生态环境质量持续改善。</p></div></main>`);

  it('widens the pointer\'s element to the prose it belongs to', () => {
    const page = doc();
    expect(proseAround(required(page.getElementById('short')), page.body).id).toBe('article');
  });

  it('outlines on hover, ↑ widens and ↓ narrows, a click picks; Esc cancels; the page is as it was either way', async () => {
    const page = doc();
    const before = page.body.outerHTML;
    const view = page.defaultView as unknown as typeof globalThis;
    const short = required(page.getElementById('short'));
    const picking = pickElement(page, '点击报告正文');
    expect(page.querySelector(PICKER_TAG)?.shadowRoot?.textContent).toBe('点击报告正文');
    short.dispatchEvent(new view.MouseEvent('mouseover', { bubbles: true }));
    expect(page.querySelector(`[${PICK_ATTRIBUTE}]`)?.id).toBe('article');
    page.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    expect(page.querySelector(`[${PICK_ATTRIBUTE}]`)?.id).toBe('main');
    page.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(page.querySelector(`[${PICK_ATTRIBUTE}]`)?.id).toBe('article');
    // the page's own click handler hears nothing while picking
    let pageHeard = 0;
    page.body.addEventListener('click', () => pageHeard++);
    short.dispatchEvent(new view.MouseEvent('click', { bubbles: true, cancelable: true }));
    expect((await picking.result)?.id).toBe('article');
    expect(pageHeard).toBe(0);
    expect(page.body.outerHTML).toBe(before);
    expect(page.querySelector(PICKER_TAG)).toBeNull();

    const again = pickElement(page, '点击报告正文');
    short.dispatchEvent(new view.MouseEvent('mouseover', { bubbles: true }));
    page.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(await again.result).toBeNull();
    expect(page.body.outerHTML).toBe(before);
    expect(page.querySelector(PICKER_TAG)).toBeNull();
    // once ended, the page's events reach it again
    short.dispatchEvent(new view.MouseEvent('click', { bubbles: true }));
    expect(pageHeard).toBe(1);
  });
});
