// The ledger (ledger.ts) as tables and files: the command line's --ledger and
// the extension's ledger page copy and download through these. Pure; the
// writers are report-table.ts's and table-xlsx.ts's, so the ledger's cells
// are quoted and made formula-safe exactly as the figures' tables are.
//
//   ledgerTable(ledger, { language })  the typed table every format is made of
//   toLedgerTsv / toLedgerHtml         the clipboard: TSV, with the HTML table beside it
//   toLedgerCsv(ledger, { bom })       RFC 4180; `bom: true` for a file Excel opens
//   toLedgerMarkdown                   a GitHub table
//   toLedgerJson(ledger)               report-lens-ledger/1, exactly docs/contract.md §4
//   toLedgerJsonl(ledger)              one flat row a line, machine keys and values
//   ledgerXlsx(ledger, { language })   the workbook's bytes (xlsx-writer.ts, loaded on use)
//
// Without a language the header is the column keys and qualifier and status
// are the contract's words (about, no-outcome): what scripts read. With 'en'
// or 'zh' both are in words for a reader (左右, 超额完成). A filtered view is
// a ledger with fewer rows: `{ ...ledger, rows: shown }`.
import { RELATION_WORDS } from './export';
import type { Ledger, LedgerStatus } from './ledger';
import { CSV_BOM, tableToCsv, tableToHtml, tableToMarkdown, tableToTsv, type Cell, type CellTable } from './report-table';
import { TABLE_QUALIFIER_WORDS } from './table-words';
import type { Qualifier } from './types';
import type { UiLanguage } from './settings';

export const LEDGER_COLUMNS = [
  'jurisdiction',
  'indicator',
  'year',
  // the target's change (增长, 下降, 水平): a text of 3% says neither
  'relation',
  'target_text',
  'target_value',
  'target_upper',
  'unit',
  'qualifier',
  'outcome_text',
  'outcome_value',
  // an outcome may be in another unit (1300万吨 against 252亿斤) or the
  // other change (下降1.2% against 增长3%): its text alone would mislead
  'outcome_unit',
  'outcome_relation',
  'status',
  'target_sentence',
  'outcome_sentence',
  'target_source',
  'outcome_source',
] as const;
export type LedgerColumn = (typeof LEDGER_COLUMNS)[number];

export const LEDGER_COLUMN_LABELS: Record<UiLanguage, Record<LedgerColumn, string>> = {
  en: {
    jurisdiction: 'jurisdiction',
    indicator: 'indicator',
    year: 'year',
    relation: 'change',
    target_text: 'target',
    target_value: 'target value',
    target_upper: 'target upper',
    unit: 'unit',
    qualifier: 'qualifier',
    outcome_text: 'outcome',
    outcome_value: 'outcome value',
    outcome_unit: 'outcome unit',
    outcome_relation: 'outcome change',
    status: 'status',
    target_sentence: 'target sentence',
    outcome_sentence: 'outcome sentence',
    target_source: 'target source',
    outcome_source: 'outcome source',
  },
  zh: {
    jurisdiction: '地区',
    indicator: '指标',
    year: '年份',
    relation: '变化',
    target_text: '目标',
    target_value: '目标值',
    target_upper: '目标上限',
    unit: '单位',
    qualifier: '限定',
    outcome_text: '实际',
    outcome_value: '实际值',
    outcome_unit: '实际单位',
    outcome_relation: '实际变化',
    status: '完成情况',
    target_sentence: '目标原句',
    outcome_sentence: '实际原句',
    target_source: '目标出处',
    outcome_source: '实际出处',
  },
};

export const LEDGER_STATUS_WORDS: Record<UiLanguage, Record<LedgerStatus, string>> = {
  en: { met: 'met', exceeded: 'exceeded', missed: 'missed', 'no-outcome': 'no outcome', 'no-target': 'no target' },
  zh: { met: '达成', exceeded: '超额完成', missed: '未达成', 'no-outcome': '无结果', 'no-target': '无目标' },
};

/** How a target is qualified, in the words the reports themselves use (a
 * target of 6.5%左右 is 左右), as the figures' tables say it too. */
export const LEDGER_QUALIFIER_WORDS: Record<UiLanguage, Record<Qualifier, string>> = TABLE_QUALIFIER_WORDS;

export interface LedgerTableOptions {
  /** header and words in this language; the machine keys and values when absent */
  language?: UiLanguage;
}

export interface LedgerTable extends CellTable {
  /** the columns' keys, in order (the header, `columns`, may be labels) */
  keys: readonly LedgerColumn[];
  /** one row per ledger row, in the ledger's order; numbers as numbers,
   * a missing half as null */
  rows: Cell[][];
}

