// Numbers that are part of a name rather than a quantity: the title of a
// policy document (“稳就业24条”, 金融支持15条), a slogan (“两个200万亩”), a
// work system (“148”工作体系). Users copy figures to quote them; a policy's
// name counted as "24条" would be a figure nobody reported.
//
// Everything here is checked per figure with a bounded look around it, and the
// quoted spans of a block are found in one pass, so it stays linear.

import { lookupUnit } from './units';

/** Quotation marks that wrap names in these reports, open → close. A book
 * title (《中国制造2025》) is a name too. */
const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
]);
/** The ASCII quote opens and closes alike. */
const ASCII_QUOTE = '"';

export interface NameOptions {
  /** a quotation longer than this is a citation, not a name: its figures stay */
  maxQuotedNameLength?: number;
}

export const DEFAULT_NAME_OPTIONS: Required<NameOptions> = {
  maxQuotedNameLength: 20,
};

/** [open, close] offsets of every short closed quotation in `text`, in order.
 * A quotation that opens again before it closes restarts (these texts do not
 * nest quotes); one that never closes is ignored. */
export function quotedSpans(text: string, maxLength: number): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  let close = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (open >= 0 && ch === close) {
      if (i - open - 1 <= maxLength) spans.push([open, i]);
      open = -1;
      continue;
    }
    const closing = QUOTE_PAIRS.get(ch) ?? (ch === ASCII_QUOTE ? ASCII_QUOTE : undefined);
    if (closing !== undefined) {
      open = i;
      close = closing;
    }
  }
  return spans;
}

/** How far before a count the policy-name patterns look. */
const POLICY_LOOK_BEHIND = 16;

interface NamePattern {
  /** what the pattern recognises, for the reader of this table */
  name: string;
  /** true when the count of `unit` starting at `start` is part of a name;
   * `before` is at most POLICY_LOOK_BEHIND characters ending at `start` */
  test: (before: string, unit: string) => boolean;
}

/** Named patterns for names written without quotes. */
const NAME_PATTERNS: readonly NamePattern[] = [
  {
    // A policy package is named by its aim and its number of articles:
    // 出台稳就业24条, 落实金融支持15条, 兑现促消费12条. The aim opens with a
    // policy verb (稳, 促, 支持…) right after a verb of issuing, which a real
    // count of 条 never has: 新建道路12条, 新开行航线8条 stay figures.
    name: 'policy package named by its number of articles',
    test: (before, unit) =>
      unit === '条' &&
      /(?:出台|印发|制定|发布|推出|实施|落实|用好|兑现|执行)了?(?:稳|促|保|助企|惠企|支持|扶持|纾困|金融支持)[\u4e00-\u9fff]{0,8}$/.test(
        before,
      ),
  },
  {
    // roads are named by their number: 对省道315部分路段进行路面大修, 国道220
    name: 'road number',
    test: (before) => /(?:国道|省道|县道|乡道)$/.test(before),
  },
];

/** Whether the figure [start, end) of `unit` is part of an unquoted name. */
export function isUnquotedName(text: string, start: number, unit: string): boolean {
  const before = text.slice(Math.max(0, start - POLICY_LOOK_BEHIND), start);
  return NAME_PATTERNS.some((p) => p.test(before, unit));
}

/** Keeps the spans that are not names: outside every short quotation and not
 * matched by a name pattern. `spans` must be in order; linear in their number. */
export function withoutNames<T extends { start: number; end: number; unit: string }>(
  text: string,
  spans: T[],
  options: NameOptions = {},
): T[] {
  if (spans.length === 0) return spans;
  const { maxQuotedNameLength } = { ...DEFAULT_NAME_OPTIONS, ...options };
  const quotes = quotedSpans(text, maxQuotedNameLength);
  const kept: T[] = [];
  let q = 0;
  for (const span of spans) {
    while (q < quotes.length && (quotes[q]?.[1] ?? Infinity) < span.end) q++;
    const quote = quotes[q];
    const quoted = quote !== undefined && quote[0] < span.start && span.end <= quote[1];
    if (quoted || isUnquotedName(text, span.start, span.unit)) continue;
    kept.push(span);
  }
  return kept;
}


/** What a span needs for the class-bound checks. */
export interface BoundSpan {
  start: number;
  end: number;
  leadStart: number;
  unit: string;
  qualifier: string;
}

/** Nouns after a bound that make it a figure after all: a target level
 * (1100万人以上的目标, 保持在90%以上的水平). */
const STILL_A_FIGURE_AFTER = /^的?(?:目标|水平|增长|增速|高位|规模|速度|幅度|成绩|好成绩|新阶段|阶段|台阶|新台阶|大关)/;
const HAN_AFTER = /^的?[\u4e00-\u9fff“]/;
/** Service hours: 24小时开放, 每天24小时提供, 7×24小时. */
const SERVICE_VERBS = /^(?:开放|服务|营业|值守|在线|不间断|运行|运转|响应|热线|不打烊|全天候|通关|自助|接诉|受理|办理|畅通)/;
const SERVICE_CLOCK = /(?:每天|每日|全天|天天|[×xX*])$/;
/** An age bounds a class (65岁及以上老年人, 满3岁即入园, 0-15岁); it is a
 * figure only where a measure of age is named (人均预期寿命78.5岁, 平均年龄). */
const AGE_UNITS = new Set(['岁', '周岁']);
const AGE_MEASURE = /(?:寿命|年龄)[\u4e00-\u9fff]{0,4}$/;
/** A count before a package of rules names it: 自治区28条配套规定. The count
 * of a package written after its noun (出台政策措施20条) stays a figure. */
