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
  switch (format) {
    case 'xlsx': {
      // loaded only when asked for: the writer is the largest module here
      const { tableToXlsx } = await import('../core/table-xlsx');
      return tableToXlsx(table);
    }
    case 'json':
      return `${tableToJson(table)}\n`;
    case 'jsonl':
      return table.rows.length === 0 ? '' : `${tableToJsonl(table)}\n`;
    case 'csv':
      return `${tableToCsv(table)}\r\n`;
    case 'tsv':
      return `${tableToTsv(table)}\n`;
    case 'markdown':
      return `${tableToMarkdown(table)}\n`;
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
