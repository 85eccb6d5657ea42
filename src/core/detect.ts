import type { Block, Detection, OutlineNode, PageSignals, ReportKind } from './types';
import { buildOutline } from './outline';

/** Thresholds of the full decision. Every one must hold for a yes: a title keyword
 * alone never makes a report, the body's structure and figures must back it. */
export interface DetectOptions {
  /** reports run to thousands of characters; news items and listings do not */
  minBodyChars: number;
  /** share of Hanzi among non-space characters: keeps English pages out */
  minHanziShare: number;
  /** figures with units (亿元, %, 万人 …) the body must hold */
  minFigures: number;
  /** main level-1 sections the outline must find */
  minSections: number;
  /** the weighted score must reach this */
  minScore: number;
  /** the title line, meeting line and byline sit within this many non-blank blocks */
  headBlocks: number;
  /** a title line is at most this long */
  maxTitleLineChars: number;
}

export const DEFAULT_DETECT_OPTIONS: DetectOptions = {
  minBodyChars: 3000,
  minHanziShare: 0.5,
  minFigures: 20,
  minSections: 2,
  minScore: 0.6,
  headBlocks: 40,
  maxTitleLineChars: 50,
};

/** The genre names as they appear in titles, most specific first. */
const KIND_IN_TITLE: readonly (readonly [ReportKind, RegExp])[] = [
  ['statistical-communique', /统计公报/],
  ['budget-report', /预算执行情况|预算草案|预算.{0,20}的报告/],
  ['plan', /规划纲要|五年规划/],
  ['work-report', /政府工作报告/],
];

/** What a title is called when the page does not give one. */
const KIND_NAMES: Readonly<Record<ReportKind, string>> = {
  'work-report': '政府工作报告',
  'statistical-communique': '国民经济和社会发展统计公报',
  'budget-report': '预算报告',
  plan: '规划纲要',
  'other-report': '报告',
};

const PATTERNS = {
  /** a number followed by the units reports count in: the body of a report is full of them */
  figure:
    /[0-9０-９]+(?:[.．][0-9０-９]+)?\s?(?:%|％|‰|个百分点|万亿元|亿元|万元|元|万人次|万人|人|万吨|吨|万千瓦|千瓦时|千瓦|平方公里|公里|千米|万亩|亩|公顷|户|家|个|项|所|座|辆|倍|万|亿)/g,
  /** "[山东] " in front of forum thread titles */
  forumPrefix: /^[[【][^\]】]{1,10}[\]】]\s*/,
  /** "（一）预算执行情况": a numbered section heading names the genre too, but is no title */
  numberedHeading: /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])/,
  /** "[1]" footnote marks after a title */
  footnoteMark: /\s*[[［]\d{1,2}[\]］]\s*$/,
  /** where a site appends its own name to document.title */
  titleSeparator: /\s+[-–—|]\s+|_|\||｜/,
  /** the line under a title that says where and when the report was given
   * ("——2025年1月15日在…会议上", "----2025年1月15日龚正市长在…会议的政府工作报告"):
   * it names the genre too, but it is not the title */
  meetingLine: /^\s*(?:[-—－─–]{2,}|[（(]?\d{4}年\d{1,2}月\d{1,2}日)|在.{2,40}(?:代表大会|会议)/,
  /** "——2025年1月15日在…" under a work report's title: the meeting date */
  meetingDate: /^[—\-－─]{1,4}\s*([12][0-9]{3})\s*年\s*\d{1,2}\s*月/,
  /** "…在广东省第十四届人民代表大会…": the congress names the jurisdiction */
  congress: /第[一二三四五六七八九十]{1,3}届人民代表大会/,
  /** the suffixes of Chinese administrative units */
  adminSuffix: /(?:特别行政区|自治区|自治州|自治县|省|市|县|区|旗|盟)$/,
  /** "万载县统计局": a communiqué's byline names the jurisdiction */
  statisticsBureau: /^([\u4e00-\u9fff]{2,10}?(?:自治区|自治州|自治县|省|市|县|区|旗))统计局/,
  /** "2022年，全县…": a communiqué opens with the year it is about */
  openingYear: /^([12][0-9]{3})年[，,]/,
  /** "（2023年5月）": a communiqué's publication date, the year after the one it covers */
  publicationDate: /^[（(]([12][0-9]{3})年\d{1,2}月(?:\d{1,2}日)?[）)]$|^([12][0-9]{3})年\d{1,2}月\d{1,2}日$/,
  /** any year, as a four-digit number before 年 */
  year: /([12][0-9]{3})\s*年/,
  /** digits spaced out by old typesetting ("1 9 9 8 年") */
  spacedDigits: /(\d)[\s\u3000]+(?=\d|年)/g,
  /** "2024年工作回顾": a review of the year before the report's */
  reviewHeading: /([12][0-9]{3})年.{0,12}回顾/,
  /** "2025年政府工作任务", "关于1998年政府工作的建议": the report's own year */
  planHeading: /([12][0-9]{3})年.{0,16}(?:任务|安排|重点工作|主要工作|建议|总体要求)/,
  /** the address that opens a report to a people's congress */
  address: /^各位代表[：:，,！!]/,
  /** the speaker presents on behalf of a government */
  onBehalf: /代表(?:国务院|[^，。]{0,8}人民政府)/,
  /** a communiqué refers to itself */
  communiqueSelf: /本公报/,
  /** results as communiqués report them */
  resultWording: /比上年|同比/g,
} as const;

