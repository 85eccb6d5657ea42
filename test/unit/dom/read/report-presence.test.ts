import { describe, expect, it } from 'vitest';
import { parse } from '../../../fixtures/dom-fixtures';
import { readBlocks } from '../../../../src/dom/read/blocks';
import { reportAnchors, watchForNextReport, watchReportEditable, watchReportLeaving } from '../../../../src/dom/read/report-presence';

const settle = (ms = 0) => new Promise((done) => setTimeout(done, ms));
const report = (title: string) =>
  `<article id="report"><h1>${title}</h1><p>各位代表：</p><p>一、2024年工作回顾</p><p>${'全市地区生产总值增长5%，城镇新增就业4.2万人。'.repeat(12)}</p>` +
  `<p>二、2025年工作安排</p><p>${'地区生产总值增长5%左右，居民消费价格涨幅2%左右。'.repeat(12)}</p><p>请予审议。</p></article>`;
const page = () => parse(`<!DOCTYPE html><html><head><title>2025年某市政府工作报告</title></head><body><div id="app"><nav>首页</nav><main id="view">${report('2025年某市政府工作报告')}</main></div></body></html>`);

describe('watchReportLeaving', () => {
  it.each([
    ['the view holding it is emptied', (doc: Document) => doc.getElementById('view')?.replaceChildren()],
    ['the app swaps its whole root', (doc: Document) => { const app = doc.getElementById('app'); if (app) app.innerHTML = '<ul><li>通知公告</li></ul>'; }],
    ['the app replaces <body>', (doc: Document) => { doc.documentElement.replaceChild(doc.createElement('body'), doc.body); }],
    ['the report’s own paragraphs are swapped (its root stays)', (doc: Document) => { const root = doc.getElementById('report'); if (root) root.innerHTML = '<p>加载中</p>'; }],
  ])('says so once when %s', async (_what, change) => {
    const doc = page();
    const root = doc.getElementById('report');
    if (!root) throw new Error('no report');
    let gone = 0;
    watchReportLeaving(doc, reportAnchors(readBlocks(root)), () => gone++);
    change(doc);
    await settle();
    doc.body.append(doc.createElement('p'));
    await settle();
    expect(gone).toBe(1);
  });

  it('stays quiet while the page changes around the report, and after its undo', async () => {
    const doc = page();
    const root = doc.getElementById('report');
    if (!root) throw new Error('no report');
    let gone = 0;
    const stop = watchReportLeaving(doc, reportAnchors(readBlocks(root)), () => gone++);
    doc.querySelector('nav')?.append(' 政务公开');
    doc.body.append(doc.createElement('footer'));
    root.querySelector('p')?.append(doc.createElement('span')); // a mark-like change inside the report
    const comment = doc.createElement('div');
    doc.body.append(comment);
    comment.setAttribute('contenteditable', 'true'); // a comment box beside the report
    await settle();
    expect(gone).toBe(0);
    stop();
    doc.getElementById('app')?.remove();
    await settle();
    expect(gone).toBe(0);
  });
});

describe('watchReportEditable', () => {
  it.each([
    ['the page switches the report to editing (an online document)', (doc: Document) => doc.getElementById('app')?.setAttribute('contenteditable', 'true')],
    ['the report is moved into an editor', (doc: Document) => {
      const editor = doc.createElement('div');
      editor.setAttribute('contenteditable', '');
      doc.body.append(editor);
      const root = doc.getElementById('report');
      if (root) editor.append(root);
    }],
  ])('says so once when %s', async (_what, change) => {
    const doc = page();
    const root = doc.getElementById('report');
    if (!root) throw new Error('no report');
    let editable = 0;
    watchReportEditable(doc, root, () => editable++);
    change(doc);
    await settle();
    doc.body.append(doc.createElement('p'));
    await settle();
    expect(editable).toBe(1);
  });

  it('stays quiet for an editor beside the report, an explicit contenteditable="false", and after its undo', async () => {
    const doc = page();
    const root = doc.getElementById('report');
    if (!root) throw new Error('no report');
    let editable = 0;
    const stop = watchReportEditable(doc, root, () => editable++);
    const comment = doc.createElement('div');
    doc.body.append(comment);
    comment.setAttribute('contenteditable', 'true'); // a comment box beside the report
    doc.getElementById('app')?.setAttribute('contenteditable', 'false');
    await settle();
    expect(editable).toBe(0);
    stop();
    doc.getElementById('app')?.setAttribute('contenteditable', 'true');
    await settle();
    expect(editable).toBe(0);
  });
});

describe('watchForNextReport', () => {
  it('finds a report the app had already put in when the old one left (one look after a quiet moment)', async () => {
    const doc = page();
    let found = 0;
    watchForNextReport(doc, () => found++, { quietMs: 20 });
    await settle(60);
    expect(found).toBe(1);
  });

  it('finds one that comes later, once, and nothing on a view that is no report', async () => {
    const doc = parse('<!DOCTYPE html><html><head><title>政务公开</title></head><body><div id="app"><ul><li>通知公告</li></ul></div></body></html>');
    let found = 0;
    watchForNextReport(doc, () => found++, { quietMs: 20, watchMs: 2_000 });
    await settle(60);
    expect(found).toBe(0);
    doc.title = '2025年某市政府工作报告';
    const app = doc.getElementById('app');
    const next = page().getElementById('report');
    if (next) app?.replaceChildren(doc.importNode(next, true));
    await settle(100);
    app?.append(doc.createElement('p'));
    await settle(100);
    expect(found).toBe(1);
  });

  it('looks no more once stopped', async () => {
    const doc = page();
    let found = 0;
    const stop = watchForNextReport(doc, () => found++, { quietMs: 20 });
    stop();
    doc.body.append(doc.createElement('p'));
    await settle(80);
    expect(found).toBe(0);
  });
});
