// The ledger as tables and files (src/core/ledger-export.ts): on the Hailar
// reports of 2013–2018 (five consecutive pairs) and on rows made to reach the
// cases the corpus has few of (a range, a missing outcome, page text that a
// spreadsheet would run as a formula).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { analyzeReport, signalsFromText } from '../../../src/core/analyze';
import { buildLedger, type Ledger, type LedgerRow, type LedgerStatus } from '../../../src/core/ledger';
import {
  LEDGER_COLUMNS,
  ledgerDocument,
  ledgerTable,
  ledgerXlsx,
  toLedgerCsv,
  toLedgerHtml,
  toLedgerJson,
  toLedgerJsonl,
  toLedgerMarkdown,
  toLedgerTsv,
  type LedgerColumn,
} from '../../../src/core/ledger-export';
import { blocksFromText } from '../../../src/core/text';
import type { Qualifier } from '../../../src/core/types';
import { parseDelimited } from '../cli/cli-helpers';
import type { UiLanguage } from '../../../src/core/settings';
import { repoPath } from '../../fixtures/paths';

const REPORTS = repoPath('seeds/reports');
const HAILAR = [2013, 2014, 2015, 2016, 2017, 2018].map((year) => `county-nm-hailar-${year}-gwr`);

function hailarLedger(): Ledger {
  return buildLedger(
    HAILAR.map((name) => {
      const text = readFileSync(join(REPORTS, name, 'report.txt'), 'utf8');
      const { detection, metrics } = analyzeReport(signalsFromText(text, name), blocksFromText(text));
      return { source: `${name}.txt`, title: detection.title, jurisdiction: detection.jurisdiction, year: detection.year, kind: detection.kind, metrics };
    }),
  );
}

const ledger = hailarLedger();
const col = (name: LedgerColumn) => LEDGER_COLUMNS.indexOf(name);

/** A two-report ledger holding one row, its target changed by `patch`. */
function oneRow(patch: Partial<NonNullable<LedgerRow['target']>> = {}, row: Partial<LedgerRow> = {}): Ledger {
  const reports = [
    { source: 'a/2019.html', title: '2019年报告', jurisdiction: '某市', year: 2019, kind: 'work-report' as const },
    { source: 'a/2020.html', title: '2020年报告', jurisdiction: '某市', year: 2020, kind: 'work-report' as const },
  ];
  const target = { text: '6%－6.5%', value: 6, upper: 6.5, unit: '%', relation: 'increase' as const, qualifier: 'range' as const, sentence: '生产总值增长6%－6.5%。', report: 0, ...patch };
  const outcome = { text: '6.1%', value: 6.1, unit: '%', relation: 'increase' as const, sentence: '生产总值增长6.1%。', report: 1 };
  return { schema: 'report-lens-ledger/1', reports, rows: [{ jurisdiction: '某市', indicator: '地区生产总值', year: 2019, target, outcome, status: 'met', ...row }] };
}

describe('the table of a real ledger (Hailar 2013–2018)', () => {
  it('has one row per ledger row, in the ledger’s order', () => {
    expect(ledger.rows.length).toBeGreaterThan(20);
    const table = ledgerTable(ledger);
    expect(table.columns).toEqual(LEDGER_COLUMNS);
    expect(table.rows.map((row) => [row[col('indicator')], row[col('year')], row[col('target_text')]])).toEqual(
      ledger.rows.map((row) => [row.indicator, row.year, row.target?.text]),
    );
  });

  it.each([
    // indicator, year, target as written → outcome, status (read in the reports)
    ['地区生产总值', 2013, '20%', '10.1%', 'missed'],
    ['地区生产总值', 2013, '282亿元', '253.7亿元', 'missed'],
    ['财政总收入', 2013, '24.8亿元', '24.85亿元', 'met'],
  ])('%s %i: target %s, outcome %s, %s; numbers as numbers, sources as given', (indicator, year, target, outcome, status) => {
    const table = ledgerTable(ledger);
    const row = table.rows.find((cells) => cells[col('indicator')] === indicator && cells[col('year')] === year && cells[col('target_text')] === target);
    expect(row?.[col('outcome_text')]).toBe(outcome);
    expect(row?.[col('status')]).toBe(status);
    expect(row?.[col('target_value')]).toBe(Number.parseFloat(target));
    expect(row?.[col('outcome_value')]).toBe(Number.parseFloat(outcome));
    expect(row?.[col('unit')]).toBe(target.replace(/^[\d.]+/, ''));
    expect(row?.[col('target_source')]).toBe(`county-nm-hailar-${year}-gwr.txt`);
    expect(row?.[col('outcome_source')]).toBe(`county-nm-hailar-${year + 1}-gwr.txt`);
    expect(String(row?.[col('target_sentence')])).toContain(target);
    expect(String(row?.[col('outcome_sentence')])).toContain(outcome);
  });

  it('a target without outcome (the 2018 report has no next year here) leaves the outcome cells empty', () => {
    const open = ledgerTable(ledger).rows.filter((cells) => cells[col('year')] === 2018);
    expect(open.length).toBeGreaterThan(0);
    for (const cells of open) {
      expect(cells[col('status')]).toBe('no-outcome');
      for (const name of ['outcome_text', 'outcome_value', 'outcome_unit', 'outcome_relation', 'outcome_sentence', 'outcome_source'] as const) {
        expect(cells[col(name)]).toBeNull();
      }
    }
  });
});

