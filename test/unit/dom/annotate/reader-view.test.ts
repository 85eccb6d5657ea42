import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTree, parse, fixture, required, treeArbitrary } from '../../../fixtures/dom-fixtures';
import { readBlocks } from '../../../../src/dom/read/blocks';
import { wrapFigures, type MarkSpec } from '../../../../src/dom/annotate/highlight';
import { applyReaderView, READER_VIEW_CSS, type ReaderHeading } from '../../../../src/dom/annotate/reader-view';
import { installStyleSheet } from '../../../../src/dom/style-sheets';
import { findReportBody } from '../../../../src/dom/read/report-body';
import { combineUndos } from '../../../../src/dom/undo';
import { repoPath } from '../../../fixtures/paths';

// the hand-written fixtures are short; real reports pass the default thresholds
const SMALL_FIXTURE = { minSiteRuleCjk: 40, minFallbackCjk: 40 };

/** Every figure-like stretch of every block (digits with the units that
 * follow), found by a pattern here so that the test does not depend on core. */
function figureSpecs(blocks: { text: string }[]): MarkSpec[] {
  const specs: MarkSpec[] = [];
  blocks.forEach((block, index) => {
    for (const match of block.text.matchAll(/\d+(?:\.\d+)?(?:%|亿元|万吨|万亩)?(?:左右)?/g)) {
      const start = match.index ?? 0;
      specs.push({
        id: `m${specs.length + 1}`,
        block: index,
        start,
        end: start + match[0].length,
        kind: specs.length % 2 ? 'target' : 'actual',
        headline: specs.length % 3 === 0,
        relation: 'increase',
      });
    }
  });
  return specs;
}

/** Headings as core numbers them (一、 / （一）), found by a pattern here. */
function headingSpecs(blocks: { text: string }[]): ReaderHeading[] {
  const headings: ReaderHeading[] = [];
  blocks.forEach((block, index) => {
    const match = /^([\s\u00a0\u3000]*)((?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)[^。；：]{1,30}?)(?:$|。|[\s\u00a0\u3000]*$)/.exec(
      block.text,
    );
    if (!match) return;
    const start = required(match[1]).length;
    const level = required(match[2]).startsWith('（') ? 2 : 1;
    headings.push({ block: index, start, end: start + required(match[2]).length, level });
  });
  return headings;
}

describe('reader view and highlights on the Discuz fixture', () => {
  it('marks the way down to the first post, wraps headings and figures, and undoes exactly', () => {
    const doc = fixture('discuz-thread.html');
    const before = doc.body.outerHTML;
    const body = required(findReportBody(doc, SMALL_FIXTURE));
    expect(body.id).toBe('postmessage_101');
    const map = readBlocks(body);
    const headings = headingSpecs(map.blocks);
    expect(headings.map((h) => h.block)).toEqual([3, 5]);
    const undoView = applyReaderView(doc, map, headings);
    const { undo: undoMarks, elements } = wrapFigures(doc, map, figureSpecs(map.blocks));

    expect(body.getAttribute('data-report-lens-body')).toBe('');
    for (const id of ['pid101', 'post_101', 'postlist', 'ct', 'wp']) {
      expect(required(doc.getElementById(id)).hasAttribute('data-report-lens-path')).toBe(true);
    }
    expect(doc.body.hasAttribute('data-report-lens-path')).toBe(true);
    // replies, the author column, header and footer are beside the path
    for (const id of ['post_102', 'favatar101', 'toptb', 'ft', 'f_pst']) {
      expect(required(doc.getElementById(id)).hasAttribute('data-report-lens-path')).toBe(false);
    }
    expect(doc.documentElement.hasAttribute('data-report-lens-path')).toBe(false);

    // <br>-separated headings share the post cell, so they are wrapped
    const wrappedHeadings = [...body.querySelectorAll('report-lens-heading')];
    expect(wrappedHeadings.map((el) => [el.textContent, el.getAttribute('data-level')])).toEqual([
      ['一、2019年工作回顾', '1'],
      ['二、2020年总体要求', '1'],
    ]);

    // the figure split by <b> is two marks with one id
    const splitId = [...elements].find(([, els]) => els.length === 2)?.[0];
    expect(splitId).toBeDefined();
    const pieces = required(elements.get(required(splitId)));
    expect(pieces.map((el) => el.textContent)).toEqual(['6.5', '%左右']);
    expect(pieces[0]?.parentElement?.localName).toBe('b');
    for (const el of pieces) expect(el.getAttribute('data-metric-id')).toBe(splitId);
    // every mark in the page is its own element with its own figure's id
    const inPage = [...body.querySelectorAll('report-lens-mark')];
    expect(inPage.length).toBe([...elements.values()].flat().length);
    for (const [id, els] of elements) for (const el of els) expect(inPage.includes(el) && el.getAttribute('data-metric-id') === id).toBe(true);

    // m1 is 2020 of the title line, m2 is 2019, m3 the first figure of block 4
    const mark = required(body.querySelector('report-lens-mark[data-metric-id="m3"]'));
    expect(mark.textContent).toBe('221.46亿元');
    expect(mark.getAttribute('data-kind')).toBe('actual');
    expect(mark.hasAttribute('data-headline')).toBe(false);
    expect(mark.getAttribute('data-relation')).toBe('increase');
    expect(splitId).toBe('m4');
    expect(pieces[1]?.getAttribute('data-kind')).toBe('target');
    expect(pieces[1]?.getAttribute('data-headline')).toBe('true');

    combineUndos([undoView, undoMarks])();
    expect(doc.body.outerHTML).toBe(before);
  });

  it('restores the page when the undos run in the order they were made', () => {
    const doc = fixture('discuz-thread.html');
    const before = doc.body.outerHTML;
    const map = readBlocks(required(findReportBody(doc, SMALL_FIXTURE)));
    const undoView = applyReaderView(doc, map, headingSpecs(map.blocks));
    const { undo: undoMarks } = wrapFigures(doc, map, figureSpecs(map.blocks));
    undoView();
    undoMarks();
    expect(doc.body.outerHTML).toBe(before);
  });

  it('leaves text nodes as many as they were: only our splits are re-joined', () => {
    const doc = parse('<body><p id="p">甲</p></body>');
    const p = required(doc.getElementById('p'));
    p.appendChild(doc.createTextNode('增长6.5%'));
    p.appendChild(doc.createTextNode('左右'));
    const map = readBlocks(p);
    expect(map.blocks[0]?.text).toBe('甲增长6.5%左右');
    const { undo } = wrapFigures(doc, map, [
      { id: 'm1', block: 0, start: 3, end: 9, kind: 'target', headline: false, relation: 'increase' },
    ]);
    expect([...p.querySelectorAll('report-lens-mark')].map((el) => el.textContent)).toEqual(['6.5%', '左右']);
    undo();
    expect([...p.childNodes].map((n) => n.textContent)).toEqual(['甲', '增长6.5%', '左右']);
  });
});

