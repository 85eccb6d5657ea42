import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyzeReport, signalsFromText } from '../../../src/core/analyze';
import { sectionTitleMap, toCsv, toMarkdown, toTsv } from '../../../src/core/export';
import { formulaSafe, reportTable, tableToCsv, tableToMarkdown, tableToTsv, type TableSource } from '../../../src/core/report-table';
import { tableToXlsx } from '../../../src/core/table-xlsx';
import { blocksFromText } from '../../../src/core/text';
import type { Analysis } from '../../../src/core/types';
import { repoPath } from '../../fixtures/paths';

const REPORTS = repoPath('seeds/reports');

function analyze(name: string): Analysis {
  const text = readFileSync(join(REPORTS, name, 'report.txt'), 'utf8');
  return analyzeReport(signalsFromText(text, name), blocksFromText(text));
}

/** Our line with the apostrophes that make cells formula-safe taken out:
 * then it must be the export's line. */
const withoutSafety = (line: string) => line.replace(/(^|[\t,]"?)'(?=[=+\-@])/g, '$1');

describe('a single report’s table is the export’s table (columns and cells from core/export.ts)', () => {
  const names = readdirSync(REPORTS).sort().filter((_name, i) => i % 4 === 0);
  it.each(names)('%s', (name) => {
    const analysis = analyze(name);
    const table = reportTable([{ source: name, url: '', analysis }], { sourceColumns: false });
    const sectionTitles = sectionTitleMap(analysis.outline);
    const pairs: [string, string, string][] = [
      [tableToTsv(table), toTsv(analysis.metrics, { sectionTitles }), '\n'],
      [tableToCsv(table), toCsv(analysis.metrics, { sectionTitles }), '\r\n'],
    ];
    for (const [ours, theirs, newline] of pairs) {
      expect(ours.split(newline).map(withoutSafety)).toEqual(theirs.split(newline));
    }
    expect(tableToMarkdown(table)).toBe(toMarkdown(analysis.metrics, { sectionTitles }));
  });
});

const report = (analysis: Analysis, source = 'a.txt'): TableSource => ({ source, url: `file:///${source}`, analysis });

function withMetric(patch: Partial<Analysis['metrics'][number]>): Analysis {
  const analysis = analyze('cn-national-2025-gwr');
  const first = analysis.metrics[0];
  if (!first) throw new Error('no metric');
  return { ...analysis, metrics: [{ ...first, ...patch }] };
}

describe('formula injection', () => {
  it.each([
    ['=HYPERLINK("http://x","click")', `'=HYPERLINK("http://x","click")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['地区生产总值', '地区生产总值'],
  ])('text %s is written as %s in CSV and TSV', (text, safe) => {
    expect(formulaSafe(text)).toBe(safe);
    const table = reportTable([report(withMetric({ indicator: text }))], { sourceColumns: true });
    const tsvCell = tableToTsv(table).split('\n')[1]?.split('\t')[7] ?? '';
    expect(tsvCell.replace(/^"|"$/g, '').replace(/""/g, '"')).toBe(safe);
    expect(tableToCsv(table)).toContain(safe.includes('"') ? `"${safe.replace(/"/g, '""')}"` : safe);
  });
  it('a negative number is a number, not a formula, and stays as it is', () => {
    const table = reportTable([report(withMetric({ value: -15.4 }))], { sourceColumns: false });
    expect(tableToCsv(table).split('\r\n')[1]?.split(',')[3]).toBe('-15.4');
  });
  it('the workbook stores page text as text: no formula cell, even for =…', async () => {
    const table = reportTable([report(withMetric({ indicator: '=1+1', value: 2.5 }))], { sourceColumns: true });
    const files = unzipSync(await tableToXlsx(table));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect(sheet).not.toContain('<f>');
    // an inline string cell holding the text as written
    expect(sheet).toMatch(/<c r="[A-Z]+2" t="inlineStr"><is><t xml:space="preserve">=1\+1<\/t><\/is><\/c>/);
    expect(sheet).toMatch(/<c r="J2"[^>]*><v>2\.5<\/v><\/c>/);
  });
});
