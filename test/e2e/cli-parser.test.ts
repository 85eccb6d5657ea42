// The command line reads exactly the tree Chromium builds: every corpus page,
// the e2e fixtures and a set of malformed pages are loaded in Debian
// Chromium (from the same bytes, no charset in the HTTP header, page scripts
// blocked by CSP) and parsed by the command line; the extension's own block
// reader (src/dom) reads both documents, and the blocks must be identical.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decode } from '../../src/cli/analyze-input';
import { parseHtmlPage } from '../../src/cli/html-document';
import { legacyBytes } from '../tools/legacy-encoding';
import { blockProbeScript } from './harness/block-probe';
import { readPageBlocks, type BlockReading } from './harness/block-reading';
import { repoRoot } from './harness/paths';
import { chromiumLab } from './harness/lab';

const REPORT_LINES = ['2020年利津县政府工作报告', '各位代表：', '现在，我代表县人民政府向大会作政府工作报告，请予审议。', '一、2019年工作回顾', '全年实现地区生产总值221.46亿元，同比增长7.9%。', '二、2020年总体要求', '地区生产总值增长6.5%左右。'];
const report = (wrap: (line: string) => string) => REPORT_LINES.map(wrap).join('');
const page = (body: string, head = '<meta charset="utf-8"><title>2020年利津县政府工作报告</title>', doctype = '<!DOCTYPE html>') =>
  `${doctype}<html><head>${head}</head><body>${body}</body></html>`;

/** Markup a browser repairs and a naive parser does not (issue #13's list). */
const MALFORMED: Record<string, string> = {
  'cells without rows': page(`<table><th>主题</th><td>积分</td></table><div id="c">${report((l) => `${l}<br>`)}</div>`),
  '<p> and <div> inside tables': page(`<table><p>表前文字</p><tr><div>行内块</div><td>${report((l) => `<p>${l}</p>`)}</td></tr></table>`),
  'unclosed <p>, <li>, <td>': page(`<ul><li>菜单<li>首页</ul><table><tr><td>左<td>${report((l) => `<p>${l}`)}</table>`),
  'misnested <b><p>': page(`<div><b>${REPORT_LINES[0]}<p>${REPORT_LINES[1]}</b>${report((l) => `<p>${l}</p>`)}</div>`),
  '</br> and stray end tags': page(`</span><div>${report((l) => `${l}</br>`)}</td></div></font>`),
  'a <table> in a <p>': page(`<p>${REPORT_LINES[0]}<table><tr><td>${report((l) => `<p>${l}</p>`)}</td></tr></table>尾</p>`),
  'a <table> in a <p>, quirks mode': page(`<p>${REPORT_LINES[0]}<table><tr><td>${report((l) => `<p>${l}</p>`)}</td></tr></table>尾</p>`, '<meta charset="utf-8">', ''),
  'Word markup and <noscript>': page(`<div class="Section1">${report((l) => `<p class="MsoNormal">${l}<o:p></o:p></p>`)}<noscript><p>请开启脚本</p></noscript></div>`),
  'nested formatting across blocks': page(`<font color="red"><i>${report((l) => `<div>${l}`)}</i></font>`),
};

const TRADITIONAL = ['臺北市政府工作報告', '各位議員：', '現在，我代表市政府向大會報告工作，請予審議。', '一、過去一年的工作', '全年地區生產總值增長百分之五，財政收入穩定增長。', '二、今年的主要任務', '繼續推動經濟發展，提高人民生活水準。'];

interface Case {
  name: string;
  bytes: Uint8Array;
  /** text the page holds when decoded right (for the pages in legacy encodings) */
  holds?: string;
}

function fileCases(): Case[] {
  const dirs = [join(repoRoot, 'seeds/pages'), join(repoRoot, 'test/fixtures/pages')];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .sort()
      .map((name) => ({ name, bytes: readFileSync(join(dir, name, 'index.html')) })),
  );
}

