import { writeFileSync } from 'node:fs';
import { formatAnalysis } from '../core/export';
import { CSV_BOM, reportTable, tableToCsv, tableToJson, tableToJsonl, tableToMarkdown, tableToTsv, type TableSource } from '../core/report-table';
import type { OutputFormat } from './cli-args';

/** What goes out: the export of one report, or one table of all of them
 * (`batch`: several inputs or a folder, with the source columns). */
export async function renderOutput(reports: readonly TableSource[], format: OutputFormat, batch: boolean): Promise<string | Uint8Array> {
  const single = reports[0];
  if (!batch && single && format === 'json') return `${formatAnalysis(single.analysis, 'json', single.url)}\n`;
  const table = reportTable(reports, { sourceColumns: batch });
  return inFormat(format, table.rows.length, {
    xlsx: async () => {
      // loaded only when asked for: the writer is the largest module here
      const { tableToXlsx } = await import('../core/table-xlsx');
      return tableToXlsx(table);
    },
    json: () => tableToJson(table),
    jsonl: () => tableToJsonl(table),
    csv: () => tableToCsv(table),
    tsv: () => tableToTsv(table),
    markdown: () => tableToMarkdown(table),
  });
}

/** One writer for each format: the workbook's bytes, or the text. */
export type FormatWriters = { xlsx(): Promise<Uint8Array> } & Record<Exclude<OutputFormat, 'xlsx'>, () => string>;

/** The output in `format`, a table of `rows` rows (the reports' figures, or
 * the ledger's rows): the text ends with the format's line end (CSV's
 * CRLF), and JSON Lines of no rows is empty. */
export async function inFormat(format: OutputFormat, rows: number, write: FormatWriters): Promise<string | Uint8Array> {
  switch (format) {
    case 'xlsx':
      return write.xlsx();
    case 'jsonl':
      return rows === 0 ? '' : `${write.jsonl()}\n`;
    case 'csv':
      return `${write.csv()}\r\n`;
    default:
      return `${write[format]()}\n`;
  }
}

/** CSV for a file gets the byte-order mark that Excel needs to read UTF-8
 * (without it Excel on Chinese Windows reads the bytes as GBK: mojibake);
 * a pipe to another program gets none. */
export function withBom(output: string | Uint8Array, format: OutputFormat, toFile: boolean): string | Uint8Array {
  return format === 'csv' && toFile && typeof output === 'string' ? CSV_BOM + output : output;
}

export function writeOutputFile(path: string, output: string | Uint8Array): void {
  writeFileSync(path, output);
}
