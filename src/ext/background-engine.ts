import type { Analysis, Block, PageSignals } from '../core/types';
import { requestAnalysis, type AnalysisAnswer } from './messages';

/** What the background's answer brings besides the analysis. */
export type EngineExtras = Omit<AnalysisAnswer, 'analysis'>;

export interface EngineOptions {
  /** how long the background may take before the page runs the engine itself */
  timeoutMs: number;
  /** the in-page engine's slices, and what gives the page a turn between them */
  sliceMs: number;
  pause(): Promise<void>;
  /** told why the page runs the engine itself */
  onFallback(error: unknown): void;
  /** the reader asked to read the page as a report (core/analyze.ts) */
  asReport?: boolean;
}

/** An analyzer for readReportPageWith that has the background run the
 * engine, off the page's thread, and runs it in the page (loaded only then,
 * in slices) when the background gives no answer. `extras()` then tells what
 * the background sent along: the settings and the UI's words, which the page
 * need not ask the browser for; null when the page ran the engine. */
export function backgroundAnalyzer(options: EngineOptions): {
  analyze(signals: PageSignals, blocks: Block[]): Promise<Analysis>;
  extras(): EngineExtras | null;
} {
  let extras: EngineExtras | null = null;
  return {
    async analyze(signals, blocks) {
      try {
        const { analysis, ...rest } = await requestAnalysis(signals, blocks, options.timeoutMs, options.asReport);
        extras = rest;
        return analysis;
      } catch (error) {
        options.onFallback(error);
        const { analyzeInSlices } = await import('../core/analyze');
        return analyzeInSlices(signals, blocks, { sliceMs: options.sliceMs, pause: options.pause, asReport: options.asReport });
      }
    },
    extras: () => extras,
  };
}
