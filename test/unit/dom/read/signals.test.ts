// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mayHoldReportText, readPageSignals } from '../../../../src/dom/read/signals';
import { REPORT_TEXT_CLUES } from '../../../../src/core/gate';
import { parse } from '../../../fixtures/dom-fixtures';

describe('readPageSignals', () => {
  it('reads title, headings, site name and a sample without scripts', () => {
    const doc = parse(`<html><head><title>2020年利津县政府工作报告 - 区域数据</title>
      <meta name="SiteName" content="中国宜春"></head><body>
      <h1 class="ts"><span id="thread_subject">2020年利津县政府工作报告</span></h1>
      <script>var secret = "脚本文字";</script><style>p{}</style>
      <p>各位代表：</p><p>现在，我代表县人民政府作报告。</p><h2>一、2019年工作回顾</h2></body></html>`);
    const signals = readPageSignals(doc);
    expect(signals.title).toBe('2020年利津县政府工作报告 - 区域数据');
    // the Discuz title comes first and is not repeated for its <h1>
    expect(signals.headings).toEqual(['2020年利津县政府工作报告', '一、2019年工作回顾']);
    expect(signals.siteName).toBe('中国宜春');
    expect(signals.sample).toContain('各位代表：\n现在，我代表县人民政府作报告。');
    expect(signals.sample).not.toContain('脚本文字');
  });

  it('reads og:site_name and keeps at most the configured number of headings', () => {
    const headings = Array.from({ length: 9 }, (_, i) => `<h3>第${i}节</h3>`).join('');
    const doc = parse(`<head><meta property="og:site_name" content="新闻网"></head><body>${headings}</body>`);
    const signals = readPageSignals(doc, { maxHeadings: 3 });
    expect(signals.siteName).toBe('新闻网');
    expect(signals.headings).toEqual(['第0节', '第1节', '第2节']);
  });

  it('stops early on a huge page', () => {
    const doc = parse('<body></body>');
    const paragraph = '地区生产总值增长百分之六点五左右。'.repeat(20);
    for (let i = 0; i < 5000; i++) {
      const p = doc.createElement('p');
      p.textContent = `${i}:${paragraph}`;
      doc.body.appendChild(p);
    }
    // reading the whole text, or forcing layout, is what must not happen
    for (const property of ['textContent', 'innerText']) {
      Object.defineProperty(doc.body, property, {
        get() {
          throw new Error(`read ${property}`);
        },
      });
    }
    const signals = readPageSignals(doc, { sampleChars: 3000 });
    expect(signals.sample.length).toBeLessThanOrEqual(3000);
    expect(signals.sample.startsWith('0:地区生产总值')).toBe(true);
    expect(signals.sample).not.toContain('100:');
    // the node budget stops it too, however long the wanted sample
    const capped = readPageSignals(doc, { sampleChars: 1e9, maxVisitedNodes: 21 });
    expect(capped.sample.split('\n')).toHaveLength(10);
  });

  it('does not throw on an empty document', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.remove();
    const signals = readPageSignals(doc);
    expect(signals.title).toBe('');
    expect(signals.headings).toEqual([]);
    expect(signals.sample).toBe('');
  });
});

describe('mayHoldReportText', () => {
  it.each([
    ['a clue in a paragraph', '<title>t</title><body><p>现在，我代表市人民政府向大会报告工作，请予审议。</p></body>', true],
    ['a clue split across inline elements', '<title>t</title><body><p>各位<b>代表</b>：</p></body>', true],
    ['a clue only in the title', '<title>2024年工作回顾</title><body><p>正文</p></body>', true],
    // happy-dom has no XPath: where only a section title or 一、 is found, the browser decides by position (e2e)
    ['a section title mid-sentence, no XPath to check where', '<title>t</title><body><p>报告提出，今年发展主要预期目标是增长5%左右。</p></body>', true],
    ['a clue deep in a long page', `<title>t</title><body>${'<div><p>无关的话。</p></div>'.repeat(2000)}<p>一、总体要求</p></body>`, true],
    ['no clue', '<title>红烧肉的做法</title><body><p>五花肉切块，冷水下锅。</p></body>', false],
    ['an empty page', '<title></title><body></body>', false],
  ])('%s', (_name, html, expected) => {
    expect(mayHoldReportText(parse(html), REPORT_TEXT_CLUES)).toBe(expected);
  });

  it('takes the clue words as they are written, not as patterns', () => {
    // as a pattern, (a+b) would match "aab" and miss "(a+b)"
    const clues = { anywhere: ['(a+b)'], nearStart: [], atStart: [], maxOffset: 10 };
    expect(mayHoldReportText(parse('<title>t</title><body><p>aab</p></body>'), clues)).toBe(false);
    expect(mayHoldReportText(parse('<title>t</title><body><p>x (a+b) y</p></body>'), clues)).toBe(true);
  });
});
