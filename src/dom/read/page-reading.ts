// Reading a report page: its signals, its report body and the body's blocks,
// then the engine's analysis of them. Nothing here changes the page; what
// the annotation does with the reading is in ../annotate/apply-annotation.ts.
import type { Analysis, Block, PageSignals } from '../../core/types';
import { readBlocks, type BlockMap } from './blocks';
import { findReport } from './report-body';
import { readPageSignals } from './signals';

/** A page as read, before anything on it is changed. */
export interface PageReading {
  signals: PageSignals;
  body: Element;
  map: BlockMap;
  analysis: Analysis;
}

/** What reading found when the page is not a report after all. */
export interface NotAReport {
  signals: PageSignals;
  body: Element | null;
  map: null;
  analysis: Analysis;
}

export interface ReadOptions {
  /** refuse pages with more text than this (textContent, one native call)
   * before even finding the body, which would keep the tab busy too long */
  maxPageChars: number;
  /** refuse bodies longer than this many characters: past it the page says
   * so instead of freezing the tab */
  maxBodyChars: number;
  /** the page's address, where the document has none (a parsed file) */
  url: string;
  /** the page's signals, when the caller has just read them (the content
   * script's gate did): not read a second time */
  signals?: PageSignals;
  /** take no report out of an editor (a contenteditable box, a document in
   * design mode): in a live page a mark would be saved with the draft; a
   * saved file (the command line's) has nothing to save it to */
  leaveEditable: boolean;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = { maxPageChars: Infinity, maxBodyChars: 2_000_000, url: '', leaveEditable: true };

export class ReportTooLargeError extends Error {}

export function isReportReading(reading: PageReading | NotAReport): reading is PageReading {
  return reading.map !== null && reading.analysis.detection.isReport;
}

/** Runs the engine over a page's blocks: in the extension's background
 * (off the page's thread), in slices in the page, or at once (the command
 * line, the tests). This module does not import the engine, so the page's
 * report stage can leave it out. */
export type Analyzer = (signals: PageSignals, blocks: Block[]) => Analysis | Promise<Analysis>;

/** Reads the page and has `analyze` run the engine over it; changes
 * nothing. The page must not be changed until it resolves. */
export async function readReportPageWith(doc: Document, analyze: Analyzer, options: Partial<ReadOptions> = {}): Promise<PageReading | NotAReport> {
  const page = readPageBlocks(doc, options);
  if (!page.map) return page;
  return withAnalysis(page.signals, page.body, page.map, await analyze(page.signals, page.map.blocks));
}

/** readReportPageWith for an analyzer that answers at once. */
export function readReportPageNow(doc: Document, analyze: (signals: PageSignals, blocks: Block[]) => Analysis, options: Partial<ReadOptions> = {}): PageReading | NotAReport {
  const page = readPageBlocks(doc, options);
  if (!page.map) return page;
  return withAnalysis(page.signals, page.body, page.map, analyze(page.signals, page.map.blocks));
}

function withAnalysis(signals: PageSignals, body: Element, map: BlockMap, analysis: Analysis): PageReading | NotAReport {
  return analysis.detection.isReport ? { signals, body, map, analysis } : { signals, body, map: null, analysis };
}

/** The page's signals and its report body's blocks; throws
 * ReportTooLargeError past maxBodyChars. */
function readPageBlocks(
  doc: Document,
  options: Partial<ReadOptions>,
): NotAReport | { signals: PageSignals; body: Element; map: BlockMap } {
  const { maxPageChars, maxBodyChars, url, leaveEditable } = { ...DEFAULT_READ_OPTIONS, ...options };
  if (Number.isFinite(maxPageChars)) {
    const pageChars = doc.body?.textContent?.length ?? 0;
    if (pageChars > maxPageChars) throw new ReportTooLargeError(`${pageChars} characters of text, limit ${maxPageChars}`);
  }
  const signals = { ...(options.signals ?? readPageSignals(doc)), url: url || doc.location?.href || '' };
  const location = findReport(doc, { leaveEditable });
  if (!location) {
    const detection = { isReport: false, kind: null, title: signals.title, jurisdiction: null, year: null, score: 0 };
    return { signals, body: null, map: null, analysis: { detection, outline: [], metrics: [] } };
  }
  const body = location.root;
  const map = readBlocks(body, { parts: location.parts });
  let length = 0;
  for (const block of map.blocks) length += block.text.length;
  if (length > maxBodyChars) throw new ReportTooLargeError(`the report body has ${length} characters (limit ${maxBodyChars})`);
  return { signals, body, map };
}
