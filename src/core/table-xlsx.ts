// The table as a real .xlsx workbook: numbers as numbers, the unit in its own
// column, text as text (a cell is a formula only when asked for, so page
// text cannot become one). write-excel-file's universal build runs in Node
// and in a browser alike; it needs only Blob, no DOM.
import writeXlsxFile from 'write-excel-file/universal';
import type { Cell as SheetCell, SheetData } from 'write-excel-file/universal';
import type { Cell, CellTable } from './report-table';

/** Excel's limit for one cell's text. */
const MAX_CELL_CHARS = 32767;

/** Integers from here up show in exponent notation under Excel's General
 * format; they get a plain integer format instead. */
const GENERAL_DIGITS_LIMIT = 1e11;

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

function sheetCell(cell: Cell): SheetCell {
  if (cell === null || cell === '') return null;
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && Math.abs(cell) >= GENERAL_DIGITS_LIMIT ? { value: cell, type: Number, format: '0' } : { value: cell, type: Number };
  }
  if (typeof cell === 'boolean') return { value: cell, type: Boolean };
  return { value: cell.length > MAX_CELL_CHARS ? cell.slice(0, MAX_CELL_CHARS) : cell, type: String };
}

export function tableSheetData(table: CellTable): SheetData {
  const header: SheetCell[] = table.columns.map((column) => ({ value: column, type: String, fontWeight: 'bold' }));
  return [header, ...table.rows.map((row) => row.map(sheetCell))];
}

export interface XlsxOptions {
  /** the sheet's name; "metrics" when absent */
  sheet?: string;
  /** each column's width in characters, in order; by the column's name
   * (the batch's columns) when absent */
  widths?: readonly number[];
}

/** The workbook's bytes: one sheet, header row kept in view. */
export async function tableToXlsx(table: CellTable, options: XlsxOptions = {}): Promise<Uint8Array> {
  const columns = table.columns.map((column, i) => ({ width: options.widths?.[i] ?? COLUMN_WIDTHS[column] ?? 12 }));
  const sheet = options.sheet ?? 'metrics';
  const blob = await writeXlsxFile(tableSheetData(table), { sheet, columns, stickyRowsCount: 1 }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
