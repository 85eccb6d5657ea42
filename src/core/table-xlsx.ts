// The table as a real .xlsx workbook: numbers as numbers, the unit in its own
// column, text as text (a cell is never a formula, so page text cannot become
// one). The writer is our own (xlsx-writer.ts): it runs in Node and in a
// browser alike and needs nothing but TextEncoder.
import type { CellTable } from './report-table';
import { writeXlsx } from './xlsx-writer';

/** Widths (in characters) of the batch's wider columns, by name. */
const COLUMN_WIDTHS: Partial<Record<string, number>> = {
  source: 28,
  url: 24,
  title: 28,
  indicator: 24,
  text: 14,
  normalized_value: 16,
  section: 24,
  sentence: 60,
};

export interface XlsxOptions {
  /** the sheet's name; "metrics" when absent */
  sheet?: string;
  /** each column's width in characters, in order; by the column's name
   * (the batch's columns) when absent */
  widths?: readonly number[];
}

/** The workbook's bytes: one sheet, header row bold and kept in view. */
export async function tableToXlsx(table: CellTable, options: XlsxOptions = {}): Promise<Uint8Array> {
  return writeXlsx({
    name: options.sheet ?? 'metrics',
    header: table.columns,
    rows: table.rows,
    widths: table.columns.map((column, i) => options.widths?.[i] ?? COLUMN_WIDTHS[column] ?? 12),
  });
}
