// A page read as a report because the reader asked ("Read as report"): the
// detector said no, or was never asked. The text is the page's densest prose
// (the same body finder, with the low thresholds a reader's request allows)
// or the element the reader picked.
import { readBlocks } from './blocks';
import { isReportReading, type Analyzer, type PageReading } from './page-reading';
import { findReport, type ReportLocation } from './report-body';
import { readPageSignals } from './signals';

/** What a reader's request takes as prose: a short notice, a one-screen
 * announcement. Below this the page has nothing to read as a report. */
const MANUAL_BODY = { minSiteRuleCjk: 60, minFallbackCjk: 80 } as const;

/** The page's densest prose, as the body finder sees it with a reader's
 * thresholds; null when there is none (or it is being edited). */
export function findDensestText(doc: Document): ReportLocation | null {
  return findReport(doc, MANUAL_BODY);
}

export interface ChosenReadOptions {
  /** past this many characters the text is not read (as for any report) */
  maxBodyChars: number;
}

/** Reads `location` and has `analyze` (asked to take it as a report) run the
 * engine over it; changes nothing. Null when it holds no text, or too much. */
export async function readChosenReport(
  doc: Document,
  location: ReportLocation,
  analyze: Analyzer,
  options: ChosenReadOptions,
): Promise<PageReading | null> {
  const signals = { ...readPageSignals(doc), url: doc.location?.href ?? '' };
  const map = readBlocks(location.root, { parts: location.parts });
  let length = 0;
  for (const block of map.blocks) length += block.text.length;
  if (map.blocks.length === 0 || length > options.maxBodyChars) return null;
  const analysis = await analyze(signals, map.blocks);
  const reading = { signals, body: location.root, map, analysis };
  return isReportReading(reading) ? reading : null;
}
