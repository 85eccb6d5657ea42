// The sidebar's copies and downloads of a report's figures: the rows the
// reader sees, in their order, in the columns the reader chose, headers and
// words in the UI's language, written by the command line's writers
// (report-table.ts, table-xlsx.ts). The JSON copy is the contract's document
// (docs/contract.md §2), in no language and with every field.
import { toExportDocument, TABLE_COLUMNS, type ExportFormat, type TableColumn } from './export';
import { CSV_BOM, reportTable, tableToCsv, tableToHtml, tableToMarkdown, tableToTsv, type ReportTable } from './report-table';
import type { UiLanguage } from './settings';
import type { Analysis, Metric } from './types';

export interface FigureTableOptions {
  language: UiLanguage;
  /** the columns the reader chose; every column when absent or empty */
  columns?: readonly string[] | null;
}

/** The chosen columns that are columns, in the table's order; all of them
 * when none is (a choice stored by an older version, or none at all). */
export function chosenColumns(columns: readonly string[] | null | undefined): TableColumn[] {
  const chosen = new Set(columns ?? []);
  const known = TABLE_COLUMNS.filter((column) => chosen.has(column));
  return known.length > 0 ? known : [...TABLE_COLUMNS];
}

export function figureTable(analysis: Analysis, rows: readonly Metric[], url: string, options: FigureTableOptions): ReportTable {
  return reportTable([{ source: '', url, analysis: { ...analysis, metrics: [...rows] } }], {
    sourceColumns: false,
    language: options.language,
    metricColumns: chosenColumns(options.columns),
  });
}

export interface ClipboardPayload {
  text: string;
  /** a rich flavour where one helps (the table, for spreadsheets and editors) */
  html?: string;
}

/** What a copy button puts on the clipboard. */
export function figureClipboard(
  format: ExportFormat,
  analysis: Analysis,
  rows: readonly Metric[],
  url: string,
  options: FigureTableOptions,
): ClipboardPayload {
  if (format === 'json') return { text: JSON.stringify(toExportDocument(analysis, url, [...rows]), null, 2) };
  const table = figureTable(analysis, rows, url, options);
  if (format === 'csv') return { text: tableToCsv(table) };
  if (format === 'markdown') return { text: tableToMarkdown(table) };
  return { text: tableToTsv(table), html: tableToHtml(table) };
}

export type FigureFileFormat = 'csv' | 'xlsx';

export interface FigureFile {
  name: string;
  type: string;
  bytes: string | Uint8Array;
}

/** Widths in characters of the workbook's wider columns. */
const XLSX_WIDTHS: Partial<Record<TableColumn, number>> = {
  indicator: 24,
  text: 14,
  normalized_value: 16,
  section: 24,
  sentence: 60,
  base: 14,
  scope: 14,
};

/** A file for the browser to save: CSV with the byte-order mark Excel on
 * Chinese Windows needs to read UTF-8, or a workbook whose writer loads
 * only now. */
export async function figureFile(
  format: FigureFileFormat,
  analysis: Analysis,
  rows: readonly Metric[],
  url: string,
  options: FigureTableOptions & { date: string },
): Promise<FigureFile> {
  const table = figureTable(analysis, rows, url, options);
  const name = figureFileName(analysis, options.date, format);
  if (format === 'csv') return { name, type: 'text/csv;charset=utf-8', bytes: `${CSV_BOM}${tableToCsv(table)}\r\n` };
  const { tableToXlsx } = await import('./table-xlsx');
  const widths = table.keys.map((key) => XLSX_WIDTHS[key as TableColumn] ?? 12);
  const bytes = await tableToXlsx(table, { sheet: options.language === 'zh' ? '数据' : 'figures', widths });
  return { name, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes };
}

/** "2020年利津县政府工作报告-2026-01-05.xlsx": the report's own title, with
 * the characters no file system takes replaced. */
export function figureFileName(analysis: Analysis, date: string, extension: string): string {
  const { title, jurisdiction, year } = analysis.detection;
  const base = (title || [jurisdiction, year].filter(Boolean).join('-') || 'report-lens')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base}-${date}.${extension}`;
}