/** Wording that report bodies use; more distinct ones, more report-like. */
const REPORT_WORDING: readonly string[] = [
  '工作回顾', '主要预期目标', '预期目标', '比上年', '同比', '全年', '各位代表', '人民代表大会', '统计局', '总体要求',
];

const SCORE_WEIGHTS = { genre: 0.3, structure: 0.25, figures: 0.25, wording: 0.2 } as const;

interface BodyFacts {
  chars: number;
  hanzi: number;
  figures: number;
  head: string[];
  hasAddress: boolean;
  resultWordingCount: number;
  communiqueSelf: boolean;
  wordingFound: number;
}

/** The full decision over the candidate body's blocks, with the report's kind,
 * title, jurisdiction and year. */
export function detectReport(signals: PageSignals, blocks: Block[], options: Partial<DetectOptions> = {}): Detection {
  const opts: DetectOptions = { ...DEFAULT_DETECT_OPTIONS, ...options };
  const facts = readBody(blocks, opts);
  const outline = buildOutline(blocks);
  const main = outline.filter((node) => node.appendix !== true);
  const nodeCount = main.reduce((sum, node) => sum + 1 + node.children.length, 0);

  const titleLine = findTitleLine(facts.head, signals, opts);
  let kind: ReportKind | null = titleLine === null ? null : kindOf(titleLine);
  let genreWeight = kind === null ? 0 : 1;
  if (kind === null) {
    const headText = facts.head.join('\n');
    if (facts.communiqueSelf || (PATTERNS.statisticsBureau.test(headText) && facts.resultWordingCount >= 5)) {
      kind = 'statistical-communique';
      genreWeight = 0.7;
    } else if (facts.hasAddress) {
      kind = PATTERNS.onBehalf.test(headText) ? 'work-report' : 'other-report';
      genreWeight = 0.7;
    }
  }

  const structure = Math.min(1, main.length / 3) * 0.6 + Math.min(1, nodeCount / 8) * 0.4;
  const figureScore = Math.min(1, facts.figures / (opts.minFigures * 2));
  const wording = Math.min(1, facts.wordingFound / 4);
  const score =
    SCORE_WEIGHTS.genre * genreWeight +
    SCORE_WEIGHTS.structure * structure +
    SCORE_WEIGHTS.figures * figureScore +
    SCORE_WEIGHTS.wording * wording;

  const nonSpace = facts.chars;
  const passes =
    kind !== null &&
    nonSpace >= opts.minBodyChars &&
    facts.hanzi / Math.max(1, nonSpace) >= opts.minHanziShare &&
    facts.figures >= opts.minFigures &&
    main.length >= opts.minSections &&
    score >= opts.minScore;

  const year = yearOf(kind, titleLine, facts.head, main, signals);
  const jurisdiction = jurisdictionOf(titleLine, facts.head);
  const title = titleLine ?? synthesizedTitle(kind, year, jurisdiction);
  return {
    isReport: passes,
    kind: passes ? kind : null,
    title,
    jurisdiction,
    year,
    score: Math.round(score * 100) / 100,
  };
}

/** One pass over the blocks for counts, plus the first non-blank blocks as the head. */
function readBody(blocks: Block[], opts: DetectOptions): BodyFacts {
  const facts: BodyFacts = {
    chars: 0, hanzi: 0, figures: 0, head: [], hasAddress: false, resultWordingCount: 0, communiqueSelf: false, wordingFound: 0,
  };
  const wordingSeen = new Set<string>();
  for (const block of blocks) {
    const text = block.text.trim();
    if (text.length === 0) continue;
    if (facts.head.length < opts.headBlocks) facts.head.push(text);
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (code <= 0x20 || code === 0x3000 || code === 0xa0) continue;
      facts.chars += 1;
      if (code >= 0x4e00 && code <= 0x9fff) facts.hanzi += 1;
    }
    PATTERNS.figure.lastIndex = 0;
    while (PATTERNS.figure.exec(text) !== null) facts.figures += 1;
    PATTERNS.resultWording.lastIndex = 0;
    while (PATTERNS.resultWording.exec(text) !== null) facts.resultWordingCount += 1;
    if (!facts.hasAddress && PATTERNS.address.test(text)) facts.hasAddress = true;
    if (!facts.communiqueSelf && PATTERNS.communiqueSelf.test(text)) facts.communiqueSelf = true;
    if (wordingSeen.size < REPORT_WORDING.length) {
      for (const word of REPORT_WORDING) if (!wordingSeen.has(word) && text.includes(word)) wordingSeen.add(word);
    }
  }
  facts.wordingFound = wordingSeen.size;
  return facts;
}

function kindOf(text: string): ReportKind | null {
  for (const [kind, pattern] of KIND_IN_TITLE) if (pattern.test(text)) return kind;
  return null;
}

