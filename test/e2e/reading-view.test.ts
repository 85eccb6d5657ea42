// The reading view's own look on every layout of the corpus, in Chromium:
// the report's title block (the title large, the lines under it small and
// together), headings in one palette whatever the site's, note markers as
// superscripts, no broken image, the reader's measure and type size; and the
// page given back exactly after the settings changed.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sidebarAction, waitForLensAttribute, waitForReady } from './harness/chromium';
import { readBodyHtml } from './harness/page-scripts';
import { listPageCases, screenshotPath } from './harness/paths';
import { chromiumLab } from './harness/lab';

/** Each layout's title block as a reader sees it on the page (whitespace
 * left out): the title (in one piece or several), a subtitle, the lines. */
const TITLE_BLOCKS: Record<string, { title: string; subtitle?: string; lines: string[] }> = {
  'blog-gansu-2025': { title: '2025年甘肃省政府工作报告', lines: ['来源：甘肃日报', '——2025年1月20日在甘肃省第十四届人民代表大会第三次会议上', '甘肃省省长任振鹤'] },
  'discuz-lijin-2020': { title: '2020年利津县政府工作报告', lines: ['——2020年5月20日在利津县第十八届人民代表大会', '第四次会议上', '利津县县长张晓彬'] },
  'discuz-lijin-2020-rowless': { title: '2020年利津县政府工作报告', lines: ['——2020年5月20日在利津县第十八届人民代表大会', '第四次会议上', '利津县县长张晓彬'] },
  'discuz-lijin-2020-excerpt': { title: '2020年利津县政府工作报告', lines: ['——2020年5月20日在利津县第十八届人民代表大会', '第四次会议上', '利津县县长张晓彬'] },
  'discuz-mobile-jiangxi-2026': { title: '2026年江西省政府工作报告', lines: ['——2026年1月27日在江西省第十四届人民代表大会第四次会议上', '来源：江西日报', '时间：2026-02-05', '省长叶建春'] },
  'discuz-split-gd-2025': { title: '2025年广东省政府工作报告', lines: ['来源:南方日报', '——2025年1月15日在广东省第十四届人民代表大会第三次会议上', '广东省省长王伟中'] },
  'news-national-2019': { title: '2019年政府工作报告', subtitle: '政府工作报告', lines: ['——2019年3月5日在第十三届全国人民代表大会第二次会议上', '国务院总理李克强'] },
  'plain-tibet-2025': { title: '2025年西藏政府工作报告', lines: ['来源：西藏日报', '——2025年1月19日在西藏自治区第十二届人民代表大会第三次会议上', '西藏自治区代理主席嘎玛泽登'] },
  'malformed-report': { title: '2025年西藏政府工作报告', lines: ['来源：西藏日报', '——2025年1月19日在西藏自治区第十二届人民代表大会第三次会议上', '西藏自治区代理主席嘎玛泽登'] },
  'portal-ha-sanmenxia-2019-budget': { title: '关于三门峡市2019年财政预算执行情况和2020年财政预算（草案）的报告（书面）', lines: ['——2020年5月14日在三门峡市第七届人民代表大会第五次会议上三门峡市财政局局长宋东'] },
  'portal-hn-changsha-2025-communique': { title: '长沙市2025年国民经济和社会发展统计公报', lines: [] },
  'portal-hn-yiyang-2025-budget': { title: '关于益阳市2025年预算执行情况与2026年预算草案的报告', lines: ['——2025年12月24日在益阳市第七届人民代表大会第六次会议上', '益阳市财政局'] },
  'portal-jx-province-2022-communique': { title: '江西省2022年国民经济和社会发展统计公报[1]', lines: ['江西省统计局国家统计局江西调查总队', '2023年3月28日'] },
  'portal-jx-wanzai-2015-communique': { title: '万载县2015年国民经济和社会发展统计公报', lines: [] },
  'portal-jx-wanzai-2022-communique': { title: '万载县2022年国民经济和社会发展统计公报', lines: ['万载县统计局国家统计局万载调查队', '（2023年5月）'] },
  'portal-jx-yichun-2022-communique': { title: '宜春市2022年国民经济和社会发展统计公报', lines: ['宜春市统计局国家统计局宜春调查队', '（2023年4月12日）'] },
  'portal-ln-yingkou-2025-communique': { title: '2025年营口市国民经济和社会发展统计公报', lines: [] },
  'portal-trs-national-2025': { title: '2025年政府工作报告', subtitle: '政府工作报告', lines: ['——2025年3月5日在第十四届全国人民代表大会第三次会议上', '国务院总理李强'] },
  'wechat-shanghai-2025': { title: '2025年上海市政府工作报告', lines: ['----2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告', '来源：解放日报'] },
};