describe('words by language', () => {
  it.each([
    [undefined, 'target_text', 'status', 'met'],
    ['en', 'target', 'status', 'met'],
    ['zh', '目标', '完成情况', '达成'],
  ] as const)('language %s: header %s … %s, status %s', (language, target, status, met) => {
    const table = ledgerTable(oneRow(), { language });
    expect(table.keys).toEqual(LEDGER_COLUMNS);
    expect(table.columns[col('target_text')]).toBe(target);
    expect(table.columns[col('status')]).toBe(status);
    expect(table.rows[0]?.[col('status')]).toBe(met);
    expect(new Set(table.columns).size).toBe(LEDGER_COLUMNS.length);
  });

  it.each([
    ['met', 'met', '达成'],
    ['exceeded', 'exceeded', '超额完成'],
    ['missed', 'missed', '未达成'],
    ['no-outcome', 'no outcome', '无结果'],
    ['no-target', 'no target', '无目标'],
  ] as const)('status %s is “%s”, in Chinese “%s”', (status: LedgerStatus, en, zh) => {
    const cell = (language?: UiLanguage) => ledgerTable(oneRow({}, { status }), { language }).rows[0]?.[col('status')];
    expect([cell(), cell('en'), cell('zh')]).toEqual([status, en, zh]);
  });

  it.each([
    ['about', '6.5%左右', 'about', '左右'],
    ['at-least', '7%以上', 'at least', '以上'],
    ['at-most', '3.5%以内', 'at most', '以内'],
    ['range', '6%－6.5%', 'range', '区间'],
    ['exact', '20%', 'exact', '精确'],
  ] as const)('qualifier %s (%s) is “%s”, in Chinese “%s”', (qualifier: Qualifier, text, en, zh) => {
    const cell = (language?: UiLanguage) => ledgerTable(oneRow({ qualifier, text }), { language }).rows[0]?.[col('qualifier')];
    expect([cell(), cell('en'), cell('zh')]).toEqual([qualifier, en, zh]);
  });

  it('a decrease says so in both halves: the text 1.2% alone would read as growth', () => {
    const decreased = oneRow({}, { outcome: { text: '1.2%', value: 1.2, unit: '%', relation: 'decrease', sentence: '下降1.2%', report: 1 }, status: 'missed' });
    const [cells] = ledgerTable(decreased, { language: 'zh' }).rows;
    expect([cells?.[col('relation')], cells?.[col('outcome_relation')]]).toEqual(['增长', '下降']);
  });
});