function cleanTitle(text: string): string {
  return text.trim().replace(PATTERNS.forumPrefix, '').replace(PATTERNS.footnoteMark, '').trim();
}

/** The report's title: a short title line in the body's head, else a page heading,
 * else the part of document.title that names a report (site suffix dropped). A
 * page heading that says more than a bare body title ("2019年政府工作报告" over
 * "政府工作报告") wins, since it carries the year and place the body leaves out. */
function findTitleLine(head: string[], signals: PageSignals, opts: DetectOptions): string | null {
  const fits = (text: string) =>
    text.length <= opts.maxTitleLineChars && kindOf(text) !== null && !PATTERNS.meetingLine.test(text) && !PATTERNS.numberedHeading.test(text);
  let fromBody: string | null = null;
  for (const line of head) {
    if (line.length > opts.maxTitleLineChars) continue;
    const cleaned = cleanTitle(line);
    if (fits(cleaned) && !/[。？！]/.test(cleaned)) {
      fromBody = cleaned;
      break;
    }
  }
  const fromPage = [...signals.headings, ...signals.title.slice(0, 500).split(PATTERNS.titleSeparator)]
    .map(cleanTitle)
    .find(fits) ?? null;
  if (fromBody !== null && fromPage !== null && fromPage.length > fromBody.length && fromPage.includes(fromBody)) return fromPage;
  return fromBody ?? fromPage;
}

function synthesizedTitle(kind: ReportKind | null, year: number | null, jurisdiction: string | null): string {
  if (kind === null) return '';
  const place = jurisdiction === null || jurisdiction === '全国' ? '' : jurisdiction;
  const when = year === null ? '' : `${year}年`;
  return kind === 'statistical-communique' ? `${place}${when}${KIND_NAMES[kind]}` : `${when}${place}${KIND_NAMES[kind]}`;
}

function plausibleYear(text: string | undefined): number | null {
  if (text === undefined) return null;
  const year = Number(text);
  return year >= 1949 && year <= 2100 ? year : null;
}

function yearOf(
  kind: ReportKind | null,
  titleLine: string | null,
  head: string[],
  main: OutlineNode[],
  signals: PageSignals,
): number | null {
  const fromTitle = titleLine === null ? null : plausibleYear(PATTERNS.year.exec(titleLine)?.[1]);
  if (fromTitle !== null) return fromTitle;
  if (kind === 'statistical-communique') {
    for (const line of head) {
      const opening = plausibleYear(PATTERNS.openingYear.exec(line)?.[1]);
      if (opening !== null) return opening;
    }
    for (const line of head) {
      const match = PATTERNS.publicationDate.exec(line);
      const published = plausibleYear(match?.[1] ?? match?.[2]);
      if (published !== null) return published - 1;
    }
  } else {
    for (const line of head) {
      const meeting = plausibleYear(PATTERNS.meetingDate.exec(line)?.[1]);
      if (meeting !== null) return meeting;
    }
    for (const node of main) {
      const title = node.title.replace(PATTERNS.spacedDigits, '$1');
      const review = plausibleYear(PATTERNS.reviewHeading.exec(title)?.[1]);
      if (review !== null) return review + 1;
      const planned = plausibleYear(PATTERNS.planHeading.exec(title)?.[1]);
      if (planned !== null) return planned;
    }
  }
  return plausibleYear(PATTERNS.year.exec(signals.title.slice(0, 500))?.[1]);
}

/** The meeting line names the congress; a communiqué's byline names its bureau;
 * otherwise the title names the place between the year and the genre. */
function jurisdictionOf(titleLine: string | null, head: string[]): string | null {
  // a meeting line broken over two lines (…第十四届 / 人民代表大会第五次会议上) is read joined
  const lines = head.flatMap((line, i) => (i + 1 < head.length ? [line, line + (head[i + 1] ?? '')] : [line]));
  for (const line of lines) {
    if (line.includes('全国人民代表大会')) return '全国';
    const congress = PATTERNS.congress.exec(line);
    if (congress === null) continue;
    const before = line.slice(Math.max(0, congress.index - 16), congress.index);
    const cut = Math.max(before.lastIndexOf('在'), before.lastIndexOf('日'), before.lastIndexOf(' '), before.lastIndexOf('，'));
    const name = before.slice(cut + 1).trim();
    if (name.length >= 2 && PATTERNS.adminSuffix.test(name)) return name;
  }
  for (const line of head) {
    if (PATTERNS.onBehalf.test(line) && line.includes('国务院')) return '全国';
    const bureau = PATTERNS.statisticsBureau.exec(line);
    if (bureau?.[1] !== undefined) return bureau[1];
  }
  if (titleLine !== null) {
    const withoutGenre = titleLine.replace(/(?:国民经济和社会发展)?统计公报.*$|政府工作报告.*$|关于|预算.*$|国民经济和社会发展第.*$/g, '');
    const place = withoutGenre.replace(/[12][0-9]{3}\s*年(?:度)?/g, '').replace(/^中华人民共和国$/, '全国').trim();
    if (place.length >= 2 && place.length <= 12) return place;
  }
  return null;
}
