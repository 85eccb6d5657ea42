import { describe, expect, it } from 'vitest';
import {
  COLUMN_LABELS, formatNumber, sectionPathMap, TABLE_COLUMNS, toCitation, toCsv, toExportDocument, toHtmlTable,
  toMarkdown, toTsv,
} from '../../../src/core/export';
import type { Analysis, Metric } from '../../../src/core/types';

function metric(overrides: Partial<Metric>): Metric {
  return {
    id: 'm1', text: '221.46亿元', value: 221.46, unit: '亿元', normalized: { value: 22146000000, unit: '元' },
    indicator: '地区生产总值', relation: 'level', qualifier: 'exact', kind: 'actual', headline: false, period: 2019,
    sectionId: 's1', sentence: '全县实现地区生产总值221.46亿元,同比增长7.9%', block: 3, start: 10, end: 19, ...overrides,
  };
}

const target = metric({
  id: 'm2', text: '6.5%左右', value: 6.5, unit: '%', normalized: { value: 6.5, unit: '%' }, relation: 'increase',
  qualifier: 'about', kind: 'target', headline: true, period: 2020, sectionId: 's2',
  sentence: '经济社会发展主要预期目标是:地区生产总值增长6.5%左右',
});

const analysis: Analysis = {
  detection: { isReport: true, kind: 'work-report', title: '2020年利津县政府工作报告', jurisdiction: '利津县', year: 2020, score: 0.973 },
  outline: [
    { id: 's1', level: 1, label: '一、', title: '2019年工作回顾', block: 1, start: 4, end: 15, children: [] },
    { id: 's2', level: 1, label: '二、', title: '2020年总体要求', block: 8, start: 4, end: 15, children: [] },
  ],
  metrics: [metric({}), target],
};

describe('numbers in tables', () => {
  it.each([
    [22146000000, '22146000000'],
    [6.5, '6.5'],
    [0.1 + 0.2, '0.3'],
    [1.4e12, '1400000000000'],
    [undefined, ''],
    [Number.NaN, ''],
  ])('%s is written %s', (value, written) => expect(formatNumber(value)).toBe(written));
});

describe('JSON export (docs/contract.md §2)', () => {
  const doc = toExportDocument(analysis, 'http://127.0.0.1/pages/seed/');
  it('carries the schema, url, title and detection', () => {
    expect(doc.schema).toBe('report-lens/1');
    expect(doc.url).toBe('http://127.0.0.1/pages/seed/');
    expect(doc.title).toBe('2020年利津县政府工作报告');
    expect(doc.detection).toEqual({ isReport: true, kind: 'work-report', jurisdiction: '利津县', year: 2020, score: 0.97 });
  });
  it('keeps the contract fields of outline and metrics and drops page offsets', () => {
    expect(doc.outline[0]).toEqual({ id: 's1', level: 1, label: '一、', title: '2019年工作回顾', children: [] });
    expect(doc.metrics[1]).toMatchObject({ id: 'm2', text: '6.5%左右', qualifier: 'about', kind: 'target', headline: true, period: 2020, sectionId: 's2' });
    expect(Object.keys(doc.metrics[0] ?? {})).not.toContain('block');
    expect(Object.keys(doc.metrics[0] ?? {})).not.toContain('start');
  });
});

describe('tables', () => {
  it('TSV has a header of the column keys and one line per figure', () => {
    const lines = toTsv(analysis.metrics).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]?.split('\t')).toEqual([...TABLE_COLUMNS]);
    const row = lines[2]?.split('\t') ?? [];
    expect(row[TABLE_COLUMNS.indexOf('text')]).toBe('6.5%左右');
    expect(row[TABLE_COLUMNS.indexOf('normalized_value')]).toBe('6.5');
  });
  it('TSV quotes a cell with a tab or a quote so spreadsheets read it back whole', () => {
    const tsv = toTsv([metric({ sentence: 'a\tb "c"' })]);
    expect(tsv.split('\n')[1]).toContain('"a\tb ""c"""');
  });
  it('CSV quotes commas and uses CRLF', () => {
    const csv = toCsv([metric({})]);
    expect(csv).toContain('\r\n');
    expect(csv).toContain('"全县实现地区生产总值221.46亿元,同比增长7.9%"');
  });
  it('Markdown escapes pipes and folds line breaks', () => {
    const md = toMarkdown([metric({ indicator: 'a|b', sentence: 'x\ny' })]).split('\n');
    expect(md[1]).toMatch(/^\| --- \|/);
    expect(md[2]).toContain('a\\|b');
    expect(md[2]).toContain('x y');
  });
  it('Chinese headers when asked', () => {
    expect(toTsv([], { labels: COLUMN_LABELS.zh }).split('\t')).toContain('指标');
  });
  it('the HTML table escapes page text', () => {
    const html = toHtmlTable([metric({ sentence: '<img src=x onerror=alert(1)>' })]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

it('a citation names the figure, its sentence, the report and the page', () => {
  const citation = toCitation(target, { title: '2020年利津县政府工作报告', url: 'http://x/y', section: '二、2020年总体要求' });
  expect(citation).toContain('地区生产总值：6.5%左右');
  expect(citation).toContain('“经济社会发展主要预期目标是:地区生产总值增长6.5%左右”');
  expect(citation).toContain('2020年利津县政府工作报告 · 二、2020年总体要求 http://x/y');
});

it('section paths name every ancestor', () => {
  const outline: Analysis['outline'] = [{
    id: 's1', level: 1, label: '一、', title: '2019年工作回顾', block: 1, start: 0, end: 1,
    children: [{ id: 's2', level: 2, label: '（一）', title: '经济实现平稳健康发展', block: 2, start: 0, end: 1, children: [] }],
  }];
  const paths = sectionPathMap(outline);
  expect(paths.get('s1')).toBe('一、2019年工作回顾');
  expect(paths.get('s2')).toBe('一、2019年工作回顾 › （一）经济实现平稳健康发展');
});
