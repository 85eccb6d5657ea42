// The whole-report pass: every figure of every block, with what it measures,
// whether it is a result or a target, the year it is about, and whether it is
// one of the main targets (主要预期目标). Each block is scanned once for figures,
// once for sentence ends and once for year mentions; everything else walks
// those lists with pointers, so the pass is linear in the report's length.
// Naming is extract-chain.ts's, the report's parts and years extract-parts.ts'.

import type { Block, Detection, Metric, OutlineNode } from './types';
import { findFigures, type FigureOptions, type FigureSpan } from './figures';
import { nameFigure, type Chain, type ChainOptions, type Naming } from './extract-chain';
import { measureHeadOf, paragraphOwner, withMeasureHead, withOwner, type MeasureContext } from './extract-measure';
import {
  defaultPeriod, findHeadline, findYearMentions, flattenOutline, kindOf, lookingBackYear, statementEnd,
  type FlatNode, type Headline, type Part, type RelativeYears, type YearMention,
} from './extract-parts';
import { lookupUnit } from './units';
import { budgetName, findAccounts, type AccountMention } from './budget-accounts';
import { readTableFigures, type TableFigure } from './table-figures';
import { tableMetric } from './extract-table-metric';
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



/** A line that ends in a digit breaks a number in two (old typeset text,
 * "…达到5 1" / "6 0 元…"): the figure at the start of the next line is only
 * its tail. A figure's offsets cannot span two blocks, so that tail is left
 * out rather than reported with a wrong value. */
const ENDS_IN_DIGIT = /[0-9０-９] ?$/;
const STARTS_WITH_DIGIT = /^[\s\u00a0\u3000]*[0-9０-９．]/;

/** Sentence ends inside a block; the block's own end is one too. */
const SENTENCE_ENDS = new Set(['。', '；', ';', '！', '!', '？', '?']);
const CLAUSE_SEMICOLON = /[；;]/;
const EDGE_SPACE = /^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g;
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
  const frame = reportFrame(blocks, outline, detection, options);
  const carried: Carried = { prefaceYear: null, account: null, metrics: [] };
  let next = 0;
  return {
    metrics: carried.metrics,
    step(more: () => boolean): boolean {
      while (next < blocks.length) {
        extractBlock(frame, carried, next++);
        if (!more()) break;
      }
      return next >= blocks.length;
    },
  };
}

/** What holds for the whole report, read once before its blocks. */
interface ReportFrame {
  blocks: Block[];
  detection: Detection;
  settings: typeof DEFAULT_OPTIONS & ExtractOptions;
  relativeYears: RelativeYears;
  communique: boolean;
  /** a work or budget report: its review looks back on last year */
  lookBackReview: boolean;
  budget: boolean;
  /** the innermost outline node of each block */
  nodeOfBlock: (FlatNode | null)[];
  firstPlanBlock: number;
  firstHeadingBlock: number;
  figuresOf(block: number): FigureSpan[];
  headline: Headline | null;
  chainOptions: ChainOptions;
  tables: Map<number, TableFigure[]> | null;
}

/** What the report carries from block to block. */
interface Carried {
  /** the year the opening lines before the first heading last named */
  prefaceYear: number | null;
  /** the budget account the text last named */
  account: string | null;
  metrics: Metric[];
}

function reportFrame(blocks: Block[], outline: OutlineNode[], detection: Detection, options: ExtractOptions): ReportFrame {
  const settings = { ...DEFAULT_OPTIONS, ...options };
  const relativeYears: RelativeYears = { thisYear: detection.year };
  const communique = detection.kind === 'statistical-communique';
  const flat = flattenOutline(outline, relativeYears);
  // innermost outline node for each block, by walking both in order
  const nodeOfBlock: (FlatNode | null)[] = new Array<FlatNode | null>(blocks.length).fill(null);
  for (let b = 0, k = -1; b < blocks.length; b++) {
    while (k + 1 < flat.length && (flat[k + 1]?.node.block ?? Infinity) <= b) k++;
    nodeOfBlock[b] = k >= 0 ? (flat[k] ?? null) : null;
  }
  const figureCache = new Map<number, FigureSpan[]>();
  const figuresOf = (b: number): FigureSpan[] => {
    let list = figureCache.get(b);
    if (!list) {
      list = findFigures(blocks[b]?.text ?? '', settings.figures);
      figureCache.set(b, list);
    }
    return list;
  };
  const partOf = (b: number): Part => nodeOfBlock[b]?.part ?? 'other';
  return {
    blocks, detection, settings, relativeYears, communique, nodeOfBlock, figuresOf,
    lookBackReview: detection.kind === 'work-report' || detection.kind === 'budget-report',
    budget: detection.kind === 'budget-report',
    firstPlanBlock: flat.find((f) => f.node.level === 1 && f.part === 'plan')?.node.block ?? Infinity,
    // the opening lines before the first heading speak of the time they name:
    // a 2020 report that opens with 今年年初…疫情 reports what was done in 2020
    firstHeadingBlock: flat[0]?.node.block ?? -1,
    headline: communique ? null : findHeadline(blocks, figuresOf, partOf, settings.headlineLookahead),
    chainOptions: { ...settings, places: jurisdictionPlaces(detection.jurisdiction) },
    tables: blocks.some((block) => block.text.includes('\t')) ? readTableFigures(blocks) : null,
  };
}

