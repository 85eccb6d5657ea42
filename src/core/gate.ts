import type { PageSignals } from './types';

// The cheap gate runs on every page the user opens, so it imports nothing but
// types and only asks "could this be a report?" with a few substring searches.
// A yes merely lets the full detector run; a no must be right for ordinary pages.

export interface GateOptions {
  /** only this much of the sample is searched, however long it is */
  maxSampleChars: number;
  /** a report title marker plus this many kinds of structural body evidence says yes */
  bodyMarkersWithTitle: number;
  /** without a title marker, this many kinds of structural evidence say yes */
  bodyMarkersAlone: number;
}

export const DEFAULT_GATE_OPTIONS: GateOptions = {
  maxSampleChars: 5000,
  bodyMarkersWithTitle: 1,
  bodyMarkersAlone: 2,
};

/** Names of the report genres; each appears in the title of its own kind.
 * A news item ABOUT a session names them too, so on its own a title marker
 * proves nothing: it only lowers how much body evidence is needed. */
const TITLE_MARKERS: readonly string[] = [
  '政府工作报告', // work reports
  '统计公报', // statistical communiqués
  '预算执行情况', // budget execution reports
  '预算草案', // draft budget reports
  '规划纲要', // five-year plan outlines
  '五年规划',
];

// Wording that only the text of a report itself uses, wherever it stands:
// the address to the deputies and the request for deliberation that ends the
// opening paragraph (two kinds: the 1998 report, titled only by its file
// name, has both and nothing else). News quotes a report, it does not address
// anyone. 人民代表大会, 同比增长 and 主要工作 used to count, and let session
// news and encyclopedia pages through.
const ADDRESS = '各位代表';
const REQUEST = '请予审议';

/** Section titles of a work report. They count only as a heading (in the
 * title/headings, or at the start of a line of the sample, after at most a
 * short numbering like "一、2024年"), because news paraphrases them mid-sentence:
 * "报告提出，今年发展主要预期目标是…". */
const SECTION_MARKERS: readonly string[] = ['工作回顾', '主要预期目标', '总体要求'];
/** how far into its line a section title may start and still be a heading */
const SECTION_LINE_OFFSET = 10;

/** How much of the sample's start is read again without spaces, for a title
 * typeset with spaces. */
const SPACED_TITLE_CHARS = 200;
const TITLE_SPACING = /[ \u3000\u00a0]/g;

/** Whether a page title names a report genre. */
export function titleNamesAReport(title: string): boolean {
  return TITLE_MARKERS.some((marker) => title.includes(marker));
}

/** The words without which looksLikeReport cannot say yes, for a probe that
 * looks at the page's text nodes one by one (src/dom/read/signals.ts,
 * mayHoldReportText) before any signal is read: every kind of evidence needs
 * one of them, so a page with none of them is no report whatever its title. */
export const REPORT_TEXT_CLUES = {
  /** anywhere in a text node (统计局: the byline half of the communiqué kind) */
  anywhere: [ADDRESS, REQUEST, '统计局'] as readonly string[],
  /** at most `maxOffset` characters into a text node (section headings) */
  nearStart: SECTION_MARKERS,
  maxOffset: SECTION_LINE_OFFSET,
  /** at the start of a text node (the first numbered section) */
  atStart: ['一、', '第一章'] as readonly string[],
};

/** True when the page may hold a report: cheap enough for every page visit.
 * Kinds of structural evidence, each counted once: the address 各位代表, the
 * request 请予审议, a section heading, numbered sections (a line starting 一、 and a
 * later one starting 二、, or 第一章 … 第二章), and a communiqué's statistics-bureau byline with
 * its 比上年增长 results. */
export function looksLikeReport(signals: PageSignals, options: Partial<GateOptions> = {}): boolean {
  const opts: GateOptions = { ...DEFAULT_GATE_OPTIONS, ...options };
  const sample = signals.sample.length > opts.maxSampleChars ? signals.sample.slice(0, opts.maxSampleChars) : signals.sample;
  const head = `${signals.title}\n${signals.headings.join('\n')}`;

  // a title typeset with spaces between its characters (政 府 工 作 报 告)
  const spacedTitle = sample.slice(0, SPACED_TITLE_CHARS).replace(TITLE_SPACING, '');
  let titleMarker = false;
  for (const marker of TITLE_MARKERS) {
    if (head.includes(marker) || sample.includes(marker) || spacedTitle.includes(marker)) {
      titleMarker = true;
      break;
    }
  }
  const needed = titleMarker ? opts.bodyMarkersWithTitle : opts.bodyMarkersAlone;
  const kinds = [
    () => sample.includes(ADDRESS),
    () => sample.includes(REQUEST),
    () => SECTION_MARKERS.some((marker) => head.includes(marker) || startsALine(sample, marker, SECTION_LINE_OFFSET)),
    () => hasNumberedSections(sample),
    () => sample.includes('统计局') && sample.includes('比上年增长'),
  ];
  let found = 0;
  for (const kind of kinds) {
    if (kind()) {
      found += 1;
      if (found >= needed) return true;
    }
  }
  return false;
}

/** Whether some occurrence of `marker` begins at most `maxOffset` characters
 * after the start of its line. */
function startsALine(text: string, marker: string, maxOffset: number): boolean {
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + marker.length)) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    if (at - lineStart <= maxOffset) return true;
  }
  return false;
}

/** A line starting "一、" and a later line starting "二、" (or 第一章 … 第二章,
 * as plan outlines number theirs; leading blanks allowed): the top-level
 * numbering of report sections. One numbered item in a post is no outline. */
function hasNumberedSections(text: string): boolean {
  for (const [first, second] of NUMBERED_SECTIONS) {
    const at = lineStartIndex(text, first, 0);
    if (at !== -1 && lineStartIndex(text, second, at + first.length) !== -1) return true;
  }
  return false;
}
const NUMBERED_SECTIONS: readonly (readonly [string, string])[] = [
  ['一、', '二、'],
  ['第一章', '第二章'],
];

function lineStartIndex(text: string, marker: string, from: number): number {
  for (let at = text.indexOf(marker, from); at !== -1; at = text.indexOf(marker, at + marker.length)) {
    let before = at - 1;
    while (before >= 0 && (text[before] === ' ' || text[before] === '\u3000' || text[before] === '\t')) before--;
    if (before < 0 || text[before] === '\n') return at;
  }
  return -1;
}
