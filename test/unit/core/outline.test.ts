import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../src/core/text';
import { buildOutline, flattenOutline, sectionForBlock } from '../../../src/core/outline';
import { outlineEntries } from '../../../src/core/outline-nodes';
import type { Block, OutlineNode } from '../../../src/core/types';
import { repoPath } from '../../fixtures/paths';

const SEEDS = repoPath('seeds');

function outlineOf(relativePath: string): OutlineNode[] {
  return buildOutline(blocksFromText(readFileSync(join(SEEDS, relativePath), 'utf8')));
}

const blocks = (...lines: string[]): Block[] => lines.map((text) => ({ text }));

interface ReportCase {
  file: string;
  level1: string[];
  level2Counts: number[];
  /** titles of appendix/glossary entries, main part excluded */
  appendix?: string[];
  appendixItemCounts?: number[];
}

// Written by reading each report (grep for 一、 / （一） / 一是 / 第一， at line starts).
const REPORTS: ReportCase[] = [
  {
    file: '000_ad147ba315cb1764.txt',
    level1: ['2019年工作回顾', '2020年总体要求', '2020年主要工作', '加强政府自身建设'],
    level2Counts: [7, 0, 10, 4],
  },
  {
    // no （一） level; its own-line 第一，… headings are skipped by default (see the option test)
    file: 'reports/cn-national-1998-gwr/report.txt',
    level1: ['关于过去五年的政府工作', '关于1 9 9 8 年政府工作的建议', '关于国际形势和外交工作'],
    level2Counts: [0, 0, 0],
  },
  {
    file: 'reports/cn-national-2010-gwr/report.txt',
    level1: ['2009年工作回顾', '2010年主要任务'],
    level2Counts: [4, 8],
  },
  {
    file: 'reports/cn-national-2016-gwr/report.txt',
    level1: ['2015年工作回顾', '“十三五”时期主要目标任务和重大举措', '2016年重点工作'],
    level2Counts: [6, 0, 8],
  },
  {
    file: 'reports/cn-national-2019-gwr/report.txt',
    level1: ['2018年工作回顾', '2019年经济社会发展总体要求和政策取向', '2019年政府工作任务'],
    level2Counts: [8, 0, 10],
  },
  {
    file: 'reports/cn-national-2022-gwr/report.txt',
    level1: ['2021年工作回顾', '2022年经济社会发展总体要求和政策取向', '2022年政府工作任务'],
    level2Counts: [8, 0, 9],
  },
  {
    file: 'reports/cn-national-2025-gwr/report.txt',
    level1: ['2024年工作回顾', '2025年经济社会发展总体要求和政策取向', '2025年政府工作任务'],
    level2Counts: [7, 0, 10],
  },
  {
    file: 'reports/county-jx-wanzai-2015-communique/report.txt',
    level1: ['综合', '农业', '工业与建筑业', '固定资产投资', '国内贸易和服务业', '交通、邮电和旅游业', '对外经济',
      '金融和保险业', '科学技术和教育', '文化、卫生和体育事业', '环境保护', '人口与人民生活'],
    level2Counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  },
  {
    file: 'reports/county-jx-wanzai-2022-communique/report.txt',
    level1: ['综合', '农业', '工业与建筑业', '服务业', '固定资产投资', '国内贸易', '对外经济', '财政金融',
      '居民收入消费和社会保障', '教育和科学技术', '文化旅游和卫生健康', '资源和环境保护'],
    level2Counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  },
  {
    file: 'reports/gd-province-2025-gwr/report.txt',
    level1: ['2024年工作回顾', '2025年工作安排'],
    level2Counts: [9, 12],
    appendix: ['2025年省十件民生实事', '名词解释'],
    appendixItemCounts: [10, 18],
  },
  {
    file: 'reports/gs-province-2025-gwr/report.txt',
    level1: ['2024年工作回顾', '2025年工作总体要求和预期目标', '2025年重点工作'],
    level2Counts: [6, 0, 8],
  },
  {
    file: 'reports/jx-province-2022-communique/report.txt',
    level1: ['综合', '农业', '工业和建筑业', '服务业', '固定资产投资', '国内贸易', '对外经济', '财政金融',
      '居民收入消费和社会保障', '科学技术与教育', '文化旅游、卫生健康与体育', '资源、环境和应急管理'],
    level2Counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  },
  {
    file: 'reports/jx-province-2026-gwr/report.txt',
    level1: ['2025年工作及“十四五”时期发展回顾', '“十五五”时期发展的主要考虑', '2026年工作安排'],
    level2Counts: [6, 4, 8],
    appendix: ['《政府工作报告》有关内容名词注释'],
    appendixItemCounts: [26],
  },
  {
    file: 'reports/jx-yichun-2022-communique/report.txt',
    level1: ['综合', '农业', '工业和建筑业', '服务业', '固定资产投资', '国内贸易', '开放型经济', '财政金融保险',
      '教育和科学技术', '文化旅游、卫生健康和体育', '居民收入消费和社会保障', '资源、环境和安全生产'],
    level2Counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  },
  {
    file: 'reports/sh-municipality-2025-gwr/report.txt',
    level1: ['2024年工作回顾', '2025年主要任务', '全面提升政府治理现代化水平'],
    level2Counts: [6, 9, 4],
  },
  {
    file: 'reports/xz-province-2025-gwr/report.txt',
    level1: ['2024年工作回顾', '2025年工作安排'],
    level2Counts: [7, 9],
  },
];

