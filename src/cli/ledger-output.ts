// report-lens --ledger: the reports the batch read, as the ledger
// (docs/contract.md §4) in the format asked for. The reading is the batch's (extract.ts); only
// what is built from it and written differs.
import { toExportDocument } from '../core/export';
import { buildLedger, type Ledger, type LedgerReport } from '../core/ledger';
import { identityOf } from '../core/library';
import { ledgerXlsx, toLedgerCsv, toLedgerJson, toLedgerJsonl, toLedgerMarkdown, toLedgerTsv } from '../core/ledger-export';
import type { TableSource } from '../core/report-table';
import type { OutputFormat } from './cli-args';
import { inFormat } from './write-output';

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

export interface LedgerInputs {
  /** the reports the ledger is built from, in the order read */
  reports: TableSource[];
  /** one line each: a copy of a report read before, a report without a jurisdiction */
  notes: string[];
  /** copies left out, which count as skipped inputs */
  copies: number;
}

/** The reports a ledger is built from: a report read twice (the saved page
 * and the text of one report, as the library takes them: the same kind,
 * jurisdiction, year and title) once, or each of its targets would be a row
 * twice; a report without a jurisdiction is kept but said, as it gives no rows. */
export function ledgerInputs(reports: readonly TableSource[]): LedgerInputs {
  const result: LedgerInputs = { reports: [], notes: [], copies: 0 };
  const firstOf = new Map<string, string>();
  for (const report of reports) {
    const identity = identityOf(toExportDocument(report.analysis, report.url, []));
    const first = identity ? firstOf.get(identity) : undefined;
    if (first !== undefined) {
      result.notes.push(`${report.source} is the same report as ${first}: read once`);
      result.copies++;
      continue;
    }
    if (identity) firstOf.set(identity, report.source);
    if (!report.analysis.detection.jurisdiction) result.notes.push(`${report.source}: no jurisdiction found, so it gives no ledger rows`);
    result.reports.push(report);
  }
  return result;
}

export function ledgerOf(reports: readonly TableSource[]): Ledger {
  return buildLedger(reports.map(ledgerReportOf));
}

/** The ledger as the format names it; tables with the machine keys and
 * values (scripts read them; the extension's page has the words). CSV comes
 * without its byte-order mark, which is the writer's to add for a file. */
export async function renderLedger(ledger: Ledger, format: OutputFormat): Promise<string | Uint8Array> {
  return inFormat(format, ledger.rows.length, {
    // the workbook writer itself loads only here (ledgerXlsx imports it)
    xlsx: () => ledgerXlsx(ledger),
    json: () => toLedgerJson(ledger),
    jsonl: () => toLedgerJsonl(ledger),
    csv: () => toLedgerCsv(ledger),
    tsv: () => toLedgerTsv(ledger),
    markdown: () => toLedgerMarkdown(ledger),
  });
}
