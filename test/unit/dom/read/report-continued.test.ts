import { describe, expect, it } from 'vitest';
import { parse } from '../../../fixtures/dom-fixtures';
import { readBlocks } from '../../../../src/dom/read/blocks';
import { applyReaderView } from '../../../../src/dom/annotate/reader-view';
import { findReport } from '../../../../src/dom/read/report-body';

// A report pasted over several posts of a forum thread (a post has a length
// limit), in Discuz! X3 markup reduced to what matters: the floor, the
// author's name in the author column, the post body.
const prose = (words: string) => `${words}。`.repeat(20);
const floor = (pid: number, author: string, body: string) => `
  <div id="post_${pid}"><table class="plhin"><tr>
    <td class="pls"><div class="authi"><a class="xw1">${author}</a></div><p>积分 7020</p></td>
    <td class="plc"><div class="pi">发表于 2025-1-16</div>
      <table><tr><td class="t_f" id="postmessage_${pid}">${body}</td></tr></table>
      <div class="sign">签名档</div></td>
  </tr></table></div>`;
const thread = (...floors: string[]) => parse(`<!DOCTYPE html><html><head><title>2025年某市政府工作报告 - 论坛</title></head>
  <body><div id="hd">设为首页</div><div id="postlist">${floors.join('')}</div><div id="f_pst">您需要登录后才可以回帖</div></body></html>`);

const opening = `2025年某市政府工作报告<br>各位代表：<br>${prose('现在我代表市人民政府向大会报告工作')}<br>一、2024年工作回顾<br>${prose('全市地区生产总值增长百分之五')}`;
const rest = `二、2025年工作安排<br>${prose('今年经济社会发展的主要预期目标是地区生产总值增长百分之五左右')}`;

describe('findReport: a report that goes on in the next posts', () => {

  it.each([
    {
      what: 'the same author, the next floors: all of them, and the thread list holds them',
      floors: [floor(1, '甲', opening), floor(2, '甲', rest), floor(3, '甲', `三、加强政府自身建设<br>${prose('建设人民满意的服务型政府')}`), floor(4, '乙', prose('感谢分享楼主辛苦'))],
      parts: ['postmessage_1', 'postmessage_2', 'postmessage_3'],
    },
    {
      what: 'a reply by someone else ends it, even when the author posts again after',
      floors: [floor(1, '甲', opening), floor(2, '乙', prose('感谢分享楼主辛苦')), floor(3, '甲', rest)],
      parts: ['postmessage_1'],
    },
    {
      what: 'a short post by the author is a remark, not the report',
      floors: [floor(1, '甲', opening), floor(2, '甲', '补充一句：原文以官网为准。'), floor(3, '甲', rest)],
      parts: ['postmessage_1'],
    },
    {
      what: 'the author’s next report (its own title) is not this one',
      floors: [floor(1, '甲', opening), floor(2, '甲', `2024年某市政府工作报告<br>${prose('去年的报告全文如下')}`)],
      parts: ['postmessage_1'],
    },
    {
      what: 'nor is one that opens with the address 各位代表：',
      floors: [floor(1, '甲', opening), floor(2, '甲', `各位代表：<br>${prose('现在我代表县人民政府向大会报告工作')}`)],
      parts: ['postmessage_1'],
    },
    {
      what: 'while 各位代表！ inside a report goes on with it',
      floors: [floor(1, '甲', opening), floor(2, '甲', `各位代表！${prose('让我们更加紧密地团结在一起')}`)],
      parts: ['postmessage_1', 'postmessage_2'],
    },
  ])('$what', ({ floors, parts }) => {
    const doc = thread(...floors);
    const found = findReport(doc);
    expect(found?.parts.map((part) => part.id)).toEqual(parts);
    expect(found?.root).toBe(parts.length > 1 ? doc.getElementById('postlist') : doc.getElementById('postmessage_1'));
  });

  it('the Discuz! touch template too (div.plc, the name in ul.authi)', () => {
    const post = (pid: number, author: string, body: string) =>
      `<div class="plc cl" id="pid${pid}"><ul class="authi"><li><b><a>${author}</a></b></li></ul><div class="message">${body}</div></div>`;
    const doc = parse(`<!DOCTYPE html><html><head><title>2025年某市政府工作报告</title></head><body><div class="postlist">
      ${post(1, '甲', opening)}${post(2, '甲', rest)}${post(3, '乙', prose('顶一个'))}</div></body></html>`);
    const found = findReport(doc);
    expect(found?.parts.map((part) => part.parentElement?.id)).toEqual(['pid1', 'pid2']);
  });
});