function extractBlock(frame: ReportFrame, carried: Carried, b: number): void {
  const { metrics } = carried;
  const tableFigures = frame.tables?.get(b);
  if (tableFigures) {
    const section = frame.nodeOfBlock[b] ?? null;
    for (const cell of tableFigures) metrics.push(tableMetric(cell, b, metrics.length, section, frame.communique, frame.detection, frame.lookBackReview));
    return;
  }
  const pass = BlockPass.start(frame, carried, b);
  if (!pass) return;
  for (const figure of pass.figures) metrics.push(pass.metricOf(figure));
  nameFromNextInList(metrics, metrics.length - pass.figures.length, pass.text, pass.fallbacks);
}

/** One block's figures in document order. The figures of a paragraph pass
 * things on: the sentence and year they are in, the chain of clauses on one
 * subject, the measure and the owner last named, the budget account. */
class BlockPass {
  readonly fallbacks = new Map<Metric, string>();
  private sentenceIndex = 0;
  private yearIndex = -1;
  private accountIndex = -1;
  private chain: Chain | null = null;
  private chainSentence = -1;
  /** the measure last named for each kind of figure (a change in %, a level in 元 …) */
  private readonly measures = new Map<string, MeasureContext>();
  private owner: string | undefined;
  private readonly sentences: [number, number][];
  private readonly section: FlatNode | null;
  private readonly headlineEnd: number;
  private readonly lead: string;
  private readonly accounts: AccountMention[];
  private readonly lookedBackTo: number | null;

  private constructor(
    private readonly frame: ReportFrame,
    private readonly carried: Carried,
    readonly block: number,
    readonly text: string,
    readonly figures: FigureSpan[],
    private readonly years: YearMention[],
    private readonly inPreface: boolean,
    private readonly blockYear: number | null,
  ) {
    const { headline, detection, communique, firstPlanBlock, blocks, budget } = frame;
    this.sentences = sentenceRanges(text);
    this.section = frame.nodeOfBlock[block] ?? null;
    this.headlineEnd = headline !== null && headline.block === block ? statementEnd(text, headline, figures) : 0;
    this.lead = brokenLead(blocks, block);
    this.accounts = budget ? findAccounts(text) : [];
    this.lookedBackTo = communique || block < firstPlanBlock ? null : lookingBackYear(text, detection.year);
  }

  /** The pass over block `b`, or null when it holds no figure. */
  static start(frame: ReportFrame, carried: Carried, b: number): BlockPass | null {
    const { blocks, lookBackReview, firstHeadingBlock, relativeYears } = frame;
    const inPreface = lookBackReview && b < firstHeadingBlock;
    const text = blocks[b]?.text ?? '';
    const years = inPreface || frame.figuresOf(b).length > 0 ? findYearMentions(text, relativeYears) : [];
    const blockYear = inPreface ? carried.prefaceYear : null;
    if (inPreface) carried.prefaceYear = years[years.length - 1]?.year ?? carried.prefaceYear;
    let figures = frame.figuresOf(b);
    if (figures.length === 0) return null;
    if (b > 0 && ENDS_IN_DIGIT.test(blocks[b - 1]?.text ?? '') && STARTS_WITH_DIGIT.test(text)) {
      figures = figures.filter((f, i) => i > 0 || text.slice(0, f.start).trim() !== '');
    }
    return new BlockPass(frame, carried, b, text, figures, years, inPreface, blockYear);
  }

