// Where a figure stands in the report, which decides its kind and its year:
// the part of the report (the review looks back, the plan ahead), the years
// the text names, the main-targets statement (主要预期目标), and the words
// that make a figure a target (力争, 确保) or a result (去年, 截至).

import type { Block, Detection, MetricKind, OutlineNode } from './types';
import type { FigureSpan } from './figures';
import { isDigit, readArabicNumber } from './numbers';

/** Titles of the part of a work report that looks back: its figures are
 * results. Checked before PLAN_TITLE because "…工作及“十四五”时期发展回顾"
 * mentions plans but reviews them. */
const REVIEW_TITLE = /回顾|过去一年|过去五年|过去的一年|过去.{1,3}年|执行情况|预算执行|运行情况|工作总结|工作成效/;
/** Titles of the parts that look ahead: their figures are targets. */
const PLAN_TITLE =
  /主要工作|重点工作|工作安排|总体要求|主要任务|重点任务|工作任务|目标任务|建议|目标|政策取向|主要考虑|总体思路|计划|草案|部署|展望/;
/** A five-year plan named in a section title ("“十五五”时期主要目标任务"): its
 * targets are about the plan's last year. */
const FIVE_YEAR_PLAN = /十([一二三四五六七八九])五/;
const FIVE_YEAR_PLAN_END: Readonly<Record<string, number>> = { 一: 2010, 二: 2015, 三: 2020, 四: 2025, 五: 2030, 六: 2035 };
/** The main-targets statement; 1998's report says 主要目标是. */
const HEADLINE_CUE = /主要预期目标|主要目标是|预期目标是/;
/** Without that statement (the 2020 national report: 我们对…预期目标作了适当调整。
 * 今年要…；城镇新增就业900万人以上…), the first 预期目标 with figures after it
 * in its own paragraph, outside the review. */
const WEAK_HEADLINE_CUE = /预期目标/;
/** A paragraph that opens by looking back over years already past (“十四五”时期，
 * 上海发展…; 过去五年; 这五年), even inside the part that plans: its figures are
 * results, of the last year of that stretch. */
const LOOKING_BACK_OPENING = /^(?:各位代表[，,！!])?(?:过去五年|五年来|这五年|回顾过去|“?(十[一二三四五六七八九]五)”?(?:时期|期间|以来))/;

export function lookingBackYear(text: string, reportYear: number | null): number | null {
  const opening = LOOKING_BACK_OPENING.exec(text.trimStart());
  if (!opening || reportYear === null) return null;
  if (!opening[1]) return reportYear - 1;
  const end = FIVE_YEAR_PLAN_END[opening[1].charAt(1)];
  return end !== undefined && end < reportYear ? end : null;
}

/** Wording that makes a figure a goal outside the review part; not the 要 of
 * 主要 or 重要, nor the 将 of 将近. */
const TARGET_CUE = /力争|确保|计划|目标|预期|预计|争取|年内|今年|将(?!近)|(?<![主重需纲摘必概])要/;
/** Wording that makes a figure in a plan part a result already reached. */
const ACTUAL_CUE = /去年|过去|截至|截止|已经|上年末/;

/** A blank line between the main-targets cue and its figures. */
const BLANK = /^[\s\u00a0\u3000]*$/;

/** Words right before a year that make it a comparison base, not the period:
 * 比2019年增长. */
const YEAR_BASE_PREFIXES = new Set(['比', '较', '同', '于', '从', '由', '与']);
/** "2012年以来" covers many years; it names no single period. */
const YEAR_SPAN_SUFFIX = '以来';
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

export type Part = 'review' | 'plan' | 'other';

export interface FlatNode {
  node: OutlineNode;
  part: Part;
  /** year named in this heading or the closest ancestor heading that names one */
  year: number | null;
}

export interface YearMention {
  at: number;
  year: number;
}

function classifyTitle(title: string): Part {
  if (REVIEW_TITLE.test(title)) return 'review';
  if (PLAN_TITLE.test(title)) return 'plan';
  return 'other';
}

/** Outline nodes in document order, each with its top-level part and year. */
export function flattenOutline(outline: OutlineNode[], relativeYears: RelativeYears): FlatNode[] {
  const flat: FlatNode[] = [];
  const visit = (node: OutlineNode, part: Part | null, year: number | null): void => {
    const own = node.level === 1 || part === null ? classifyTitle(node.title) : part;
    const titleYears = findYearMentions(node.title, relativeYears);
    const plan = own === 'plan' ? FIVE_YEAR_PLAN.exec(node.title) : null;
    const planEnd = plan ? (FIVE_YEAR_PLAN_END[plan[1] ?? ''] ?? null) : null;
    const ownYear = titleYears.length > 0 ? (titleYears[0]?.year ?? null) : (planEnd ?? year);
    flat.push({ node, part: own, year: ownYear });
    for (const child of node.children) visit(child, own, ownYear);
  };
  for (const node of outline) visit(node, null, null);
  return flat.sort((a, b) => a.node.block - b.node.block);
}