describe('buildOutline over the seed reports', () => {
  it.each(REPORTS)('$file', ({ file, level1, level2Counts, appendix, appendixItemCounts }) => {
    const outline = outlineOf(file);
    const main = outline.filter((node) => node.appendix !== true);
    expect(main.map((node) => node.title)).toEqual(level1);
    expect(main.map((node) => node.children.length)).toEqual(level2Counts);
    if (appendix !== undefined) {
      const extra = outline.filter((node) => node.appendix === true);
      expect(extra.map((node) => node.title)).toEqual(appendix);
      expect(extra.map((node) => node.children.length)).toEqual(appendixItemCounts);
      for (const node of flattenOutline(extra)) expect(node.appendix).toBe(true);
    }
    // appendices come after the main part, never between its sections
    const firstAppendix = outline.findIndex((node) => node.appendix === true);
    if (firstAppendix >= 0) expect(outline.slice(firstAppendix).every((node) => node.appendix === true)).toBe(true);
  });

  it('titles the seed forum thread run-in headings up to their 。 with half-width parens kept in the label', () => {
    const outline = outlineOf('000_ad147ba315cb1764.txt');
    const review = outline[0];
    expect(review?.label).toBe('一、');
    expect(review?.children[0]?.label).toBe('(一)');
    expect(review?.children[0]?.title).toBe('经济实现平稳健康发展');
    expect(outline[3]?.children[0]?.title).toBe('坚持忠诚履职,提高站位抓落实');
  });

  it('titles 一是 lead phrases up to their first comma (Gansu 2025)', () => {
    const outline = outlineOf('reports/gs-province-2025-gwr/report.txt');
    expect(outline[0]?.children.map((node) => node.title)).toEqual([
      '聚力打好稳增长阵地战', '聚力打好调结构突围战', '聚力打好促改革攻坚战',
      '聚力打好扩开放主动战', '聚力打好惠民生持久战', '聚力打好防风险保卫战',
    ]);
    expect(outline[0]?.children[0]?.label).toBe('一是');
  });

  it('labels appendix headings 附件N and takes a bare 附件\'s name from the next line', () => {
    const outline = buildOutline(blocks('一、回顾', '二、安排', '附件1', '十件民生实事', '一、养老。', '附件2 名词解释', '1.甲：说明。', '附件'));
    const extra = outline.filter((node) => node.appendix === true);
    expect(extra.map((node) => [node.label, node.title, node.block])).toEqual([
      ['附件1', '十件民生实事', 3],
      ['附件2', '名词解释', 5],
      ['附件', '附件', 7],
    ]);
    expect(extra[1]?.children[0]).toMatchObject({ label: '1.', title: '甲', level: 2, appendix: true });
  });

  it('reads 01综合 numbering with the digits as label', () => {
    const outline = outlineOf('reports/jx-province-2022-communique/report.txt');
    expect(outline[0]?.label).toBe('01');
    expect(outline[11]?.label).toBe('12');
  });

  it('keeps the Jiangxi 2026 page chrome, title block and preface out of the outline', () => {
    const titles = flattenOutline(outlineOf('reports/jx-province-2026-gwr/report.txt')).map((node) => node.title);
    for (const chrome of ['下载', '打印', '全屏', '2026年江西省政府工作报告', '各位代表']) {
      expect(titles).not.toContain(chrome);
    }
  });
});

