import { detectReport } from './detect';
import { extractMetrics, startMetricExtraction } from './extract';
import { buildOutline } from './outline';
import type { Analysis, Block, Detection, PageSignals } from './types';

export interface AnalysisOptions {
  /** the reader asked to read this text as a report ("Read as report"):
   * a text the detector rejects is read all the same, its kind as the
   * detector guessed it or 'other-report' */
  asReport?: boolean;
}

/** The detection, taken as a report when the reader said it is one. */
function detectionFor(signals: PageSignals, blocks: Block[], options: AnalysisOptions): Detection {
  const detection = detectReport(signals, blocks);
  if (detection.isReport || !options.asReport) return detection;
  return { ...detection, isReport: true, kind: detection.kind ?? 'other-report', title: detection.title || pageTitle(signals) };
}

/** What a page is called when no report title was found in it: its first
 * heading, else document.title without the site's name after it. */
function pageTitle(signals: PageSignals): string {
  const heading = signals.headings.map((text) => text.trim()).find((text) => text.length > 0 && text.length <= 120);
  return heading ?? signals.title.split(/\s+[-–—|]\s+|_|｜/)[0]?.trim() ?? '';
}

/** The whole engine over one report's blocks: the same call serves the
 * content script, the command line and the tests. Pages that are not
 * reports stop after detection. */
export function analyzeReport(signals: PageSignals, blocks: Block[], options: AnalysisOptions = {}): Analysis {
  const detection = detectionFor(signals, blocks, options);
  if (!detection.isReport) return { detection, outline: [], metrics: [] };
  const outline = buildOutline(blocks);
  const metrics = extractMetrics(blocks, outline, detection);
  return { detection, outline, metrics };
}

/** analyzeReport in steps, for a caller that gives the thread back between
 * them: `step` runs detection and the outline first, then the metrics a
 * stretch of blocks at a time, while `more()` says so; it returns the
 * analysis once done (the same as analyzeReport's), null until then. */
export function startAnalysis(signals: PageSignals, blocks: Block[], options: AnalysisOptions = {}): { step(more: () => boolean): Analysis | null } {
  let done: Analysis | null = null;
  let begun: { detection: Analysis['detection']; outline: Analysis['outline']; extraction: ReturnType<typeof startMetricExtraction> } | null = null;
  return {
    step(more) {
      if (done) return done;
      if (!begun) {
        const detection = detectionFor(signals, blocks, options);
        if (!detection.isReport) return (done = { detection, outline: [], metrics: [] });
        const outline = buildOutline(blocks);
        begun = { detection, outline, extraction: startMetricExtraction(blocks, outline, detection) };
        if (!more()) return null;
      }
      if (!begun.extraction.step(more)) return null;
      return (done = { detection: begun.detection, outline: begun.outline, metrics: begun.extraction.metrics });
    },
  };
}

export interface SliceOptions extends AnalysisOptions {
  /** how long one slice may run, ms */
  sliceMs: number;
  /** gives the thread back between slices (in a page: a new task) */
  pause(): Promise<void>;
  now?(): number;
}

/** analyzeReport without holding the thread for the whole of it: slices of
 * about `sliceMs`, `pause()` between them. */
export async function analyzeInSlices(signals: PageSignals, blocks: Block[], options: SliceOptions): Promise<Analysis> {
  const now = options.now ?? (() => performance.now());
  const analysis = startAnalysis(signals, blocks, options);
  for (;;) {
    const deadline = now() + options.sliceMs;
    const done = analysis.step(() => now() < deadline);
    if (done) return done;
    await options.pause();
  }
}

/** Signals for a plain-text report, where there is no page around it. */
export function signalsFromText(text: string, fileName = '', sampleLength = 3000): PageSignals {
  const [first = '', second = ''] = text
    .slice(0, sampleLength)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  // a title broken over two lines ("2025年泉州市" / "国民经济和社会发展统计公报"):
  // the first names no genre, the second does and is short
  const broken = first.length <= SPLIT_TITLE_HEAD && !GENRE_WORD.test(first) && GENRE_WORD.test(second) && second.length <= SPLIT_TITLE_TAIL;
  const title = broken ? first + second : first;
  return { title: title || fileName, headings: title ? [title] : [], sample: text.slice(0, sampleLength) };
}

/** Words every title of a report names its genre with. */
const GENRE_WORD = /统计公报|工作报告|预算|决算|规划纲要/;
const SPLIT_TITLE_HEAD = 16;
const SPLIT_TITLE_TAIL = 40;