const PACKAGE_NOUN = /^(?:配套)?(?:规定|禁令|卫生标准)/;
/** Verbs of passing a threshold right after a count: 6个县市区突破10亿元 — the
 * count is the figure, the amount is the bar they passed. */
const PASSED_BAR = /^[\u4e00-\u9fff]{1,6}(?:突破|超过|超|达到|迈上)$/;

function isCount(unit: string): boolean {
  return lookupUnit(unit)?.category === 'count';
}

interface ClassPattern {
  name: string;
  test: (text: string, span: BoundSpan, before: BoundSpan | undefined) => boolean;
}

/** Numbers that bound or name a class instead of measuring one, each with why. */
const CLASS_PATTERNS: readonly ClassPattern[] = [
  {
    // 500万元以上固定资产投资, 4.5吨以下货车, 年主营业务收入2000万元及以上的工业企业,
    // 80岁以上老人, 超过1000万元的项目: a bound followed by the noun it bounds.
    // Percentages are left out: 90%以上的行政村 is a share of them, a figure;
    // and counts: 储备200个以上重大项目 counts the projects.
    name: 'a bound on the noun after it',
    test: (text, span) => {
      if (span.qualifier !== 'at-least' && span.qualifier !== 'at-most') return false;
      if (span.unit === '%' || span.unit === '‰' || span.unit === '个百分点' || isCount(span.unit)) return false;
      const after = text.slice(span.end, span.end + 6);
      return HAN_AFTER.test(after) && !STILL_A_FIGURE_AFTER.test(after);
    },
  },
  {
    name: 'an age bounding a class',
    test: (text, span) => AGE_UNITS.has(span.unit) && !AGE_MEASURE.test(text.slice(Math.max(0, span.leadStart - 12), span.leadStart)),
  },
  {
    // 20万吨级泊位, 万吨级: the class of a berth or ship
    name: 'a size class',
    test: (text, span) => text.charAt(span.end) === '级',
  },
  {
    name: 'service hours',
    test: (text, span) =>
      span.unit === '小时' &&
      (SERVICE_VERBS.test(text.slice(span.end, span.end + 4)) || SERVICE_CLOCK.test(text.slice(Math.max(0, span.start - 2), span.start))),
  },
  {
    name: 'a package of rules named by its number',
    test: (text, span) => (span.unit === '条' || span.unit === '项') && PACKAGE_NOUN.test(text.slice(span.end, span.end + 4)),
  },
  {
    name: 'the bar a count passed',
    test: (text, span, before) =>
      before !== undefined &&
      text.slice(before.end, span.leadStart).length <= 8 &&
      PASSED_BAR.test(text.slice(before.end, span.leadStart)),
  },
];

/** Events named by a count: 创新创业青年50人论坛. */
const EVENT_NOUN = /^(?:论坛|峰会|大会|会议)/;
/** The frame of a statistic, not a result: 在统计的58种, 规模以上13个重点行业,
 * 32个国控、省控地表水考核断面, 4个地级及以上城市集中式饮用水水源地. */
const FRAME_BEFORE = /(?:统计的|监测的|考核的|规模以上|限额以上)$/;
const FRAME_NOUN = /^[^，,。；;：:]{0,12}?(?:及以上|国控|省控|考核断面|监测断面|监测点)/;
/** A rate's base: 工矿商贸企业就业人员十万人生产安全事故死亡人数. */
const RATE_BASE = /^(?:十万|百万|万|千)人$/;
/** Counts that name a programme of a plan: 纳入国家102项重大工程. */
const PROGRAMME_OWNER = /(?:国家|规划|纲要)$/;
/** Named policies of a fixed term: 第二轮土地承包到期后再延长30年, 学前1年免保教费. */
const FIXED_TERM_POLICY = /(?:到期后再?延长|学前)$/;
/** A rank or a tax rate is no result: 全球排名前1%, 15%所得税优惠, 1%人口抽样调查. */
const RANK_BEFORE = /前$/;
const RATE_NAME_AFTER = /^(?:企业)?(?:所得税|税率|增值税|人口抽样调查)/;

const FRAME_PATTERNS: readonly ClassPattern[] = [
  { name: 'an event named by a count', test: (text, span) => EVENT_NOUN.test(text.slice(span.end, span.end + 2)) },
  {
    name: 'the frame of a statistic',
    test: (text, span) =>
      FRAME_BEFORE.test(text.slice(Math.max(0, span.leadStart - 4), span.leadStart)) ||
      (span.unit === '个' && FRAME_NOUN.test(text.slice(span.end, span.end + 16))),
  },
  { name: 'a rate base', test: (text, span) => RATE_BASE.test(text.slice(span.start, span.end)) && HAN_AFTER.test(text.slice(span.end, span.end + 2)) },
  {
    name: 'a programme named by its count',
    test: (text, span) => PROGRAMME_OWNER.test(text.slice(Math.max(0, span.leadStart - 2), span.leadStart)) && HAN_AFTER.test(text.slice(span.end, span.end + 2)),
  },
  { name: 'a policy of fixed term', test: (text, span) => FIXED_TERM_POLICY.test(text.slice(Math.max(0, span.leadStart - 6), span.leadStart)) },
  {
    name: 'a rank or a rate in a name',
    test: (text, span) =>
      span.unit === '%' && (RANK_BEFORE.test(text.charAt(span.leadStart - 1)) || RATE_NAME_AFTER.test(text.slice(span.end, span.end + 8))),
  },
];

/** Whether the figure bounds or names a class rather than measuring one;
 * `before` is the figure before it in the block. */
export function isClassBound(text: string, span: BoundSpan, before?: BoundSpan): boolean {
  return CLASS_PATTERNS.some((p) => p.test(text, span, before)) || FRAME_PATTERNS.some((p) => p.test(text, span, before));
}