function encodingCases(): Case[] {
  const gbk = readFileSync(join(repoRoot, 'test/fixtures/gbk/discuz-lijin-2020-excerpt.gbk'));
  const undeclared = Buffer.from(gbk.toString('latin1').replace('<meta charset="gbk" />', ''), 'latin1');
  const big5 = legacyBytes(page(TRADITIONAL.map((line) => `<p>${line}</p>`).join(''), '<title>臺北市政府工作報告</title>'), 'big5');
  const late = Buffer.concat([Buffer.from(`<!DOCTYPE html><html><head><style>${'p{margin:0}'.repeat(150)}</style><meta charset="gbk">`), gbk.subarray(gbk.indexOf('<title>'))]);
  return [
    { name: 'GBK, declared', bytes: gbk, holds: '利津县' },
    { name: 'GBK, not declared', bytes: undeclared, holds: '利津县' },
    { name: 'Big5, not declared', bytes: big5, holds: '臺北市' },
    { name: 'GBK, declared after the first 1,024 bytes', bytes: late, holds: '利津县' },
  ];
}

const cases: Case[] = [
  ...fileCases(),
  ...Object.entries(MALFORMED).map(([name, html]) => ({ name, bytes: new TextEncoder().encode(html) })),
  ...encodingCases(),
];

function readAsCommandLine(bytes: Uint8Array): BlockReading {
  const parsed = parseHtmlPage(decode(bytes, 'html'), 'http://127.0.0.1/page.html');
  try {
    return readPageBlocks(parsed.document);
  } finally {
    parsed.close();
  }
}

// Chromium without the extension: the page's own tree, read by the probe
const lab = chromiumLab({
  extension: false,
  serve: (server) =>
    cases.forEach(({ bytes }, index) => {
      // no charset in the header, as for a file opened from disk; no page script runs
      server.route(`/parser/${index}.html`, { body: Buffer.from(bytes), headers: { 'content-type': 'text/html', 'content-security-policy': "script-src 'none'" } });
    }),
});
let probe = '';

beforeAll(async () => {
  probe = await blockProbeScript();
});

describe('the command line reads the blocks Chromium’s tree gives', () => {
  it.each(cases.map((entry, index) => [entry.name, index] as const))('%s', async (_name, index) => {
    const tab = await lab.browser.newPage();
    try {
      await tab.goto(lab.server.url(`/parser/${index}.html`), { waitUntil: 'domcontentloaded' });
      const inChromium = (await tab.evaluate(probe)) as BlockReading;
      const inCli = readAsCommandLine(cases[index]?.bytes ?? new Uint8Array());
      expect(inChromium.body.length).toBeGreaterThan(0);
      expect(inCli.body.join('\n')).toContain(cases[index]?.holds ?? '');
      expect(inCli.report).toEqual(inChromium.report);
      expect(inCli.body).toEqual(inChromium.body);
    } finally {
      await tab.close();
    }
  });

  it('the comparison can fail: happy-dom’s own parser reads the rowless Discuz! page differently from Chromium', async () => {
    const { Window } = await import('happy-dom');
    const bytes = readFileSync(join(repoRoot, 'seeds/pages/discuz-lijin-2020-rowless/index.html'));
    const window = new Window({ url: 'http://127.0.0.1/page.html' });
    // the command line's parsing before parse5
    const naive = readPageBlocks(new window.DOMParser().parseFromString(decode(bytes, 'html'), 'text/html') as unknown as Document);
    const index = cases.findIndex((entry) => entry.name === 'discuz-lijin-2020-rowless');
    const tab = await lab.browser.newPage();
    await tab.goto(lab.server.url(`/parser/${index}.html`), { waitUntil: 'domcontentloaded' });
    const inChromium = (await tab.evaluate(probe)) as BlockReading;
    await tab.close();
    expect(inChromium.report?.length).toBeGreaterThan(20);
    expect(naive.report).not.toEqual(inChromium.report);
    await window.happyDOM.close();
  });
});
