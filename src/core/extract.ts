// The whole-report pass: every figure of every block, with what it measures,
// whether it is a result or a target, the year it is about, and whether it is
// one of the main targets (主要预期目标). Each block is scanned once for figures,
// once for sentence ends and once for year mentions; everything else walks
// those lists with pointers, so the pass is linear in the report's length.

import type { Block, Detection, Metric, MetricKind, OutlineNode } from './types';
import { findFigures, type FigureOptions, type FigureSpan } from './figures';
import { measureHeadOf, nameFigure, paragraphOwner, withMeasureHead, withOwner, type Chain, type MeasureContext } from './extract-chain';
import { lookupUnit } from './units';
import { budgetName, findAccounts, type AccountMention } from './budget-accounts';
import { readTableFigures, type TableFigure } from './table-figures';
import { normalizeQuantity } from './units';
import { isDigit, readArabicNumber } from './numbers';
import { NAMED_SCOPES } from './clause-words';

export interface ExtractOptions {
  /** a figure's sentence is cut to a window of this many characters */
  maxSentenceLength?: number;
  /** longer indicators keep only their last characters */
  maxIndicatorLength?: number;
  /** how far back from a figure its indicator is looked for */
  maxIndicatorLookBehind?: number;
  /** when the main-targets sentence ends in "是：", how many following
   * non-blank blocks may hold its figures */
  headlineLookahead?: number;
  /** how much of the noun after a count ("14家企业") may join its indicator */
  maxFollowingNounLength?: number;
  /** how far back in its sentence a figure's target or result wording is
   * looked for; bounded so a sentence with thousands of figures stays linear */
  maxCueLookBehind?: number;
  /** with 分别, list items shorter than this ("城镇、农村居民…") are heads
   * that share the last item's noun: 城镇 → 城镇居民人均可支配收入 */
  minListItemLength?: number;
  maxListItems?: number;
  figures?: FigureOptions;
}

const DEFAULT_OPTIONS = {
  maxSentenceLength: 200,
  maxIndicatorLength: 24,
  maxIndicatorLookBehind: 40,
  headlineLookahead: 3,
  maxFollowingNounLength: 16,
  maxCueLookBehind: 80,
  minListItemLength: 3,
  maxListItems: 8,
};

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