describe('reader view on the portal fixture', () => {
  it('sets the heading attribute on paragraphs that are headings of their own', () => {
    const doc = fixture('portal-article.html');
    const before = doc.body.outerHTML;
    const body = required(findReportBody(doc, SMALL_FIXTURE));
    expect(body.id).toBe('zoomcon');
    const map = readBlocks(body);
    const undo = applyReaderView(doc, map, [
      { block: 2, start: 0, end: 4, level: 1 },
      // a run-in lead: only part of the paragraph
      { block: 3, start: 0, end: 4, level: 2 },
    ]);
    const heading = map.elementFor(2);
    expect(heading.getAttribute('data-report-lens-heading')).toBe('1');
    expect(body.querySelector('report-lens-heading[data-level="2"]')?.textContent).toBe('初步核算');
    expect(doc.querySelector('.xxgk-detail')?.hasAttribute('data-report-lens-path')).toBe(true);
    expect(doc.querySelector('.header')?.hasAttribute('data-report-lens-path')).toBe(false);
    undo();
    expect(doc.body.outerHTML).toBe(before);
  });
});

describe('boilerplate inside the body', () => {
  it('hides the follow-us prompt with its frame and the credit line, keeps the source line', () => {
    const doc = parse(
      '<body><div id="js_content"><section id="frame"><p><span>点击上方蓝字“示例发布”关注我们</span></p></section>' +
        '<p id="source">来源：示例日报</p><p>各位代表：现在，我代表市人民政府向大会报告工作。</p>' +
        '<p id="credit">编辑：小申　校对：小政</p></div></body>',
    );
    const before = doc.body.outerHTML;
    const root = required(doc.getElementById('js_content'));
    const undo = applyReaderView(doc, readBlocks(root), []);
    const hidden = [...root.querySelectorAll('[data-report-lens-hidden]')].map((el) => el.id);
    expect(hidden).toEqual(['frame', 'credit']);
    undo();
    expect(doc.body.outerHTML).toBe(before);
  });
});