describe('reading and showing a report over several posts', () => {
  const doc = () => thread(floor(1, '甲', opening), floor(2, '甲', rest), floor(3, '乙', prose('感谢分享楼主辛苦')));

  it('reads the posts’ text only: no author, date, signature or other member’s reply', () => {
    const page = doc();
    const found = findReport(page);
    if (!found) throw new Error('no report found');
    const text = readBlocks(found.root, { parts: found.parts }).blocks.map((block) => block.text).join('\n');
    expect(text).toContain('一、2024年工作回顾');
    expect(text).toContain('二、2025年工作安排');
    for (const chrome of ['甲', '积分 7020', '发表于', '签名档', '感谢分享楼主辛苦']) expect(text).not.toContain(chrome);
    // the blocks map back onto the page: a range over a block of the second post lies in that post
    const map = readBlocks(found.root, { parts: found.parts });
    const index = map.blocks.findIndex((block) => block.text.startsWith('二、'));
    expect(map.rangeFor(index, 0, 2)?.toString()).toBe('二、');
    expect(page.getElementById('postmessage_2')?.contains(map.elementFor(index))).toBe(true);
  });

  it('the reading view keeps the way down to each post and nothing else of the thread; the undo takes every attribute away', () => {
    const page = doc();
    const before = page.body.outerHTML;
    const found = findReport(page);
    if (!found) throw new Error('no report found');
    const undo = applyReaderView(page, readBlocks(found.root, { parts: found.parts }), []);
    const list = page.getElementById('postlist');
    expect(list?.hasAttribute('data-report-lens-body')).toBe(true);
    expect(list?.hasAttribute('data-report-lens-path')).toBe(true);
    for (const id of ['postmessage_1', 'postmessage_2']) expect(page.getElementById(id)?.hasAttribute('data-report-lens-part')).toBe(true);
    expect(page.getElementById('post_1')?.hasAttribute('data-report-lens-path')).toBe(true);
    // beside the way down, so hidden by the stylesheet: the author column, the signature, the reply's floor
    for (const selector of ['#post_1 td.pls', '#post_2 .sign', '#post_3']) {
      const element = page.querySelector(selector);
      expect(element?.hasAttribute('data-report-lens-path'), selector).toBe(false);
      expect(element?.parentElement?.hasAttribute('data-report-lens-path'), selector).toBe(true);
    }
    undo();
    expect(page.body.outerHTML).toBe(before);
  });
});

describe('findReport: a report in an editor is left alone', () => {
  const article = `<h1>2025年某市政府工作报告</h1><p>各位代表：</p><p>一、2024年工作回顾</p><p>${prose('全市地区生产总值增长百分之五')}</p>`;
  const docWith = (body: string) => parse(`<!DOCTYPE html><html><head><title>编辑稿件</title></head><body>${body}</body></html>`);

  it.each([
    ['in a contenteditable box (a CMS’s rich-text editor)', `<form><div class="editor" contenteditable="true">${article}</div></form>`, false],
    ['under an editable ancestor', `<div contenteditable=""><section>${article}</section></div>`, false],
    ['in a read-only part of an editor', `<div contenteditable="true"><div contenteditable="false">${article}</div></div>`, true],
    ['on an ordinary page', `<div class="content">${article}</div>`, true],
  ])('%s: found %s', (_what, body, found) => {
    expect(findReport(docWith(body)) !== null).toBe(found);
  });

  it('in a document in design mode (an editor’s frame)', () => {
    const doc = docWith(`<div>${article}</div>`);
    expect(findReport(doc)).not.toBeNull();
    doc.designMode = 'on';
    expect(findReport(doc)).toBeNull();
  });
});