// 一是 … runs at the start of paragraphs in the review section of reports that do have
// （一） later, counted with grep: children by default, none with leadPhrasesPerSection off.
const REVIEW_LEAD_RUNS: [string, number][] = [
  ['reports/cn-national-2016-gwr/report.txt', 6],
  ['reports/cn-national-2019-gwr/report.txt', 8],
  ['reports/cn-national-2022-gwr/report.txt', 8],
  ['reports/cn-national-2025-gwr/report.txt', 7],
  ['reports/gd-province-2025-gwr/report.txt', 9],
  ['reports/jx-province-2026-gwr/report.txt', 6],
  ['reports/xz-province-2025-gwr/report.txt', 7],
];

describe('buildOutline options', () => {
  it.each(REVIEW_LEAD_RUNS)('%s: the review gets its %i 一是 children, none with leadPhrasesPerSection off', (file, count) => {
    const text = readFileSync(join(SEEDS, file), 'utf8');
    const outline = buildOutline(blocksFromText(text));
    expect(outline[0]?.children.length).toBe(count);
    expect(outline[0]?.children[0]?.label).toBe('一是');
    expect(buildOutline(blocksFromText(text), { leadPhrasesPerSection: false })[0]?.children.length).toBe(0);
  });

  it('promoteLoneMinorHeadings makes the 1998 第一，… lines second-level', () => {
    const text = readFileSync(join(SEEDS, 'reports/cn-national-1998-gwr/report.txt'), 'utf8');
    const outline = buildOutline(blocksFromText(text), { promoteLoneMinorHeadings: true });
    expect(outline.map((node) => node.children.length)).toEqual([5, 8, 0]);
    expect(outline[1]?.children[0]).toMatchObject({ label: '第一，', title: '进一步稳定和加强农业' });
  });
});

