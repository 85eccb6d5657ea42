import { analyzeReport, startAnalysis } from '../core/analyze';
import { flattenOutline } from '../core/outline';
import type { Analysis, PageSignals } from '../core/types';
import { readBlocks, type BlockMap } from './blocks';
import { wrapFigures } from './highlight';
import { MARK_CSS } from './mark-style';
import { applyReaderView, installStyleSheet, READER_VIEW_CSS, type ReaderHeading } from './reader-view';
import { findReportBody } from './report-body';
import { readPageSignals } from './signals';
import { combineUndos, setAttribute, type Undo } from './undo';

export const STATE_ATTRIBUTE = 'data-report-lens';

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
  /** refuse bodies longer than this many characters: past it the page says
   * so instead of freezing the tab */
  maxBodyChars: number;
  /** the page's address, where the document has none (a parsed file) */
  url: string;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = { maxBodyChars: 2_000_000, url: '' };

export class ReportTooLargeError extends Error {}

export function isReportReading(reading: PageReading | NotAReport): reading is PageReading {
  return reading.map !== null && reading.analysis.detection.isReport;
}

/** Reads the page and runs the engine; changes nothing. The same call
 * serves the content script, the command line and the tests. */
export function readReportPage(doc: Document, options: Partial<ReadOptions> = {}): PageReading | NotAReport {
  const page = readPageBlocks(doc, options);
  if (!page.map) return page;
  return withAnalysis(page.signals, page.body, page.map, analyzeReport(page.signals, page.map.blocks));
}

/** readReportPage without holding the thread for the whole of it: the
 * engine runs in slices of about `sliceMs`, and `pause()` (a new task of the
 * page's event loop) comes between them. A long report read cold takes well
 * over 100 ms, one long task that keeps the page from painting and answering
 * input. The page must not be changed until it resolves. */
export async function readReportPageInSlices(
  doc: Document,
  options: Partial<ReadOptions> & { sliceMs: number; pause(): Promise<void>; now?(): number },
): Promise<PageReading | NotAReport> {
  const now = options.now ?? (() => performance.now());
  // finding the body and reading its blocks are part of the first slice
  let deadline = now() + options.sliceMs;
  const page = readPageBlocks(doc, options);
  if (!page.map) return page;
  const analysis = startAnalysis(page.signals, page.map.blocks);
  for (;;) {
    const done = analysis.step(() => now() < deadline);
    if (done) return withAnalysis(page.signals, page.body, page.map, done);
    await options.pause();
    deadline = now() + options.sliceMs;
  }
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
  const { maxBodyChars, url } = { ...DEFAULT_READ_OPTIONS, ...options };
  const signals = { ...readPageSignals(doc), url: url || doc.location?.href || '' };
  const body = findReportBody(doc);
  if (!body) {
    const detection = { isReport: false, kind: null, title: signals.title, jurisdiction: null, year: null, score: 0 };
    return { signals, body: null, map: null, analysis: { detection, outline: [], metrics: [] } };
  }
  const map = readBlocks(body);
  let length = 0;
  for (const block of map.blocks) length += block.text.length;
  if (length > maxBodyChars) throw new ReportTooLargeError(`the report body has ${length} characters (limit ${maxBodyChars})`);
  return { signals, body, map };
}

export interface AppliedAnnotation {
  undo: Undo;
  /** the mark elements of each metric id, in document order */
  marks: Map<string, Element[]>;
}

export function readerHeadings(analysis: Analysis): ReaderHeading[] {
  return flattenOutline(analysis.outline).map((node) => ({
    block: node.block,
    start: node.start,
    end: node.end,
    level: node.level,
  }));
}

/** Reading view, highlights and the ready flag, all or nothing: if any step
 * fails, what was done is undone before the error goes on. */
export function applyAnnotation(doc: Document, reading: PageReading): AppliedAnnotation {
  const undos: Undo[] = [];
  try {
    undos.push(installStyleSheet(doc, `${READER_VIEW_CSS}\n${MARK_CSS}`));
    undos.push(applyReaderView(doc, reading.map, readerHeadings(reading.analysis)));
    const wrapped = wrapFigures(
      doc,
      reading.map,
      reading.analysis.metrics.map((metric) => ({
        id: metric.id,
        block: metric.block,
        start: metric.start,
        end: metric.end,
        kind: metric.kind,
        headline: metric.headline,
        relation: metric.relation,
      })),
    );
    undos.push(wrapped.undo);
    undos.push(setAttribute(doc.documentElement, STATE_ATTRIBUTE, 'ready'));
    return { undo: combineUndos(undos), marks: wrapped.elements };
  } catch (error) {
    combineUndos(undos)();
    throw error;
  }
}
