import type { PageSignals } from './types';

// The cheap gate runs on every page the user opens, so it imports nothing but
// types and only asks "could this be a report?" with a few substring searches.
// A yes merely lets the full detector run; a no must be right for ordinary pages.

export interface GateOptions {
  /** only this much of the sample is searched, however long it is */
  maxSampleChars: number;
  /** a report title marker plus this many body markers says yes */
  bodyMarkersWithTitle: number;
  /** without a title marker, this many distinct body markers say yes */
  bodyMarkersAlone: number;
}

export const DEFAULT_GATE_OPTIONS: GateOptions = {
  maxSampleChars: 5000,
  bodyMarkersWithTitle: 1,
  bodyMarkersAlone: 3,
};

/** Names of the report genres; each appears in the title of its own kind. */
const TITLE_MARKERS: readonly string[] = [
  '政府工作报告', // work reports
  '统计公报', // statistical communiqués
  '预算执行情况', // budget execution reports
  '预算草案', // draft budget reports
  '规划纲要', // five-year plan outlines
  '五年规划',
];

/** Wording that the bodies of these reports use and ordinary pages rarely do. */
const BODY_MARKERS: readonly string[] = [
  '各位代表', // the address that opens a report to a people's congress
  '工作回顾', // "2024年工作回顾": the review section
  '主要预期目标', // the main targets statement
  '主要工作', // the work-plan section
  '人民代表大会', // the meeting line under the title
  '比上年增长', // communiqué results
  '同比增长',
  '统计局', // communiqué byline
  '总体要求', // work report section 2
  '请予审议', // the request that ends a report's opening paragraph
];

/** True when the page may hold a report: cheap enough for every page visit. */
export function looksLikeReport(signals: PageSignals, options: Partial<GateOptions> = {}): boolean {
  const opts: GateOptions = { ...DEFAULT_GATE_OPTIONS, ...options };
  const sample = signals.sample.length > opts.maxSampleChars ? signals.sample.slice(0, opts.maxSampleChars) : signals.sample;
  const head = `${signals.title}\n${signals.headings.join('\n')}`;

  let titleMarker = false;
  for (const marker of TITLE_MARKERS) {
    if (head.includes(marker) || sample.includes(marker)) {
      titleMarker = true;
      break;
    }
  }
  const needed = titleMarker ? opts.bodyMarkersWithTitle : opts.bodyMarkersAlone;
  let found = 0;
  for (const marker of BODY_MARKERS) {
    if (sample.includes(marker) || head.includes(marker)) {
      found += 1;
      if (found >= needed) return true;
    }
  }
  return false;
}