describe('buildOutline on hand-made lines', () => {
  it('finds levels whatever the indent (ASCII, U+00A0, U+3000) and gives label+title offsets', () => {
    const outline = buildOutline(blocks(
      '\u3000\u3000一、2024年工作回顾',
      '\u00a0\u00a0（一）经济运行稳中向好。地区生产总值增长5%。',
      '  二、2025年工作安排',
    ));
    expect(outline.map((node) => node.title)).toEqual(['2024年工作回顾', '2025年工作安排']);
    const first = outline[0];
    // "一、" (2) + "2024年工作回顾" (9) after a two-character indent
    expect(first).toMatchObject({ id: 's1', level: 1, block: 0, start: 2, end: 13 });
    const child = first?.children[0];
    expect(child).toMatchObject({ id: 's2', level: 2, label: '（一）', title: '经济运行稳中向好', block: 1, start: 2, end: 13 });
    expect(outline[1]?.id).toBe('s3');
  });

  it('takes a lone （一）\'s title from its own short next line', () => {
    const outline = buildOutline(blocks('一、工作回顾', '（一）', '稳增长', '正文。', '二、工作安排'));
    expect(outline[0]?.children[0]).toMatchObject({ label: '（一）', title: '稳增长', block: 2, start: 0, end: 3 });
  });

  it('puts finer headings at level 3 only when they stand on a short line', () => {
    const outline = buildOutline(blocks(
      '一、主要任务',
      '（一）扩大内需。',
      '1.提振消费',
      '1.本段是一个以数字开头的长段落，里面讲了很多内容，并不是标题，所以不能算作第三级。',
      '2.扩大投资',
      '二、自身建设',
    ));
    const first = outline[0]?.children[0];
    expect(first?.children.map((node) => [node.level, node.title])).toEqual([[3, '提振消费'], [3, '扩大投资']]);
  });

  it.each([
    ['一是 inside a paragraph', ['一、回顾', '过去一年，一是稳增长，二是调结构。', '二、安排']],
    ['一是 where the section already has （一）', ['一、回顾', '（一）稳增长。', '一是扩大投资，加快建设。', '二、安排']],
    ['a decimal such as 6.5%', ['一、回顾', '6.5%的增长来之不易。', '二、安排']],
    ['a gap in （一）（三）numbering', ['一、回顾', '（二）稳增长。', '二、安排']],
  ])('does not take %s as a subsection', (_name, lines) => {
    const outline = buildOutline(blocks(...lines));
    const counts = outline.map((node) => node.children.length);
    expect(counts[0]).toBe(lines[1]?.startsWith('（一）') ? 1 : 0);
  });

  it('does not take a long 一、 paragraph or an out-of-order 三、 as a section', () => {
    const outline = buildOutline(blocks(
      '一、回顾',
      '三、这一行虽然以三、开头，但顺序不对，所以不是标题。',
      '二、安排',
      '一、这是一个很长很长的段落，它以一、开头，却远远超过标题应有的长度，读起来是正文里的列举，不应当被当作新的一节来看待，更不应该打断正文',
    ));
    expect(outline.map((node) => node.title)).toEqual(['回顾', '安排']);
  });

  it('marks a restarted 一、 run after the main run as appendix', () => {
    const outline = buildOutline(blocks('一、回顾', '二、安排', '三、建设', '一、民生实事甲。', '二、民生实事乙。'));
    expect(outline.map((node) => node.appendix === true)).toEqual([false, false, false, true, true]);
  });

  it('does not let a 注： note line swallow the sections that follow it', () => {
    const outline = buildOutline(blocks('一、回顾', '注：', '二、安排', '三、建设'));
    expect(outline.filter((node) => node.appendix !== true).map((node) => node.title)).toEqual(['回顾', '安排', '建设']);
  });

  it('uses unnumbered section names only when the report has no 一、 numbering', () => {
    expect(buildOutline(blocks('2024年工作回顾', '正文。', '2025年工作安排')).map((node) => node.title))
      .toEqual(['2024年工作回顾', '2025年工作安排']);
    expect(buildOutline(blocks('一、回顾', '2024年工作回顾', '二、安排')).map((node) => node.title)).toEqual(['回顾', '安排']);
    expect(buildOutline(blocks('主要工业产品产量', '产品名称'))).toEqual([]);
  });

  it.each([
    ['empty', []],
    ['blank lines', ['', '   ', '\u3000']],
    ['unbalanced brackets', ['（（（一', '(一', '一、（', '）)）', '（一）']],
    ['binary junk', ['\u0000\u0001\ufffd\ud800', '一、\u0000']],
  ])('never throws on %s', (_name, lines) => {
    expect(() => buildOutline(blocks(...lines))).not.toThrow();
  });

  it('stays linear on a 5 MB single line and on 100,000 headings', () => {
    const long = '（一）'.repeat(1) + '很'.repeat(5_000_000);
    let started = performance.now();
    buildOutline(blocks('一、回顾', long, '二、安排'));
    expect(performance.now() - started).toBeLessThan(1000);
    const many = Array.from({ length: 100_000 }, () => '一、回顾');
    started = performance.now();
    buildOutline(blocks(...many));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('flattenOutline and sectionForBlock', () => {
  const outline = buildOutline(blocks('前言', '一、回顾', '（一）甲。', '正文', '（二）乙。', '二、安排', '正文'));
  const flat = flattenOutline(outline);

  it('lists nodes depth-first with ids in order', () => {
    expect(flat.map((node) => node.id)).toEqual(['s1', 's2', 's3', 's4']);
    expect(flat.map((node) => node.title)).toEqual(['回顾', '甲', '乙', '安排']);
  });

  it('outlineEntries walks in the same order and gives each node the sections it lies in', () => {
    const entries = outlineEntries(outline);
    expect(entries.map((entry) => entry.node)).toEqual(flat);
    expect(entries.map((entry) => entry.ancestors.map((section) => section.title))).toEqual([[], ['回顾'], ['回顾'], []]);
  });

  it.each([
    [0, null],
    [1, '回顾'],
    [3, '甲'],
    [4, '乙'],
    [6, '安排'],
  ])('block %i lies in %s', (block, title) => {
    expect(sectionForBlock(flat, block)?.title ?? null).toBe(title);
  });

  it('answers null on an empty outline', () => {
    expect(sectionForBlock([], 3)).toBeNull();
  });
});
