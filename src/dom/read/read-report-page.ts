import { analyzeReport } from '../../core/analyze';
import { readReportPageNow, type NotAReport, type PageReading, type ReadOptions } from './page-reading';

/** Reads the page and runs the engine at once; changes nothing. The command
 * line and the tests read pages this way (the content script sends the
 * engine's work to the background instead; see page-reading.ts). */
export function readReportPage(doc: Document, options: Partial<ReadOptions> = {}): PageReading | NotAReport {
  return readReportPageNow(doc, analyzeReport, options);
}
