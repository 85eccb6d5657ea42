// The reading view's own look in the page: the report's head as a title
// block, note markers as superscripts, broken images hidden, the reader's
// measure and type size; each given back exactly.
import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../../../src/dom/read/blocks';
import { hideBrokenImages } from '../../../../src/dom/annotate/broken-images';
import { wrapNoteMarkers } from '../../../../src/dom/annotate/note-marks';
import { readingStyleCss } from '../../../../src/dom/annotate/reader-css';
import { applyReaderView, HEAD_ATTRIBUTE, HIDDEN_ATTRIBUTE } from '../../../../src/dom/annotate/reader-view';
import { markReportHead } from '../../../../src/dom/annotate/report-head';
import { parse, required } from '../../../fixtures/dom-fixtures';

const DISCUZ_POST = `<div id="wp"><table><tr><td class="t_f" id="post">
2020年利津县政府工作报告<br />
<br />
—— 2020年5月20日在利津县第十八届人民代表大会<br />
<br />
第四次会议上<br />
<br />
利津县县长  张晓彬<br />
<br />
    各位代表:<br />
<br />
    一、2019年工作回顾<br />
</td></tr></table></div>`;

describe('markReportHead', () => {
  it('wraps a post\'s <br> lines, hides the breaks between them and the one that ended the last, and undoes exactly', () => {
    const doc = parse(DISCUZ_POST);
    const before = doc.body.outerHTML;
    const map = readBlocks(required(doc.getElementById('post')));
    const undo = markReportHead(doc, map, '2020年利津县政府工作报告', { titleOutside: false, headingBlocks: new Set([5]) });
    const heads = [...doc.querySelectorAll('report-lens-head')];
    expect(heads.map((head) => [head.textContent, head.getAttribute(HEAD_ATTRIBUTE)])).toEqual([
      ['2020年利津县政府工作报告', 'title'],
      ['—— 2020年5月20日在利津县第十八届人民代表大会', 'line'],
      ['第四次会议上', 'line'],
      ['利津县县长  张晓彬', 'line end'],
    ]);
    const breaks = [...doc.querySelectorAll('#post br')];
    // both breaks after each of the first three lines, the first of the two after the last; none further on
    expect(breaks.map((br) => br.hasAttribute(HIDDEN_ATTRIBUTE))).toEqual([true, true, true, true, true, true, true, false, false, false, false]);
    undo();
    expect(doc.body.outerHTML).toBe(before);
  });

  it('marks paragraphs of their own, widened to a frame that holds only them, hides the empty ones between, and undoes exactly', () => {
    const doc = parse(`<div id="zoomcon"><p><font color="#c00000">江西省2022年国民经济和社会发展统计公报[1]</font></p><p>&nbsp;</p>
      <section><p>江西省统计局  国家统计局江西调查总队</p></section><p><br></p><p>2023年3月28日</p><p></p>
      <p>2022年是党的二十大胜利召开之年，是党和国家历史上极为重要的一年。</p><p>01综合</p></div>`);
    const before = doc.body.outerHTML;
    const map = readBlocks(required(doc.getElementById('zoomcon')));
    const undo = markReportHead(doc, map, '江西省2022年国民经济和社会发展统计公报', { titleOutside: false, headingBlocks: new Set([4]) });
    const marked = [...doc.querySelectorAll(`[${HEAD_ATTRIBUTE}]`)];
    expect(marked.map((element) => [element.localName, element.getAttribute(HEAD_ATTRIBUTE)])).toEqual([
      ['p', 'title'],
      ['section', 'line'],
      ['p', 'line end'],
    ]);
    // the empty paragraphs between and after the lines; not the report's first paragraph
    const hidden = [...doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`)];
    expect(hidden.map((element) => element.innerHTML)).toEqual(['&nbsp;', '<br>', '']);
    undo();
    expect(doc.body.outerHTML).toBe(before);
  });

  it('hides a touch template\'s page tools before the title, and leaves the page alone where the text opens with prose', () => {
    const doc = parse(`<div class="message" id="m">下载<br>打印<br>【字号：<br>加大<br>】<br>2026年江西省政府工作报告<br>——2026年1月27日在江西省第十四届人民代表大会第四次会议上<br>各位代表：<br>现在，我代表江西省人民政府，向大会报告工作。</div>`);
    const before = doc.body.outerHTML;
    const undo = markReportHead(doc, readBlocks(required(doc.getElementById('m'))), '2026年江西省政府工作报告', { titleOutside: false, headingBlocks: new Set() });
    const tools = [...doc.querySelectorAll(`report-lens-head[${HIDDEN_ATTRIBUTE}]`)].map((element) => element.textContent);
    expect(tools).toEqual(['下载', '打印', '【字号：', '加大', '】']);
    expect(doc.querySelector(`[${HEAD_ATTRIBUTE}="title"]`)?.textContent).toBe('2026年江西省政府工作报告');
    undo();
    expect(doc.body.outerHTML).toBe(before);

    const prose = parse('<div id="d"><p>2025年是收官之年，全市上下始终坚持稳中求进。</p><p>一、综合</p></div>');
    const untouched = prose.body.outerHTML;
    const none = markReportHead(prose, readBlocks(required(prose.getElementById('d'))), '长沙市2025年统计公报', { titleOutside: true, headingBlocks: new Set([1]) });
    expect(prose.body.outerHTML).toBe(untouched);
    none();
  });
});

describe('wrapNoteMarkers', () => {
  it('wraps markers after words, not a note\'s label nor a figure, and undoes exactly', () => {
    const doc = parse('<div id="b"><p>根据年快报统计[1]，现将情况公报如下：</p><p>全年地区生产总值<span>[2]</span>1570.2亿元。</p><p>[1]本公报中数据均为初步统计数。</p></div>');
    const before = doc.body.outerHTML;
    const map = readBlocks(required(doc.getElementById('b')));
    const undo = wrapNoteMarkers(doc, map, [{ block: 1, start: 11, end: 20 }]);
    expect([...doc.querySelectorAll('report-lens-note')].map((note) => [note.textContent, note.parentElement?.localName])).toEqual([
      ['[1]', 'p'],
      ['[2]', 'span'],
    ]);
    undo();
    expect(doc.body.outerHTML).toBe(before);
    // a figure that took the marker's characters keeps them
    const again = wrapNoteMarkers(doc, map, [{ block: 0, start: 5, end: 9 }]);
    expect([...doc.querySelectorAll('report-lens-note')].map((note) => note.textContent)).toEqual(['[2]']);
    again();
    expect(doc.body.outerHTML).toBe(before);
  });
});

/** Gives an image what a browser knows of it once it loaded or failed. */
function imageState(image: Element, state: { complete: boolean; width: number }): void {
  Object.defineProperty(image, 'complete', { value: state.complete, configurable: true });
  Object.defineProperty(image, 'naturalWidth', { value: state.width, configurable: true });
  Object.defineProperty(image, 'naturalHeight', { value: state.width ? 100 : 0, configurable: true });
}

describe('hideBrokenImages', () => {
  it('hides images that failed, then one that fails later, and shows them again on undo', () => {
    const doc = parse('<div id="b"><p>文字<img id="ok" src="a.png"><img id="broken" src="b.png"><img id="late" src="c.png"></p></div>');
    const before = doc.body.outerHTML;
    const root = required(doc.getElementById('b'));
    imageState(required(doc.getElementById('ok')), { complete: true, width: 640 });
    imageState(required(doc.getElementById('broken')), { complete: true, width: 0 });
    const late = required(doc.getElementById('late'));
    imageState(late, { complete: false, width: 0 });
    const undo = hideBrokenImages([root]);
    const hidden = () => [...doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`)].map((element) => element.id);
    expect(hidden()).toEqual(['broken']);
    imageState(late, { complete: true, width: 0 });
    late.dispatchEvent(new (doc.defaultView as unknown as { Event: typeof Event }).Event('error'));
    expect(hidden()).toEqual(['broken', 'late']);
    undo();
    expect(doc.body.outerHTML).toBe(before);
    // after the undo a failure changes nothing
    late.dispatchEvent(new (doc.defaultView as unknown as { Event: typeof Event }).Event('error'));
    expect(doc.body.outerHTML).toBe(before);
  });
});