export interface RelativeYears {
  thisYear: number | null;
}

/** Years the text names, in order: "2019年", "1 9 9 8 年", 今年, 去年. */
export function findYearMentions(text: string, relative: RelativeYears): YearMention[] {
  const mentions: YearMention[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === '今' && text.charAt(i + 1) === '年' && relative.thisYear !== null) {
      mentions.push({ at: i, year: relative.thisYear });
      i += 2;
      continue;
    }
    if (ch === '去' && text.charAt(i + 1) === '年' && relative.thisYear !== null) {
      if (!YEAR_BASE_PREFIXES.has(text.charAt(i - 1))) mentions.push({ at: i, year: relative.thisYear - 1 });
      i += 2;
      continue;
    }
    const read = isDigit(ch) ? readArabicNumber(text, i) : null;
    if (!read) {
      i++;
      continue;
    }
    const gap = text.charAt(read.end) === ' ' && read.spaced ? 1 : 0;
    const isYear =
      Number.isInteger(read.value) &&
      read.value >= FIRST_YEAR &&
      read.value <= LAST_YEAR &&
      text.charAt(read.end + gap) === '年' &&
      !YEAR_BASE_PREFIXES.has(text.charAt(i - 1)) &&
      !text.startsWith(YEAR_SPAN_SUFFIX, read.end + gap + 1);
    if (isYear) mentions.push({ at: i, year: read.value });
    i = Math.max(read.end, i + 1);
  }
  return mentions;
}


export interface Headline {
  block: number;
  /** figures of the statement start at or after this offset */
  from: number;
}

/** The statement runs from its cue over the sentences that hold figures
 * (是：A，B。C。D。) and ends before the first one after them that holds none:
 * 这样的目标，是…提出来的。…抓好以下14个方面 is no longer the statement. */
export function statementEnd(text: string, headline: Headline, figures: FigureSpan[]): number {
  let at = headline.from;
  let seenFigure = false;
  let f = 0;
  while (at < text.length) {
    const stop = STATEMENT_SENTENCE_END.exec(text.slice(at));
    const end = stop ? at + stop.index + 1 : text.length;
    while (f < figures.length && (figures[f]?.start ?? Infinity) < at) f++;
    const holds = f < figures.length && (figures[f]?.start ?? Infinity) < end;
    if (!holds && seenFigure) return at;
    seenFigure ||= holds;
    at = end;
  }
  return text.length;
}

const STATEMENT_SENTENCE_END = /[。！？!?]/;

/** Where the main-targets statement is: the first block with the cue that is
 * not in the review part and has figures after the cue, or whose figures come
 * in the next few blocks ("主要预期目标是：" on a line of its own). */
export function findHeadline(
  blocks: Block[],
  figuresOf: (index: number) => FigureSpan[],
  partOf: (index: number) => Part,
  lookahead: number,
): Headline | null {
  return findStatement(blocks, figuresOf, partOf, HEADLINE_CUE, lookahead) ?? findStatement(blocks, figuresOf, partOf, WEAK_HEADLINE_CUE, 0, true);
}

function findStatement(
  blocks: Block[],
  figuresOf: (index: number) => FigureSpan[],
  partOf: (index: number) => Part,
  cuePattern: RegExp,
  lookahead: number,
  outsideReviewOnly = false,
): Headline | null {
  let fallback: Headline | null = null;
  for (let b = 0; b < blocks.length; b++) {
    const text = blocks[b]?.text ?? '';
    const cue = cuePattern.exec(text);
    if (!cue) continue;
    let found: Headline | null = null;
    if (figuresOf(b).some((f) => f.start >= cue.index)) {
      found = { block: b, from: cue.index };
    } else {
      let seen = 0;
      for (let next = b + 1; next < blocks.length && seen < lookahead; next++) {
        if (BLANK.test(blocks[next]?.text ?? '')) continue;
        seen++;
        if (figuresOf(next).length > 0) {
          found = { block: next, from: 0 };
          break;
        }
      }
    }
    if (!found) continue;
    if (partOf(b) !== 'review') return found;
    if (!outsideReviewOnly) fallback ??= found;
  }
  return fallback;
}

export function kindOf(communique: boolean, part: Part | null, afterPlan: boolean, before: string): MetricKind {
  if (communique) return 'actual';
  if (part === 'review') return 'actual';
  if (part === 'plan') return ACTUAL_CUE.test(before) && !TARGET_CUE.test(before) ? 'actual' : 'target';
  if (TARGET_CUE.test(before)) return 'target';
  return afterPlan ? 'target' : 'actual';
}

export function defaultPeriod(
  detection: Detection,
  kind: MetricKind,
  communique: boolean,
  lookBackReview: boolean,
): number | null {
  if (detection.year === null) return null;
  if (kind === 'actual' && !communique && lookBackReview) return detection.year - 1;
  return detection.year;
}