/** The ledger as a typed table: the one every format here is written from. */
export function ledgerTable(ledger: Ledger, options: LedgerTableOptions = {}): LedgerTable {
  const { language } = options;
  const source = (report: number | undefined): Cell => (report === undefined ? null : (ledger.reports[report]?.source ?? null));
  const rows = ledger.rows.map((row): Cell[] => {
    const { target, outcome } = row;
    const cells: Record<LedgerColumn, Cell> = {
      jurisdiction: row.jurisdiction,
      indicator: row.indicator,
      year: row.year,
      relation: target ? (language ? RELATION_WORDS[language][target.relation] : target.relation) : null,
      target_text: target?.text ?? null,
      target_value: finite(target?.value),
      target_upper: finite(target?.upper),
      unit: target?.unit ?? null,
      qualifier: target ? (language ? LEDGER_QUALIFIER_WORDS[language][target.qualifier] : target.qualifier) : null,
      outcome_text: outcome?.text ?? null,
      outcome_value: finite(outcome?.value),
      outcome_unit: outcome?.unit ?? null,
      outcome_relation: outcome ? (language ? RELATION_WORDS[language][outcome.relation] : outcome.relation) : null,
      status: language ? LEDGER_STATUS_WORDS[language][row.status] : row.status,
      target_sentence: target?.sentence ?? null,
      outcome_sentence: outcome?.sentence ?? null,
      target_source: source(target?.report),
      outcome_source: source(outcome?.report),
    };
    return LEDGER_COLUMNS.map((column) => cells[column]);
  });
  const columns = LEDGER_COLUMNS.map((column) => (language ? LEDGER_COLUMN_LABELS[language][column] : column));
  return { keys: LEDGER_COLUMNS, columns, rows };
}

function finite(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : value;
}

/** Tab-separated: what Excel, WPS and Google Sheets paste as a table. */
export function toLedgerTsv(ledger: Ledger, options: LedgerTableOptions = {}): string {
  return tableToTsv(ledgerTable(ledger, options));
}

/** The HTML table to put beside the TSV on the clipboard (text/html). */
export function toLedgerHtml(ledger: Ledger, options: LedgerTableOptions = {}): string {
  return tableToHtml(ledgerTable(ledger, options));
}

/** RFC 4180 CSV, CRLF line ends; `bom` for a file (Excel on Chinese Windows
 * needs it to read UTF-8), none for a pipe or the clipboard. */
export function toLedgerCsv(ledger: Ledger, options: LedgerTableOptions & { bom?: boolean } = {}): string {
  return (options.bom ? CSV_BOM : '') + tableToCsv(ledgerTable(ledger, options));
}

export function toLedgerMarkdown(ledger: Ledger, options: LedgerTableOptions = {}): string {
  return tableToMarkdown(ledgerTable(ledger, options));
}

/** The contract's document (report-lens-ledger/1), its fields picked one by
 * one so that nothing a caller added to its ledger leaks into the file. */
export function ledgerDocument(ledger: Ledger): Ledger {
  return {
    schema: ledger.schema,
    reports: ledger.reports.map(({ source, title, jurisdiction, year, kind }) => ({ source, title, jurisdiction, year, kind })),
    rows: ledger.rows.map(({ jurisdiction, indicator, year, target, outcome, status }) => ({
      jurisdiction,
      indicator,
      year,
      target: target && {
        text: target.text,
        value: target.value,
        upper: target.upper,
        unit: target.unit,
        relation: target.relation,
        qualifier: target.qualifier,
        sentence: target.sentence,
        report: target.report,
      },
      outcome: outcome && {
        text: outcome.text,
        value: outcome.value,
        unit: outcome.unit,
        relation: outcome.relation,
        sentence: outcome.sentence,
        report: outcome.report,
      },
      status,
    })),
  };
}

export function toLedgerJson(ledger: Ledger): string {
  return JSON.stringify(ledgerDocument(ledger), null, 2);
}

/** One flat row a line under the column keys, cells typed, sources as
 * paths (not indexes): what jq, pandas and DuckDB stream. */
export function toLedgerJsonl(ledger: Ledger): string {
  const table = ledgerTable(ledger);
  return table.rows.map((row) => JSON.stringify(Object.fromEntries(table.keys.map((key, i) => [key, row[i] ?? null])))).join('\n');
}

/** Widths in characters, by column: the sentences wide, the numbers narrow. */
const XLSX_WIDTHS: Partial<Record<LedgerColumn, number>> = {
  indicator: 24,
  target_text: 14,
  outcome_text: 14,
  target_sentence: 60,
  outcome_sentence: 60,
  target_source: 28,
  outcome_source: 28,
};

/** An .xlsx workbook, one sheet "ledger": numbers as numbers, units in their
 * own columns, text never a formula. The writer loads only when asked for. */
export async function ledgerXlsx(ledger: Ledger, options: LedgerTableOptions = {}): Promise<Uint8Array> {
  const { tableToXlsx } = await import('./table-xlsx');
  const widths = LEDGER_COLUMNS.map((column) => XLSX_WIDTHS[column] ?? 12);
  return tableToXlsx(ledgerTable(ledger, options), { sheet: 'ledger', widths });
}
