// One table for many reports: the source columns, then the metric columns of
// the export (TABLE_COLUMNS, so a column added there appears here), with
// typed cells so that a spreadsheet gets numbers as numbers.
import { COLUMN_LABELS, formatNumber, htmlTable, sectionTitleMap, TABLE_COLUMNS, type TableColumn } from './export';
import { METRIC_KIND_WORDS, REPORT_KIND_WORDS, TABLE_QUALIFIER_WORDS, TABLE_RELATION_WORDS, YES_NO_WORDS } from './table-words';
import type { Analysis, Metric, ReportKind } from './types';
import type { UiLanguage } from './settings';

export const SOURCE_COLUMNS = ['source', 'url', 'title', 'jurisdiction', 'year', 'kind'] as const;
export type SourceColumn = (typeof SOURCE_COLUMNS)[number];

export const SOURCE_COLUMN_LABELS: Record<UiLanguage, Record<SourceColumn, string>> = {
  en: { source: 'source', url: 'address', title: 'title', jurisdiction: 'jurisdiction', year: 'year', kind: 'report kind' },
  zh: { source: '来源', url: '网址', title: '标题', jurisdiction: '地区', year: '年份', kind: '报告类型' },
};
export type ReportTableColumn = SourceColumn | TableColumn;

export type Cell = string | number | boolean | null;

/** Any table of typed cells under a header row (the batch's, the ledger's):
 * what the writers below and table-xlsx.ts take. */
export interface CellTable {
  /** the header row, as written out */
  columns: readonly string[];
  rows: Cell[][];
}

/** A byte-order mark for CSV written to a file: without it Excel on Chinese
 * Windows reads UTF-8 as GBK (mojibake). A pipe or a clipboard gets none. */
export const CSV_BOM = '\uFEFF';

export interface ReportTable extends CellTable {
  /** the columns' keys, in order; with the source columns, `kind` is there
   * twice (the report's kind, then the figure's), as docs/contract.md §3 names them */
  keys: readonly ReportTableColumn[];
  /** the header: the keys, or their labels in the table's language */
  columns: readonly string[];
  /** how many of the columns are source columns (0 or 6) */
  sourceColumnCount: number;
  rows: Cell[][];
}

/** One report read from one input. */
export interface TableSource {
  /** the input as the user named it (a path, or "-") */
  source: string;
  url: string;
  analysis: Analysis;
}

export interface ReportTableOptions {
  /** the source columns first (a batch); a single report's table has the
   * metric columns only, as the export's tables do */
  sourceColumns: boolean;
  /** header and words in this language (目标, 是, 增长, 左右), for a reader;
   * without one the column keys and the export's values (target, true,
   * increase, about), which scripts read (the command line's tables) */
  language?: UiLanguage;
  /** the metric columns to carry, in their order in TABLE_COLUMNS; all of them when absent */
  metricColumns?: readonly TableColumn[];
}

/** Columns whose value is not a field of the metric under its own name. */
const DERIVED: Partial<Record<TableColumn, (metric: Metric, sections: ReadonlyMap<string, string>) => Cell>> = {
  normalized_value: (metric) => finite(metric.normalized.value),
  normalized_unit: (metric) => metric.normalized.unit,
  section: (metric, sections) => (metric.sectionId ? (sections.get(metric.sectionId) ?? metric.sectionId) : ''),
};

function finite(value: number | undefined): number | null {
  return value === undefined || !Number.isFinite(value) ? null : value;
}

const camelCase = (key: string) => key.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());

/** Columns whose value, for a reader, is a word rather than the export's key. */
const WORDED: Partial<Record<TableColumn, (metric: Metric, language: UiLanguage) => string>> = {
  kind: (metric, language) => METRIC_KIND_WORDS[language][metric.kind],
  headline: (metric, language) => YES_NO_WORDS[language][metric.headline ? 'yes' : 'no'],
  relation: (metric, language) => TABLE_RELATION_WORDS[language][metric.relation],
  qualifier: (metric, language) => TABLE_QUALIFIER_WORDS[language][metric.qualifier],
};

/** A metric column's cell: in words, derived, or the metric's field of that
 * name (value, upper, period and any column added later, such as base and scope). */
function metricCell(column: TableColumn, metric: Metric, sections: ReadonlyMap<string, string>, language?: UiLanguage): Cell {
  const word = language ? WORDED[column] : undefined;
  if (word && language) return word(metric, language);
  const derive = DERIVED[column];
  if (derive) return derive(metric, sections);
  const value = (metric as unknown as Record<string, unknown>)[camelCase(column)];
  if (typeof value === 'number') return finite(value);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return column === 'upper' || column === 'period' ? null : '';
}

