import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { chosenColumns, figureClipboard, figureFile, figureFileName, figureTable } from '../../../src/core/figure-table';
import { TABLE_COLUMNS } from '../../../src/core/export';
import { CSV_BOM, reportTable } from '../../../src/core/report-table';
import { sampleAnalysis } from '../../fixtures/ui-fixtures';

const analysis = sampleAnalysis();
const url = 'https://www.lijin.gov.cn/report.html';
const rows = analysis.metrics;
const byKey = (table: ReturnType<typeof figureTable>, id: string) => {
  const row = table.rows.find((cells) => cells[table.keys.indexOf('id')] === id) ?? [];
  return Object.fromEntries(table.keys.map((key, i) => [key, row[i]]));
};

/** Latin words in a cell; the names a report gives (GDP, PM2.5) and units
 * are the reader's own and allowed where the column holds them. */
const latinWords = (text: string) => text.match(/[A-Za-z]{2,}/g) ?? [];

describe('the figures table in the reader’s language', () => {
  it('Chinese: headers and the words of kind, headline, change and qualifier', () => {
    const table = figureTable(analysis, rows, url, { language: 'zh' });
    expect(table.columns.slice(0, 4)).toEqual(['编号', '指标', '原文数值', '数值']);
    expect(byKey(table, 'm6')).toMatchObject({ kind: '目标', headline: '是', relation: '增长', qualifier: '左右' });
    expect(byKey(table, 'm1')).toMatchObject({ kind: '结果', headline: '否', relation: '水平', qualifier: '精确' });
    expect(byKey(table, 'm3')).toMatchObject({ relation: '下降' });
    expect(byKey(table, 'm4')).toMatchObject({ qualifier: '以上' });
    expect(byKey(table, 'm7')).toMatchObject({ qualifier: '区间' });
    expect(byKey(table, 'm8')).toMatchObject({ qualifier: '以内' });
    // numbers stay numbers
    expect(byKey(table, 'm1')).toMatchObject({ value: 221.46, normalized_value: 22146000000, period: 2019 });
  });

  it('Chinese: no Latin word in any cell but the names the report gives', () => {
    const table = figureTable(analysis, rows, url, { language: 'zh' });
    const names = new Set(['indicator', 'sentence', 'text', 'unit', 'normalized_unit']);
    expect(table.columns.flatMap(latinWords)).toEqual([]);
    const found = table.rows.flatMap((cells) => cells.flatMap((cell, i) => (names.has(table.keys[i] ?? '') ? [] : latinWords(String(cell ?? '')))));
    // "m1"… ids are one letter and a number: no word
    expect(found).toEqual([]);
    // the check itself can fail: the same table without a language is full of them
    const machine = reportTable([{ source: '', url, analysis }], { sourceColumns: false });
    expect(machine.rows.flatMap((cells) => cells.flatMap((cell, i) => (names.has(machine.keys[i] ?? '') ? [] : latinWords(String(cell ?? '')))))).toContain('target');
  });

  it('English: words for a reader, not the export’s keys', () => {
    const table = figureTable(analysis, rows, url, { language: 'en' });
    expect(table.columns).toContain('normalized value');
    expect(byKey(table, 'm6')).toMatchObject({ kind: 'target', headline: 'yes', relation: 'increase', qualifier: 'about' });
    expect(byKey(table, 'm4')).toMatchObject({ kind: 'result', headline: 'no', qualifier: 'at least' });
  });

  it('without a language (the command line) keys and the export’s values, as docs/contract.md §3 has them', () => {
    const table = reportTable([{ source: 'a.txt', url, analysis }], { sourceColumns: true });
    expect(table.columns).toEqual(['source', 'url', 'title', 'jurisdiction', 'year', 'kind', ...TABLE_COLUMNS]);
    const m6 = table.rows[5] ?? [];
    expect(m6.slice(5, 7)).toEqual(['work-report', 'm6']);
    expect(m6).toContain('target');
    expect(m6).toContain(true);
    expect(m6).toContain('about');
  });

  it('a batch in Chinese names the report kind and the source columns in Chinese too', () => {
    const table = reportTable([{ source: 'a.txt', url, analysis }], { sourceColumns: true, language: 'zh' });
    expect(table.columns.slice(0, 6)).toEqual(['来源', '网址', '标题', '地区', '年份', '报告类型']);
    expect(table.rows[0]?.[5]).toBe('政府工作报告');
  });
});