describe('the reading view with its head', () => {
  it('headings take the attribute on the frame that holds only them (a WeChat heading\'s centred section)', () => {
    const doc = parse(`<div id="js_content"><p>各位代表：</p><section style="text-align: center;"><section style="border-bottom: 2px solid rgb(192, 0, 0);"><p><strong><span style="color: rgb(192, 0, 0);">一、2024年工作回顾</span></strong></p></section></section><p>过去一年，我们坚持稳中求进。</p></div>`);
    const before = doc.body.outerHTML;
    const map = readBlocks(required(doc.getElementById('js_content')));
    const undo = applyReaderView(doc, map, [{ block: 1, start: 0, end: 11, level: 1 }]);
    const heading = required(doc.querySelector('[data-report-lens-heading]'));
    expect(heading.localName).toBe('section');
    expect(heading.getAttribute('style')).toBe('text-align: center;');
    expect(heading.getAttribute('data-report-lens-heading')).toBe('1');
    undo();
    expect(doc.body.outerHTML).toBe(before);
  });

  it('the reader\'s measure and type size', () => {
    expect(readingStyleCss('wide', 'large')).toContain('--report-lens-font: 21px !important; --report-lens-measure: 52 !important;');
    expect(readingStyleCss('narrow', 'small')).toContain('--report-lens-font: 16px !important; --report-lens-measure: 32 !important;');
    expect(readingStyleCss('standard', 'standard')).toContain('--report-lens-font: 18px !important; --report-lens-measure: 40 !important;');
  });
});