function sourceCell(column: SourceColumn, report: TableSource, language?: UiLanguage): Cell {
  const { detection } = report.analysis;
  switch (column) {
    case 'source':
      return report.source;
    case 'url':
      return report.url;
    case 'title':
      return detection.title;
    case 'jurisdiction':
      return detection.jurisdiction ?? '';
    case 'year':
      return detection.year;
    case 'kind':
      if (!detection.kind) return '';
      return language ? REPORT_KIND_WORDS[language][detection.kind as ReportKind] ?? detection.kind : detection.kind;
  }
}

export function reportTable(reports: readonly TableSource[], options: ReportTableOptions): ReportTable {
  const { language } = options;
  const sourceColumns = options.sourceColumns ? SOURCE_COLUMNS : [];
  const chosen = new Set(options.metricColumns ?? TABLE_COLUMNS);
  const metricColumns = TABLE_COLUMNS.filter((column) => chosen.has(column));
  const rows: Cell[][] = [];
  for (const report of reports) {
    const sections = sectionTitleMap(report.analysis.outline);
    const source = sourceColumns.map((column) => sourceCell(column, report, language));
    for (const metric of report.analysis.metrics) {
      rows.push([...source, ...metricColumns.map((column) => metricCell(column, metric, sections, language))]);
    }
  }
  const keys = [...sourceColumns, ...metricColumns];
  const columns = language
    ? [...sourceColumns.map((column) => SOURCE_COLUMN_LABELS[language][column]), ...metricColumns.map((column) => COLUMN_LABELS[language][column])]
    : keys;
  return { keys, columns, sourceColumnCount: sourceColumns.length, rows };
}

/** A cell as text, the way the export's tables write it: numbers never in
 * exponent notation, booleans as true/false, nothing as an empty cell. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return formatNumber(cell);
  return String(cell);
}

/** Text a spreadsheet would run as a formula (=, +, -, @, and the tab and
 * carriage return that some of them skip first) gets a leading apostrophe,
 * which Excel and WPS show as text. Numbers are numbers and stay as they are. */
export function formulaSafe(cell: Cell): string {
  const text = cellText(cell);
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function textRows(table: CellTable): string[][] {
  return [[...table.columns], ...table.rows.map((row) => row.map(formulaSafe))];
}

/** Tab-separated, quoted the way Excel and WPS read it back. */
export function tableToTsv(table: CellTable): string {
  return textRows(table)
    .map((row) => row.map((cell) => (/[\t\n\r"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join('\t'))
    .join('\n');
}

/** RFC 4180 CSV, CRLF line ends; the byte-order mark is the writer's to add. */
export function tableToCsv(table: CellTable): string {
  return textRows(table)
    .map((row) => row.map((cell) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','))
    .join('\r\n');
}

/** A GitHub-flavoured Markdown table (not a spreadsheet: no apostrophes). */
export function tableToMarkdown(table: CellTable): string {
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell) => cell.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ')).join(' | ')} |`;
  const header = [...table.columns];
  return [line(header), line(header.map(() => '---')), ...table.rows.map((row) => line(row.map(cellText)))].join('\n');
}

/** An HTML table for the clipboard's text/html flavour (cells as in TSV,
 * apostrophes included: it is pasted into spreadsheets too). */
export function tableToHtml(table: CellTable): string {
  return htmlTable(textRows(table));
}

/** The keys of a row as an object: the columns' names, except that the
 * report's kind, whose name the figure's kind also has, is `report_kind`. */
export function recordKeys(table: ReportTable): string[] {
  return table.keys.map((column, i) => (i < table.sourceColumnCount && column === 'kind' ? 'report_kind' : column));
}

/** Each row as an object, cells typed. */
export function tableRecords(table: ReportTable): Record<string, Cell>[] {
  const keys = recordKeys(table);
  return table.rows.map((row) => Object.fromEntries(keys.map((key, i) => [key, row[i] ?? null])));
}

export function tableToJson(table: ReportTable): string {
  return JSON.stringify(tableRecords(table), null, 2);
}

/** One JSON object a line: what jq, pandas and DuckDB stream. */
export function tableToJsonl(table: ReportTable): string {
  return tableRecords(table)
    .map((record) => JSON.stringify(record))
    .join('\n');
}