describe('the columns the reader chose', () => {
  it('carries those, in the table’s order; unknown names are dropped; none chosen is all', () => {
    expect(chosenColumns(['text', 'indicator', 'bogus'])).toEqual(['indicator', 'text']);
    expect(chosenColumns([])).toEqual([...TABLE_COLUMNS]);
    expect(chosenColumns(null)).toEqual([...TABLE_COLUMNS]);
    const table = figureTable(analysis, rows, url, { language: 'zh', columns: ['qualifier', 'indicator', 'text'] });
    expect(table.columns).toEqual(['指标', '原文数值', '限定']);
    expect(table.rows[5]).toEqual(['地区生产总值', '6.5%左右', '左右']);
  });
});

describe('copies and files', () => {
  it('TSV with the HTML table beside it; rows in the order given', () => {
    const picked = [rows[7], rows[0]].filter((row) => row !== undefined);
    const payload = figureClipboard('tsv', analysis, picked, url, { language: 'zh', columns: ['id', 'indicator', 'section'] });
    expect(payload.text.split('\n')).toEqual(['编号\t指标\t章节', 'm8\t城镇登记失业率\t（一）主要预期目标', 'm1\t地区生产总值\t（一）经济运行稳中有进']);
    expect(payload.html).toContain('<th>指标</th>');
    expect((payload.html?.match(/<tr>/g) ?? []).length).toBe(3);
  });

  it('JSON is the contract’s document whatever the language and columns', () => {
    const payload = figureClipboard('json', analysis, [rows[5]].filter((row) => row !== undefined), url, { language: 'zh', columns: ['text'] });
    const document = JSON.parse(payload.text) as { schema: string; metrics: Record<string, unknown>[] };
    expect(document.schema).toBe('report-lens/1');
    expect(document.metrics).toHaveLength(1);
    expect(document.metrics[0]).toMatchObject({ id: 'm6', kind: 'target', qualifier: 'about', headline: true });
  });

  it('CSV file: the byte-order mark, CRLF lines, Chinese headers', async () => {
    const file = await figureFile('csv', analysis, rows, url, { language: 'zh', date: '2026-01-05' });
    expect(file.name).toBe('2020年利津县政府工作报告-2026-01-05.csv');
    expect(file.type).toContain('text/csv');
    const text = String(file.bytes);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]?.split(',').slice(0, 3)).toEqual(['编号', '指标', '原文数值']);
    expect(lines.filter((line) => line !== '')).toHaveLength(rows.length + 1);
  });

  it('an .xlsx workbook read back: words, numbers as numbers, the chosen columns', async () => {
    const file = await figureFile('xlsx', analysis, rows, url, { language: 'zh', columns: ['indicator', 'text', 'value', 'kind', 'headline'], date: '2026-01-05' });
    expect(file.name.endsWith('.xlsx')).toBe(true);
    const [sheet] = await readXlsxFile(Buffer.from(file.bytes as Uint8Array));
    expect(sheet?.data[0]).toEqual(['指标', '原文数值', '数值', '类型', '主要预期目标']);
    expect(sheet?.data[6]).toEqual(['地区生产总值', '6.5%左右', 6.5, '目标', '是']);
    expect(sheet?.data).toHaveLength(rows.length + 1);
  });

  it('a file name from the title, without the characters file systems refuse', () => {
    const odd = { ...analysis, detection: { ...analysis.detection, title: '报告: "2020"/草案?' } };
    expect(figureFileName(odd, '2026-01-05', 'csv')).toBe('报告- -2020-草案--2026-01-05.csv');
    const untitled = { ...analysis, detection: { ...analysis.detection, title: '' } };
    expect(figureFileName(untitled, '2026-01-05', 'xlsx')).toBe('利津县-2020-2026-01-05.xlsx');
  });
});