function lookingBackYear(text: string, reportYear: number | null): number | null {
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


/** A line that ends in a digit breaks a number in two (old typeset text,
 * "…达到5 1" / "6 0 元…"): the figure at the start of the next line is only
 * its tail. A figure's offsets cannot span two blocks, so that tail is left
 * out rather than reported with a wrong value. */
const ENDS_IN_DIGIT = /[0-9０-９] ?$/;
const STARTS_WITH_DIGIT = /^[\s\u00a0\u3000]*[0-9０-９．]/;

/** Sentence ends inside a block; the block's own end is one too. */
const SENTENCE_ENDS = new Set(['。', '；', ';', '！', '!', '？', '?']);
const CLAUSE_SEMICOLON = /[；;]/;
const BLANK = /^[\s\u00a0\u3000]*$/;
const EDGE_SPACE = /^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g;

/** Words right before a year that make it a comparison base, not the period:
 * 比2019年增长. */
const YEAR_BASE_PREFIXES = new Set(['比', '较', '同', '于', '从', '由', '与']);
/** "2012年以来" covers many years; it names no single period. */
const YEAR_SPAN_SUFFIX = '以来';
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

type Part = 'review' | 'plan' | 'other';

interface FlatNode {
  node: OutlineNode;
  part: Part;
  /** year named in this heading or the closest ancestor heading that names one */
  year: number | null;
}

interface YearMention {
  at: number;
  year: number;
}

function classifyTitle(title: string): Part {
  if (REVIEW_TITLE.test(title)) return 'review';
  if (PLAN_TITLE.test(title)) return 'plan';
  return 'other';
}

/** Outline nodes in document order, each with its top-level part and year. */
function flattenOutline(outline: OutlineNode[], relativeYears: RelativeYears): FlatNode[] {
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

interface RelativeYears {
  thisYear: number | null;
}

/** Years the text names, in order: "2019年", "1 9 9 8 年", 今年, 去年. */
function findYearMentions(text: string, relative: RelativeYears): YearMention[] {
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

/** [start, end) of each sentence of a block. */
function sentenceRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (SENTENCE_ENDS.has(text.charAt(i))) {
      ranges.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < text.length || ranges.length === 0) ranges.push([start, text.length]);
  return ranges;
}

function clipSentence(text: string, range: [number, number], figure: FigureSpan, max: number): string {
  let [from, to] = range;
  if (to - from > max) {
    const half = Math.floor(max / 2);
    from = Math.max(from, Math.min(figure.start - half, to - max));
    to = Math.min(to, from + max);
  }
  return text.slice(from, to).replace(EDGE_SPACE, '');
}

interface Headline {
  block: number;
  /** figures of the statement start at or after this offset */
  from: number;
}

/** The statement runs from its cue over the sentences that hold figures
 * (是：A，B。C。D。) and ends before the first one after them that holds none:
 * 这样的目标，是…提出来的。…抓好以下14个方面 is no longer the statement. */
function statementEnd(text: string, headline: Headline, figures: FigureSpan[]): number {
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
function findHeadline(
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

/** A figure of a table row (table-figures.ts) as a metric: a result of its
 * section's year, as the tables of communiqués give. */
function tableMetric(
  cell: TableFigure,
  block: number,
  index: number,
  section: FlatNode | null,
  communique: boolean,
  detection: Detection,
  lookBackReview: boolean,
): Metric {
  const kind = kindOf(communique, section?.part ?? null, false, '');
  const metric: Metric = {
    id: `m${index + 1}`,
    text: cell.text,
    value: cell.value,
    unit: cell.unit,
    normalized: normalizeQuantity(cell.value, cell.unit),
    indicator: cell.indicator,
    relation: cell.relation,
    qualifier: 'exact',
    kind,
    headline: false,
    period: section?.year ?? defaultPeriod(detection, kind, communique, lookBackReview),
    sectionId: section?.node.id ?? null,
    sentence: cell.indicator,
    block,
    start: cell.start,
    end: cell.end,
  };
  if (cell.base) metric.base = cell.base;
  if (cell.scope) metric.scope = cell.scope;
  return metric;
}

/** The start of a code broken over lines before block `b` ("…成效，PM" /
 * "2.5" / "年平均浓度保持在…"): the short lines of Latin letters and digits
 * before the block, and the Latin run that ends the line before them. */
function brokenLead(blocks: Block[], b: number): string {
  let lead = '';
  let i = b - 1;
  for (let taken = 0; i >= 0 && taken < MAX_BROKEN_LINES; i--, taken++) {
    const line = (blocks[i]?.text ?? '').trim();
    if (!CODE_FRAGMENT.test(line)) break;
    lead = line + lead;
  }
  if (lead === '') return '';
  const tail = LATIN_TAIL.exec((blocks[i]?.text ?? '').trim());
  return (tail?.[0] ?? '') + lead;
}

const MAX_BROKEN_LINES = 2;
/** A line that is only a piece of a code: 2.5, PM, CO2. */
const CODE_FRAGMENT = /^[A-Za-z0-9.．]{1,6}$/;
const LATIN_TAIL = /[A-Za-z]{1,4}$/;

/** How a report names its own jurisdiction at the start of a clause: 泉州市,
 * 泉州市区, 泉州 (a place, like 全市). */
function jurisdictionPlaces(jurisdiction: string | null): string[] {
  if (!jurisdiction || jurisdiction === '全国' || jurisdiction.length < 2) return [];
  const stem = jurisdiction.replace(ADMIN_SUFFIX, '');
  if (stem.length < 2) return [jurisdiction];
  return [`${stem}市区`, `${stem}城区`, jurisdiction];
}

const ADMIN_SUFFIX = /(?:特别行政区|自治区|自治州|自治县|省|市|县|区|旗|盟)$/;

/** 年内完成3800户、58万平方米棚户区改造: figures listed with 、 or 和 share the
 * noun written after the last of them; a figure left without a name takes
 * the next one's. `from` is the block's first metric. */
function nameFromNextInList(metrics: Metric[], from: number, text: string, fallbacks: Map<Metric, string>): void {
  for (let i = metrics.length - 2; i >= from; i--) {
    const metric = metrics[i];
    const next = metrics[i + 1];
    if (!metric || !next || metric.indicator !== '' || next.indicator === '') continue;
    if (LIST_GAP.test(text.slice(metric.end, next.start))) metric.indicator = next.indicator;
  }
  for (let i = from; i < metrics.length; i++) {
    const metric = metrics[i];
    if (metric && metric.indicator === '') metric.indicator = fallbacks.get(metric) ?? '';
  }
}

const LIST_GAP = /^[、和及与]$/;
/** How far back in its paragraph a figure looks for the breakdown (其中…,
 * …中，) its category belongs to. */
const BREAKDOWN_REACH = 200;

/**
 * Every figure of the report as a Metric, in document order (ids m1, m2, …).
 * Never throws; linear in the total length of the blocks.
 */
export function extractMetrics(
  blocks: Block[],
  outline: OutlineNode[],
  detection: Detection,
  options: ExtractOptions = {},
): Metric[] {
  const extraction = startMetricExtraction(blocks, outline, detection, options);
  extraction.step(() => true);
  return extraction.metrics;
}

/** extractMetrics one stretch of blocks at a time, for a caller that must
 * not hold the thread for the whole report (a page's main thread: a cold
 * engine takes over 100 ms on a long report). The result is the same as
 * extractMetrics'; the blocks must not change in between. */
export interface MetricExtraction {
  /** the metrics of the blocks done so far, in document order */
  readonly metrics: Metric[];
  /** Extracts the following blocks in order while `more()` says so (asked
   * after each block, so each step does at least one); true once every block
   * is done. */
  step(more: () => boolean): boolean;
}

export function startMetricExtraction(
  blocks: Block[],
  outline: OutlineNode[],
  detection: Detection,
  options: ExtractOptions = {},
): MetricExtraction {
  const settings = { ...DEFAULT_OPTIONS, ...options };
  const relativeYears: RelativeYears = { thisYear: detection.year };
  const communique = detection.kind === 'statistical-communique';
  const lookBackReview = detection.kind === 'work-report' || detection.kind === 'budget-report';

  const flat = flattenOutline(outline, relativeYears);
  const firstPlanBlock = flat.find((f) => f.node.level === 1 && f.part === 'plan')?.node.block ?? Infinity;

  // innermost outline node for each block, by walking both in order
  const nodeOfBlock: (FlatNode | null)[] = new Array<FlatNode | null>(blocks.length).fill(null);
  for (let b = 0, k = -1; b < blocks.length; b++) {
    while (k + 1 < flat.length && (flat[k + 1]?.node.block ?? Infinity) <= b) k++;
    nodeOfBlock[b] = k >= 0 ? (flat[k] ?? null) : null;
  }
  const partOf = (b: number): Part => nodeOfBlock[b]?.part ?? 'other';

  const figureCache = new Map<number, FigureSpan[]>();
  const figuresOf = (b: number): FigureSpan[] => {
    let list = figureCache.get(b);
    if (!list) {
      list = findFigures(blocks[b]?.text ?? '', settings.figures);
      figureCache.set(b, list);
    }
    return list;
  };

  const headline = communique ? null : findHeadline(blocks, figuresOf, partOf, settings.headlineLookahead);

  // the opening lines before the first heading speak of the time they name:
  // a 2020 report that opens with 今年年初…疫情 reports what was done in 2020
  const firstHeadingBlock = flat[0]?.node.block ?? -1;
  let prefaceYear: number | null = null;

  const budget = detection.kind === 'budget-report';
  const chainOptions = { ...settings, places: jurisdictionPlaces(detection.jurisdiction) };
  let account: string | null = null;
  const metrics: Metric[] = [];
  // the state carried from block to block: prefaceYear, the budget account and the metrics
  const tables = blocks.some((block) => block.text.includes('\t')) ? readTableFigures(blocks) : null;
  const extractBlock = (b: number): void => {
    const tableFigures = tables?.get(b);
    if (tableFigures) {
      const section = nodeOfBlock[b] ?? null;
      for (const cell of tableFigures) metrics.push(tableMetric(cell, b, metrics.length, section, communique, detection, lookBackReview));
      return;
    }
    const inPreface = lookBackReview && b < firstHeadingBlock;
    const text = blocks[b]?.text ?? '';
    const lookedBackTo = communique || b < firstPlanBlock ? null : lookingBackYear(text, detection.year);
    const years = inPreface || figuresOf(b).length > 0 ? findYearMentions(text, relativeYears) : [];
    const blockYear = inPreface ? prefaceYear : null;
    if (inPreface) prefaceYear = years[years.length - 1]?.year ?? prefaceYear;
    let figures = figuresOf(b);
    if (figures.length === 0) return;
    if (b > 0 && ENDS_IN_DIGIT.test(blocks[b - 1]?.text ?? '') && STARTS_WITH_DIGIT.test(text)) {
      figures = figures.filter((f, i) => i > 0 || text.slice(0, f.start).trim() !== '');
    }
    const sentences = sentenceRanges(text);
    const section = nodeOfBlock[b] ?? null;
    const fallbacks = new Map<Metric, string>();
    const headlineEnd = headline !== null && headline.block === b ? statementEnd(text, headline, figures) : 0;
    let s = 0;
    let y = -1;
    let chain: Chain | null = null;
    let chainSentence = -1;
    // the measure last named for each kind of figure (a change in %, a level in 元 …)
    const measures = new Map<string, MeasureContext>();
    let owner: string | undefined;
    const lead = brokenLead(blocks, b);
    const accounts: AccountMention[] = budget ? findAccounts(text) : [];
    let a = -1;
    for (const figure of figures) {
      while (s + 1 < sentences.length && (sentences[s]?.[1] ?? 0) <= figure.start) s++;
      const sentence = sentences[s] ?? [0, text.length];
      while (y + 1 < years.length && (years[y + 1]?.at ?? Infinity) < figure.start) y++;
      const mention = y >= 0 ? years[y] : undefined;
      const sentenceYear = mention && mention.at >= sentence[0] ? mention.year : null;
      const prefacePeriod = inPreface ? (mention?.year ?? blockYear) : null;

      // a share's whole carries over a ； (…占地区生产总值比重为6.6%；第二产业增加值比重为27.8%)
      const afterSemicolon = chain !== null && chainSentence === s - 1 && CLAUSE_SEMICOLON.test(text.charAt(sentence[0] - 1));
      const shareWholeBefore = afterSemicolon ? chain?.shareWhole : undefined;
      const named = nameFigure(text, figure, sentence[0], chainSentence === s ? chain : null, chainOptions, shareWholeBefore);
      chain = named.chain;
      chainSentence = s;
      const category = lookupUnit(figure.unit)?.category ?? '';
      while (a + 1 < accounts.length && (accounts[a + 1]?.at ?? Infinity) < figure.start) account = accounts[++a]?.account ?? account;
      const written = named.naming.indicator;
      const budgeted = budget ? budgetName(written, account) : null;
      if (budgeted) named.naming.indicator = budgeted.indicator;
      named.naming.indicator = withOwner(named.naming, owner);
      // PM / 2.5 / 年平均浓度…: a name broken over short lines before the block
      if (named.naming.fromClause && lead && text.slice(0, named.naming.clauseFrom).trim() === '' && !named.naming.indicator.startsWith(lead)) {
        named.naming.indicator = lead + named.naming.indicator;
      }
      const kindOfFigure = `${category}|${named.naming.relation !== 'level'}`;
      const indicator = withMeasureHead(
        named.naming,
        category,
        measures.get(kindOfFigure) ?? null,
        text.slice(Math.max(0, figure.start - BREAKDOWN_REACH), figure.start),
        figure.unit,
      );
      if (named.naming.fromClause) owner = paragraphOwner(indicator) ?? owner;
      const { relation } = named.naming;
      const head = measureHeadOf(indicator);
      if (head) measures.set(kindOfFigure, { head, category, change: relation !== 'level', unit: figure.unit });
      // the chain goes on with the name as completed: 支出预算 → 一般公共预算支出
      if (chain && indicator !== written && (chain.subject === written || budgeted?.budgeted)) chain.subject = indicator;

      const isHeadline = headline !== null && headline.block === b && figure.start >= headline.from && figure.start < headlineEnd;
      const kind = isHeadline || budgeted?.budgeted || (budget && named.naming.budgeted)
        ? 'target'
        : lookedBackTo !== null
          ? 'actual'
          : kindOf(
            communique,
            section?.part ?? null,
            b >= firstPlanBlock,
            text.slice(Math.max(sentence[0], figure.start - settings.maxCueLookBehind), figure.start),
          );
      const period =
        sentenceYear ?? (kind === 'actual' ? lookedBackTo : null) ?? section?.year ?? prefacePeriod ?? defaultPeriod(detection, kind, communique, lookBackReview);

      const metric: Metric = {
        id: `m${metrics.length + 1}`,
        text: figure.text,
        value: figure.value,
        unit: figure.unit,
        normalized: figure.normalized,
        indicator,
        relation,
        qualifier: figure.qualifier,
        kind,
        headline: isHeadline,
        period,
        sectionId: section?.node.id ?? null,
        sentence: clipSentence(text, sentence, figure, settings.maxSentenceLength),
        block: b,
        start: figure.start,
        end: figure.end,
      };
      if (figure.upper !== undefined) metric.upper = figure.upper;
      if (named.naming.base) metric.base = named.naming.base;
      // a scope the paragraph's owner brought (规模以上工业企业 + 利润总额)
      const scope = named.naming.scope ?? NAMED_SCOPES.find((s) => indicator.startsWith(s));
      if (scope) metric.scope = scope;
      metrics.push(metric);
      if (named.naming.fallback) fallbacks.set(metric, named.naming.fallback);
    }
    nameFromNextInList(metrics, metrics.length - figures.length, text, fallbacks);
  };
  let next = 0;
  return {
    metrics,
    step(more: () => boolean): boolean {
      while (next < blocks.length) {
        extractBlock(next++);
        if (!more()) break;
      }
      return next >= blocks.length;
    },
  };
}

function kindOf(communique: boolean, part: Part | null, afterPlan: boolean, before: string): MetricKind {
  if (communique) return 'actual';
  if (part === 'review') return 'actual';
  if (part === 'plan') return ACTUAL_CUE.test(before) && !TARGET_CUE.test(before) ? 'actual' : 'target';
  if (TARGET_CUE.test(before)) return 'target';
  return afterPlan ? 'target' : 'actual';
}

function defaultPeriod(
  detection: Detection,
  kind: MetricKind,
  communique: boolean,
  lookBackReview: boolean,
): number | null {
  if (detection.year === null) return null;
  if (kind === 'actual' && !communique && lookBackReview) return detection.year - 1;
  return detection.year;
}