describe('formats', () => {
  const sneaky = oneRow({ text: '-5%', sentence: '=HYPERLINK("http://x","点击")' });

  it('TSV and CSV read back to the table’s cells, page text made formula-safe, numbers as they are', () => {
    for (const [text, separator] of [
      [toLedgerTsv(sneaky), '\t'],
      [toLedgerCsv(sneaky), ','],
    ] as const) {
      const [header, row] = parseDelimited(text, separator);
      expect(header).toEqual([...LEDGER_COLUMNS]);
      expect(row?.[col('target_text')]).toBe("'-5%");
      expect(row?.[col('target_sentence')]).toBe(`'=HYPERLINK("http://x","点击")`);
      expect(row?.[col('target_value')]).toBe('6');
      expect(row?.[col('target_upper')]).toBe('6.5');
    }
  });

  it('CSV has a byte-order mark only when asked (a file), CRLF line ends', () => {
    expect(toLedgerCsv(ledger).charCodeAt(0)).not.toBe(0xfeff);
    const file = toLedgerCsv(ledger, { bom: true });
    expect(file.charCodeAt(0)).toBe(0xfeff);
    expect(file.slice(1).split('\r\n')).toHaveLength(ledger.rows.length + 1);
  });

  it('the clipboard’s HTML table escapes page text and keeps the apostrophe a spreadsheet needs', () => {
    const html = toLedgerHtml(oneRow({ sentence: '=1+1 <b>粗</b> & "引"' }), { language: 'zh' });
    expect(html).toContain('<th>目标原句</th>');
    expect(html).toContain(`<td>'=1+1 &lt;b&gt;粗&lt;/b&gt; &amp; &quot;引&quot;</td>`);
    expect(html.match(/<tr>/g)).toHaveLength(2);
  });

  it('Markdown: a header, a rule and one line per row, pipes escaped, no apostrophes', () => {
    const lines = toLedgerMarkdown(oneRow({ sentence: '甲|乙', text: '-5%' })).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(`| ${LEDGER_COLUMNS.join(' | ')} |`);
    expect(lines[2]).toContain('| 甲\\|乙 |');
    expect(lines[2]).toContain('| -5% |');
  });

  it('JSON is the contract’s document, exactly: nothing added, nothing lost', () => {
    const parsed = JSON.parse(toLedgerJson(ledger)) as Ledger;
    expect(parsed).toEqual(ledger);
    const row = parsed.rows.find((r) => r.target && r.outcome);
    expect(Object.keys(parsed)).toEqual(['schema', 'reports', 'rows']);
    expect(Object.keys(parsed.reports[0] ?? {})).toEqual(['source', 'title', 'jurisdiction', 'year', 'kind']);
    expect(Object.keys(row ?? {})).toEqual(['jurisdiction', 'indicator', 'year', 'target', 'outcome', 'status']);
    expect(Object.keys(row?.target ?? {})).toEqual(['text', 'value', 'upper', 'unit', 'relation', 'qualifier', 'sentence', 'report']);
    expect(Object.keys(row?.outcome ?? {})).toEqual(['text', 'value', 'unit', 'relation', 'sentence', 'report']);
    // a caller's own fields (the page's ids, say) stay out of the file
    const decorated = { ...oneRow(), note: 'mine', rows: oneRow().rows.map((r) => ({ ...r, id: 7, target: r.target && { ...r.target, shown: true } })) };
    expect(ledgerDocument(decorated as Ledger)).toEqual(oneRow());
  });

  it('JSONL: one flat object a line under the column keys, cells typed', () => {
    const lines = toLedgerJsonl(ledger).split('\n');
    expect(lines).toHaveLength(ledger.rows.length);
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(Object.keys(records[0] ?? {})).toEqual([...LEDGER_COLUMNS]);
    expect(records.every((r) => typeof r.year === 'number' && typeof r.target_value === 'number')).toBe(true);
    expect(records.map((r) => r.status)).toEqual(ledger.rows.map((r) => r.status));
  });

  it.each([undefined, 'zh'] as const)('XLSX (language %s): numbers as numbers, units in their own columns, an empty half empty', async (language) => {
    const [sheet] = await readXlsxFile(Buffer.from(await ledgerXlsx(ledger, { language })));
    const [header, ...rows] = sheet?.data ?? [];
    expect(sheet?.sheet).toBe('ledger');
    expect(header).toEqual(ledgerTable(ledger, { language }).columns);
    expect(rows).toHaveLength(ledger.rows.length);
    const gdp = rows.find((row) => row[col('target_text')] === '282亿元' && row[col('year')] === 2013);
    expect([gdp?.[col('target_value')], gdp?.[col('unit')], gdp?.[col('outcome_value')], gdp?.[col('outcome_unit')]]).toEqual([282, '亿元', 253.7, '亿元']);
    const open = rows.find((row) => row[col('year')] === 2018);
    expect(open?.[col('outcome_value')]).toBeNull();
    expect(open?.[col('status')]).toBe(language === 'zh' ? '无结果' : 'no-outcome');
  });
});