/** The note markers in each page's text (not the notes' own labels), read off the pages. */
const NOTE_MARKERS: Record<string, string[]> = {
  'portal-ln-yingkou-2025-communique': ['[1]', '[2]', '[3]'],
  'portal-jx-province-2022-communique': ['[1]', '[2]', '[3]', '[4]', '[5]', '[7]', '[8]'],
};

interface TitlePart { role: string; text: string; top: number; bottom: number; fontSize: number }
interface HeadingLook { level: string; color: string; weight: string; decoration: string; align: string | null; border: string | null; sizeRatio: number; textColours: string[] }
interface Look {
  bodyFontSize: number;
  parts: TitlePart[];
  /** the text nearest the top of the page among all visible text: inside the title block? */
  topmostInTitle: boolean;
  headings: HeadingLook[];
  notes: { text: string; verticalAlign: string; sizeRatio: number }[];
  brokenImages: number;
  brokenVisible: number;
}

/** What the reading view shows, read in the page. */
const readLook = `(() => {
  const squeeze = (text) => text.replace(/[\\s\\u00a0\\u3000]+/g, '');
  const body = document.querySelector('[data-report-lens-body]');
  const bodyFontSize = parseFloat(getComputedStyle(body).fontSize);
  const visible = (element) => element.checkVisibility({ checkVisibilityCSS: true }) && element.getClientRects().length > 0;
  const titleElements = Array.from(document.querySelectorAll('[data-report-lens-title], [data-report-lens-head]')).filter(visible);
  const parts = titleElements.map((element) => {
    const role = element.hasAttribute('data-report-lens-title')
      ? (element.getAttribute('data-report-lens-title') === 'line' ? 'line' : 'title')
      : element.getAttribute('data-report-lens-head').split(' ')[0];
    const box = element.getBoundingClientRect();
    return { role, text: squeeze(element.textContent), top: box.top + scrollY, bottom: box.bottom + scrollY, fontSize: parseFloat(getComputedStyle(element).fontSize) };
  });
  let topmost = null;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!node.data.trim() || !node.parentElement || !visible(node.parentElement)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = Array.from(range.getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0);
    if (!rects.length) continue;
    const top = Math.min(...rects.map((rect) => rect.top)) + scrollY;
    if (!topmost || top < topmost.top - 0.5) topmost = { top, node };
  }
  const topmostInTitle = Boolean(topmost && titleElements.some((element) => element.contains(topmost.node)));
  const headings = Array.from(document.querySelectorAll('[data-report-lens-heading], report-lens-heading')).filter(visible).map((element) => {
    const style = getComputedStyle(element);
    const own = element.hasAttribute('data-report-lens-heading');
    const colours = new Set();
    const texts = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    while (texts.nextNode()) {
      const parent = texts.currentNode.parentElement;
      if (texts.currentNode.data.trim() && parent && !parent.closest('report-lens-mark')) colours.add(getComputedStyle(parent).color);
    }
    return {
      level: own ? element.getAttribute('data-report-lens-heading') : element.getAttribute('data-level'),
      color: style.color, weight: style.fontWeight, decoration: style.textDecorationLine,
      align: own ? style.textAlign : null, border: own ? style.borderBottomWidth : null,
      sizeRatio: Math.round((parseFloat(style.fontSize) / bodyFontSize) * 100) / 100,
      textColours: Array.from(colours),
    };
  });
  const notes = Array.from(document.querySelectorAll('report-lens-note')).map((note) => ({
    text: note.textContent, verticalAlign: getComputedStyle(note).verticalAlign,
    sizeRatio: parseFloat(getComputedStyle(note).fontSize) / parseFloat(getComputedStyle(note.parentElement).fontSize),
  }));
  const images = Array.from(document.images).filter((image) => image.complete && image.naturalWidth === 0);
  return { bodyFontSize, parts, topmostInTitle, headings, notes, brokenImages: images.length, brokenVisible: images.filter(visible).length };
})()`;

/** What a reader should see of a layout's reading view: its title block as
 * written down above, headings in the view's palette, notes raised, no
 * broken image. */