  /** The next figure of the block as a metric (figures in document order). */
  metricOf(figure: FigureSpan): Metric {
    const { text, frame } = this;
    while (this.sentenceIndex + 1 < this.sentences.length && (this.sentences[this.sentenceIndex]?.[1] ?? 0) <= figure.start) this.sentenceIndex++;
    const sentence = this.sentences[this.sentenceIndex] ?? [0, text.length];
    while (this.yearIndex + 1 < this.years.length && (this.years[this.yearIndex + 1]?.at ?? Infinity) < figure.start) this.yearIndex++;
    const mention = this.yearIndex >= 0 ? this.years[this.yearIndex] : undefined;
    const { naming, indicator, budgeted } = this.name(figure, sentence);
    const isHeadline = this.isHeadline(figure);
    const kind = isHeadline || budgeted || (frame.budget && naming.budgeted)
      ? 'target'
      : this.lookedBackTo !== null
        ? 'actual'
        : kindOf(
          frame.communique,
          this.section?.part ?? null,
          this.block >= frame.firstPlanBlock,
          text.slice(Math.max(sentence[0], figure.start - frame.settings.maxCueLookBehind), figure.start),
        );
    const sentenceYear = mention && mention.at >= sentence[0] ? mention.year : null;
    const prefacePeriod = this.inPreface ? (mention?.year ?? this.blockYear) : null;
    const period =
      sentenceYear ?? (kind === 'actual' ? this.lookedBackTo : null) ?? this.section?.year ?? prefacePeriod ??
      defaultPeriod(frame.detection, kind, frame.communique, frame.lookBackReview);
    const metric: Metric = {
      id: `m${this.carried.metrics.length + 1}`,
      text: figure.text,
      value: figure.value,
      unit: figure.unit,
      normalized: figure.normalized,
      indicator,
      relation: naming.relation,
      qualifier: figure.qualifier,
      kind,
      headline: isHeadline,
      period,
      sectionId: this.section?.node.id ?? null,
      sentence: clipSentence(text, sentence, figure, frame.settings.maxSentenceLength),
      block: this.block,
      start: figure.start,
      end: figure.end,
    };
    if (figure.upper !== undefined) metric.upper = figure.upper;
    if (naming.base) metric.base = naming.base;
    // a scope the paragraph's owner brought (规模以上工业企业 + 利润总额)
    const scope = naming.scope ?? NAMED_SCOPES.find((s) => indicator.startsWith(s));
    if (scope) metric.scope = scope;
    if (naming.fallback) this.fallbacks.set(metric, naming.fallback);
    return metric;
  }

  private isHeadline(figure: FigureSpan): boolean {
    const { headline } = this.frame;
    return headline !== null && headline.block === this.block && figure.start >= headline.from && figure.start < this.headlineEnd;
  }

  /** The figure's name: its clause and chain (nameFigure), then the budget's
   * account, the paragraph's owner, a code broken over lines before the block
   * and the measure of a breakdown. */
  private name(figure: FigureSpan, sentence: [number, number]): { naming: Naming; indicator: string; budgeted: boolean } {
    const { text, frame } = this;
    const s = this.sentenceIndex;
    // a share's whole carries over a ； (…占地区生产总值比重为6.6%；第二产业增加值比重为27.8%)
    const afterSemicolon = this.chain !== null && this.chainSentence === s - 1 && CLAUSE_SEMICOLON.test(text.charAt(sentence[0] - 1));
    const shareWholeBefore = afterSemicolon ? this.chain?.shareWhole : undefined;
    const named = nameFigure(text, figure, sentence[0], this.chainSentence === s ? this.chain : null, frame.chainOptions, shareWholeBefore);
    const { naming } = named;
    this.chain = named.chain;
    this.chainSentence = s;
    const category = lookupUnit(figure.unit)?.category ?? '';
    while (this.accountIndex + 1 < this.accounts.length && (this.accounts[this.accountIndex + 1]?.at ?? Infinity) < figure.start) {
      this.carried.account = this.accounts[++this.accountIndex]?.account ?? this.carried.account;
    }
    const written = naming.indicator;
    const budgeted = frame.budget ? budgetName(written, this.carried.account) : null;
    if (budgeted) naming.indicator = budgeted.indicator;
    naming.indicator = withOwner(naming, this.owner);
    // PM / 2.5 / 年平均浓度…: a name broken over short lines before the block
    if (naming.fromClause && this.lead && text.slice(0, naming.clauseFrom).trim() === '' && !naming.indicator.startsWith(this.lead)) {
      naming.indicator = this.lead + naming.indicator;
    }
    const kindOfFigure = `${category}|${naming.relation !== 'level'}`;
    const before = text.slice(Math.max(0, figure.start - BREAKDOWN_REACH), figure.start);
    const indicator = withMeasureHead(naming, category, this.measures.get(kindOfFigure) ?? null, before, figure.unit);
    if (naming.fromClause) this.owner = paragraphOwner(indicator) ?? this.owner;
    const head = measureHeadOf(indicator);
    if (head) this.measures.set(kindOfFigure, { head, category, change: naming.relation !== 'level', unit: figure.unit });
    // the chain goes on with the name as completed: 支出预算 → 一般公共预算支出
    if (this.chain && indicator !== written && (this.chain.subject === written || budgeted?.budgeted)) this.chain.subject = indicator;
    return { naming, indicator, budgeted: budgeted?.budgeted === true };
  }
}