describe('installStyleSheet', () => {
  it('installs and removes the sheet without touching body', () => {
    const doc = fixture('portal-article.html');
    const before = doc.body.outerHTML;
    const sheetsBefore = doc.adoptedStyleSheets?.length ?? 0;
    const undo = installStyleSheet(doc, READER_VIEW_CSS);
    const adopted = (doc.adoptedStyleSheets?.length ?? 0) > sheetsBefore;
    const styleElement = doc.querySelector('style[data-report-lens]');
    // whichever way was used, exactly one
    expect(adopted !== (styleElement !== null)).toBe(true);
    if (styleElement) expect(styleElement.parentElement).toBe(doc.documentElement);
    expect(doc.body.outerHTML).toBe(before);
    undo();
    expect(doc.adoptedStyleSheets?.length ?? 0).toBe(sheetsBefore);
    expect(doc.querySelector('style[data-report-lens]')).toBeNull();
  });

  it('falls back to a <style> after <body> when constructed sheets are missing', () => {
    const doc = fixture('portal-article.html');
    Object.defineProperty(doc, 'adoptedStyleSheets', { value: undefined, configurable: true });
    const undo = installStyleSheet(doc, READER_VIEW_CSS);
    const style = required(doc.querySelector('style[data-report-lens]'));
    expect(style.previousElementSibling).toBe(doc.body);
    expect(style.textContent).toBe(READER_VIEW_CSS);
    undo();
    expect(doc.querySelector('style[data-report-lens]')).toBeNull();
  });

  it('hides non-path siblings only under html[data-report-lens-view] (set with the view, before the marks and "ready")', () => {
    expect(READER_VIEW_CSS).toContain(
      'html[data-report-lens-view] [data-report-lens-path] > :not([data-report-lens-path]):not([data-report-lens-body]):not([data-report-lens-part]):not([data-report-lens-title]) { display: none !important; }',
    );
    expect(READER_VIEW_CSS).toMatch(/padding: [^;]*380px/);
    // the measure: 40 characters of the reader's type size (18 px) unless the settings say otherwise
    expect(READER_VIEW_CSS).toMatch(/max-width: calc\(var\(--report-lens-measure, 40\) \* var\(--report-lens-font, 18px\)\)/);
  });
});

const pagesDir = repoPath('seeds/pages');
const pageNames = existsSync(pagesDir)
  ? readdirSync(pagesDir).filter((name) => existsSync(resolve(pagesDir, name, 'index.html')))
  : [];

describe.each(pageNames)('round trip on seeds/pages/%s', (name) => {
  it('reader view + highlights, then undo, leaves body.outerHTML identical', () => {
    const doc = parse(readFileSync(resolve(pagesDir, name, 'index.html'), 'utf8'));
    const before = doc.body.outerHTML;
    const body = findReportBody(doc) ?? doc.body;
    const map = readBlocks(body);
    const undoView = applyReaderView(doc, map, headingSpecs(map.blocks));
    const specs = figureSpecs(map.blocks);
    const { undo: undoMarks, elements } = wrapFigures(doc, map, specs);
    if (specs.length > 0) expect(elements.size).toBeGreaterThan(0);
    for (const [id, els] of elements) {
      const spec = required(specs.find((s) => s.id === id));
      expect(els.map((el) => el.textContent).join('')).toBe(map.blocks[spec.block]?.text.slice(spec.start, spec.end));
    }
    combineUndos([undoView, undoMarks])();
    expect(doc.body.outerHTML).toBe(before);
  });
});

describe('round trip on random markup (property)', () => {
  const treeArb = treeArbitrary(/^[一、（）6.5%左右\u00a0\u3000 \n]{0,8}$/, ['span', 'b', 'strong', 'a', 'p', 'div', 'li', 'td', 'br', 'h2', 'pre']);


  const spanArb = fc.record({ block: fc.nat(30), a: fc.nat(), b: fc.nat() });

  it('any marks and headings, undone in either order, restore body.outerHTML', () => {
    fc.assert(
      fc.property(
        fc.array(treeArb, { maxLength: 5 }),
        fc.array(spanArb, { maxLength: 8 }),
        fc.array(spanArb, { maxLength: 4 }),
        fc.boolean(),
        (trees, markSpans, headingSpans, reverse) => {
          const doc = parse('<body><div id="chrome">导航</div><main><div id="r"></div></main></body>');
          const root = required(doc.getElementById('r'));
          for (const tree of trees) buildTree(doc, root, tree);
          const before = doc.body.outerHTML;
          const map = readBlocks(root);
          const clamp = ({ block, a, b }: { block: number; a: number; b: number }) => {
            const length = map.blocks[block]?.text.length ?? 0;
            const start = a % (length + 1);
            return { block, start, end: start + (b % (length - start + 1)) };
          };
          const headings = headingSpans.map((span) => ({ ...clamp(span), level: 2 as const }));
          const marks = markSpans.map((span, i) => ({
            ...clamp(span),
            id: `m${i}`,
            kind: 'actual' as const,
            headline: false,
            relation: 'level' as const,
          }));
          const undoView = applyReaderView(doc, map, headings);
          const { undo: undoMarks, elements } = wrapFigures(doc, map, marks);
          for (const [id, els] of elements) {
            const mark = required(marks.find((m) => m.id === id));
            expect(els.map((el) => el.textContent).join('')).toBe(map.blocks[mark.block]?.text.slice(mark.start, mark.end));
          }
          if (reverse) combineUndos([undoView, undoMarks])();
          else combineUndos([undoMarks, undoView])();
          expect(doc.body.outerHTML).toBe(before);
        },
      ),
      { numRuns: 150 },
    );
  });
});