function expectItsLook(name: string, look: Look): void {
  const wanted = TITLE_BLOCKS[name];
  if (!wanted) throw new Error(`no title block written down for ${name}`);
  const titles = look.parts.filter((part) => part.role === 'title');
  expect(titles.map((part) => part.text).join('')).toBe(wanted.title);
  expect(look.parts.filter((part) => part.role === 'subtitle').map((part) => part.text)).toEqual(wanted.subtitle ? [wanted.subtitle] : []);
  const lines = look.parts.filter((part) => part.role === 'line');
  expect(lines.map((part) => part.text)).toEqual(wanted.lines);
  // the title opens the page: no visible text above it; it is large, the lines small
  expect(look.parts[0]?.role).toBe('title');
  expect(look.topmostInTitle, 'the topmost text on the page is the title block').toBe(true);
  for (const title of titles) expect(title.fontSize).toBeGreaterThanOrEqual(1.4 * look.bodyFontSize);
  for (const line of lines) expect(line.fontSize).toBeLessThanOrEqual(0.85 * look.bodyFontSize);
  // together: each line right under the one before it
  for (let index = 1; index < lines.length; index++) {
    const gap = (lines[index]?.top ?? 0) - (lines[index - 1]?.bottom ?? 0);
    expect(gap, `gap above "${lines[index]?.text}"`).toBeLessThanOrEqual(0.5 * look.bodyFontSize);
    expect(gap).toBeGreaterThanOrEqual(-1);
  }
  const lastTitle = look.parts.filter((part) => part.role !== 'line').pop();
  if (lastTitle && lines[0]) expect(lines[0].top - lastTitle.bottom).toBeLessThanOrEqual(1.5 * look.bodyFontSize);

  expect(look.headings.length).toBeGreaterThan(0);
  for (const heading of look.headings) {
    expect(heading.textColours, `the text of a level-${heading.level} heading in one colour`).toEqual([heading.color]);
    if (heading.align !== null) expect(['left', 'start']).toContain(heading.align);
    if (heading.border !== null) expect(heading.border).toBe('0px');
    expect(heading.decoration).toBe('none');
  }

  for (const note of look.notes) {
    expect(note.verticalAlign).toBe('super');
    expect(note.sizeRatio).toBeLessThan(0.8);
  }
  const markers = NOTE_MARKERS[name];
  if (markers) expect(look.notes.map((note) => note.text)).toEqual(markers);
  expect(look.brokenVisible, 'broken images shown').toBe(0);
}

describe('the reading view on every layout (Chromium)', () => {
  const lab = chromiumLab();
  const looks = new Map<string, Look>();
  const cases = listPageCases().filter((pageCase) => pageCase.expected.detection.isReport);

  it('knows every report layout of the corpus', () => {
    expect(cases.map((pageCase) => pageCase.name).sort()).toEqual(Object.keys(TITLE_BLOCKS).sort());
  });

  for (const pageCase of listPageCases().filter((candidate) => candidate.expected.detection.isReport)) {
    it(`${pageCase.name}: title block, headings, notes, images`, async () => {
      const page = await lab.open(pageCase.path);
      try {
        const look = (await page.evaluate(readLook)) as Look;
        looks.set(pageCase.name, look);
        expectItsLook(pageCase.name, look);
        await page.screenshot({ path: screenshotPath(`reading-${pageCase.name}`) });
      } finally {
        await page.close();
      }
    });
  }

  it('the reading view with the UI in Chinese and in English (the README\'s pictures)', async () => {
    const page = await lab.browser.newPage();
    const setLanguage = (language: string) =>
      lab.browser.context.serviceWorkers()[0]?.evaluate(async (value) => {
        const storage = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(value: object): Promise<void> } } } }).chrome.storage.local;
        const current = ((await storage.get('settings'))['settings'] ?? {}) as Record<string, unknown>;
        await storage.set({ settings: { ...current, language: value } });
      }, language);
    const tabName = () => page.evaluate(() => document.querySelector('report-lens-sidebar')?.shadowRoot?.querySelector('[data-tab="outline"]')?.textContent ?? '');
    try {
      await lab.visit(page, '/pages/wechat-shanghai-2025/index.html');
      await setLanguage('zh');
      await expect.poll(tabName).toBe('大纲');
      await page.screenshot({ path: screenshotPath('reading-view-zh') });
      await setLanguage('en');
      await expect.poll(tabName).toBe('Outline');
      await page.screenshot({ path: screenshotPath('reading-view-en') });
    } finally {
      await setLanguage('auto');
      await page.close();
    }
  });

  it('headings look the same on every site, level by level', () => {
    expect(looks.size).toBe(cases.length);
    for (const level of ['1', '2', '3']) {
      const seen = new Set<string>();
      for (const look of looks.values()) {
        for (const heading of look.headings.filter((candidate) => candidate.level === level)) {
          seen.add(JSON.stringify([heading.color, heading.weight, heading.sizeRatio]));
        }
      }
      if (level !== '3') expect(seen.size, `level ${level}: ${[...seen].join(' ')}`).toBe(1);
      else expect(seen.size).toBeLessThanOrEqual(1);
    }
    // the sites' own: WeChat's and the Jiangxi portal's headings are red and centred without the view
    const wechat = looks.get('wechat-shanghai-2025')?.headings.find((heading) => heading.level === '1');
    expect(wechat?.color).not.toBe('rgb(192, 0, 0)');
    // broken images were there to hide: the Jiangxi portal's charts point at a host the test blocks
    expect(looks.get('portal-jx-province-2022-communique')?.brokenImages ?? 0).toBeGreaterThan(0);
  });
});

