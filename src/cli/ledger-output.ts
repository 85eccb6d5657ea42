// report-lens --ledger: the reports the batch read, as the ledger (CONTRACT
// §4) in the format asked for. The reading is the batch's (extract.ts); only
// what is built from it and written differs.
import { buildLedger, type Ledger, type LedgerReport } from '../core/ledger';
import { ledgerXlsx, toLedgerCsv, toLedgerJson, toLedgerJsonl, toLedgerMarkdown, toLedgerTsv } from '../core/ledger-export';
import type { TableSource } from '../core/report-table';
import type { OutputFormat } from './cli-args';

/** A report read by the batch as the ledger takes it: its source the path
 * as the user gave it (or "-"), the rest from detection and the analysis. */
export function ledgerReportOf(report: TableSource): LedgerReport {
  const { detection, metrics } = report.analysis;
  return {
    source: report.source,
    title: detection.title,
    jurisdiction: detection.jurisdiction,
    year: detection.year,
    kind: detection.kind,
    metrics,
  };
}

export function ledgerOf(reports: readonly TableSource[]): Ledger {
  return buildLedger(reports.map(ledgerReportOf));
}

/** The ledger as the format names it; tables with the machine keys and
 * values (scripts read them; the extension's page has the words). CSV comes
 * without its byte-order mark, which is the writer's to add for a file. */
export async function renderLedger(ledger: Ledger, format: OutputFormat): Promise<string | Uint8Array> {
  switch (format) {
    case 'xlsx':
      // the workbook writer itself loads only here (ledgerXlsx imports it)
      return ledgerXlsx(ledger);
    case 'json':
      return `${toLedgerJson(ledger)}\n`;
    case 'jsonl':
      return ledger.rows.length === 0 ? '' : `${toLedgerJsonl(ledger)}\n`;
    case 'csv':
      return `${toLedgerCsv(ledger)}\r\n`;
    case 'tsv':
      return `${toLedgerTsv(ledger)}\n`;
    case 'markdown':
      return `${toLedgerMarkdown(ledger)}\n`;
  }
}
