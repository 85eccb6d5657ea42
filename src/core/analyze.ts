import { detectReport } from './detect';
import { extractMetrics } from './extract';
import { buildOutline } from './outline';
import type { Analysis, Block, PageSignals } from './types';

/** The whole engine over one report's blocks: the same call serves the
 * content script, the command line and the tests. Pages that are not
 * reports stop after detection. */
export function analyzeReport(signals: PageSignals, blocks: Block[]): Analysis {
  const detection = detectReport(signals, blocks);
  if (!detection.isReport) return { detection, outline: [], metrics: [] };
  const outline = buildOutline(blocks);
  const metrics = extractMetrics(blocks, outline, detection);
  return { detection, outline, metrics };
}

/** Signals for a plain-text report, where there is no page around it. */
export function signalsFromText(text: string, fileName = '', sampleLength = 3000): PageSignals {
  const firstLine = text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
  return { title: firstLine || fileName, headings: firstLine ? [firstLine] : [], sample: text.slice(0, sampleLength) };
}