describe('the reader\'s measure and type size (Chromium)', () => {
  const lab = chromiumLab({ viewport: { width: 1900, height: 1000 } });
  let page: Page;

  beforeAll(async () => {
    page = await lab.browser.newPage();
  });

  /** Stores the reading settings as the options page does; the background relays them to the page. */
  async function setReading(readingWidth: string, fontSize: string): Promise<void> {
    await lab.browser.context.serviceWorkers()[0]?.evaluate(
      async ({ readingWidth: width, fontSize: size }) => {
        const storage = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(value: object): Promise<void> } } } }).chrome.storage.local;
        const current = ((await storage.get('settings'))['settings'] ?? {}) as Record<string, unknown>;
        await storage.set({ settings: { ...current, readingWidth: width, fontSize: size } });
      },
      { readingWidth, fontSize },
    );
  }

  const measure = () => page.evaluate(() => {
    const body = document.querySelector('[data-report-lens-body]') as HTMLElement;
    const title = document.querySelector('[data-report-lens-title=""]');
    const style = getComputedStyle(body);
    const box = body.getBoundingClientRect();
    const titleBox = title?.getBoundingClientRect();
    return {
      fontSize: parseFloat(style.fontSize),
      contentWidth: box.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
      edges: [box.left, box.right],
      titleEdges: titleBox ? [titleBox.left, titleBox.right] : null,
    };
  });

  it('follows the settings: type size in px and a measure in characters of it; the title as wide as the report; the page given back exactly', async () => {
    await lab.visit(page, '/pages/portal-hn-yiyang-2025-budget/index.html');
    const standard = await measure();
    expect(standard.fontSize).toBe(18);
    expect(standard.contentWidth).toBeCloseTo(40 * 18, 0);
    expect(standard.titleEdges).toEqual(standard.edges);
    // the original, before the settings change
    await sidebarAction(page, 'toggle-original').click();
    await waitForLensAttribute(page, 'off');
    const original = (await page.evaluate(readBodyHtml)) as string;
    await sidebarAction(page, 'toggle-original').click();
    await waitForReady(page);

    // characters a line × px a character: narrow 32, standard 40, wide 52; small 16, standard 18, large 21 px
    for (const [width, size, chars, px] of [['wide', 'large', 52, 21], ['narrow', 'small', 32, 16], ['wide', 'small', 52, 16], ['standard', 'large', 40, 21]] as const) {
      await setReading(width, size);
      await expect.poll(async () => (await measure()).fontSize, { timeout: 5_000 }).toBe(px);
      const seen = await measure();
      expect(seen.contentWidth, `${width}, ${size}`).toBeCloseTo(chars * px, 0);
      expect(seen.titleEdges, 'the title above is as wide as the report').toEqual(seen.edges);
      if (width === 'wide' && size === 'large') await page.screenshot({ path: screenshotPath('reading-wide-large') });
    }
    await sidebarAction(page, 'toggle-original').click();
    await waitForLensAttribute(page, 'off');
    expect((await page.evaluate(readBodyHtml)) as string).toBe(original);
    // a reload keeps the setting
    await page.reload({ waitUntil: 'load' });
    await waitForReady(page);
    expect((await measure()).fontSize).toBe(21);
    await setReading('standard', 'standard');
  });
});
