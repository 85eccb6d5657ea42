// The measure a figure's noun names and who owns it: the heads that end a
// measure (产量, 增加值, 人均可支配收入), the stem before them, the owner a
// paragraph gives its ownerless measures, and the paragraph's measure that a
// category of a breakdown takes (其中，轻工业增长5% → 轻工业增加值).

import type { Relation } from './types';
import { BREAKDOWN, CATEGORY_ENDINGS, MEASURE_ENDINGS, MEASURE_HEADS, SIBLING_NOUNS } from './clause-words';

/** What these rules read of a figure's naming (extract-chain's Naming). */
export interface NamedClause {
  indicator: string;
  /** the indicator is the noun the figure's own clause wrote before it */
  fromClause: boolean;
  relation: Relation;
}

const HEADER_BREAKDOWN = /中[，,：:]$/;


/** Measures that name no owner of their own, by the owner that has them: in
 * a paragraph about one owner (城镇居民…, 规模以上工业企业…) they are its.
 * Only a population owns a per-head income or spending; only enterprises a
 * profit or a margin. */
const OWNERLESS: readonly (readonly [owner: RegExp, measures: RegExp])[] = [
  [/居民$/, /^(?:人均(?:消费支出|可支配收入|经营净收入|工资性收入|财产净收入|转移净收入)|恩格尔系数)/],
  // 城镇居民人均可支配收入…，其中，工资性收入31496元；经营净收入4022元: the parts of a per-head income
  [/居民$/, /^(?:经营净收入|工资性收入|财产净收入|转移净收入)$/],
  [/企业$/, /^(?:利润总额|营业收入利润率|营业收入|营业成本|资产负债率|亏损企业亏损额)$/],
];
const HOLDER = /^(.{2,12}?(?:居民|企业))(?=人均|$)/;
const INCOME_PART = /^(?:经营净收入|工资性收入|财产净收入|转移净收入)$/;
const PER_HEAD_WORD = '人均';
/** An owner written before its first measure though no head names that measure:
 * 规模以上工业企业每百元营业收入中的成本. */
const ENTERPRISES_BEFORE = /^(.{2,12}企业)(?=[^，。]{2})/;

/** The owner a paragraph's first named measure gives, for the ownerless
 * measures after it. */
export function paragraphOwner(indicator: string): string | undefined {
  const stem = subjectStem(indicator);
  // 城镇居民人均工资性收入 is still the town residents'
  const holder = HOLDER.exec(stem)?.[1];
  if (holder) return holder;
  if (stem !== indicator && stem.length >= 2) return stem;
  return ENTERPRISES_BEFORE.exec(indicator)?.[1];
}

/** An ownerless measure named in its own clause takes the paragraph's owner. */
export function withOwner(naming: NamedClause, owner: string | undefined): string {
  const { indicator } = naming;
  if (!owner || !naming.fromClause || indicator.startsWith(owner)) return indicator;
  const owned = OWNERLESS.find(([owns, measures]) => owns.test(owner) && measures.test(indicator));
  if (!owned) return indicator;
  return owner + (INCOME_PART.test(indicator) ? PER_HEAD_WORD : '') + indicator;
}

/** A noun without the grade it opens with: 省级农业产业化龙头企业 → 农业产业化龙头企业. */
export function withoutGrade(noun: string): string {
  const grade = GRADE_PREFIX.exec(noun);
  return grade ? noun.slice(grade[0].length) : noun;
}
export const GRADE_PREFIX = /^(?:世界级|国家级|省级|市级|县级|区级|[0-9]?A级|[一二三四五]星级|各级|[省市县区](?:、[省市县区])+)/;

/** The part of a subject that names what is measured, before its measure:
 * 粮食播种面积 → 粮食; 普通高中毕业生 → 普通高中; 生产安全事故 stays whole. */
const SIBLING_WORDS: readonly string[] = SIBLING_NOUNS.flat();
export function subjectStem(subject: string): string {
  const sibling = SIBLING_WORDS.find((word) => subject.endsWith(word) && subject.length > word.length);
  if (sibling) return subject.slice(0, -sibling.length);
  const head = measureHeadOf(subject);
  return head && subject.length > head.length ? subject.slice(0, -head.length) : subject;
}

/** The measure the figures of a paragraph are in, from the last one that
 * named it, for the categories after it to take. */
export interface MeasureContext {
  head: string;
  /** the unit of the figure that named it */
  unit: string;
  /** the unit category of the figure that named it */
  category: string;
  /** that figure was a change (增长…%), not a level */
  change: boolean;
}

export function measureHeadOf(indicator: string): string | undefined {
  return MEASURE_HEADS.find((head) => indicator.endsWith(head));
}

/** A category named in its own clause with no measure of its own takes the
 * paragraph's measure, where the sentence breaks a total down (其中, 分…看) or
 * the noun is plainly a category (轻工业, 家电类), and its figure is of the same
 * kind as the one that named the measure: a change beside a change, an amount
 * in the same units. `before` is the sentence's text up to the figure. */
export function withMeasureHead(
  naming: NamedClause,
  category: string,
  context: MeasureContext | null,
  before: string,
  unit: string,
): string {
  const { indicator } = naming;
  if (!naming.fromClause || indicator.length < 2) return indicator;
  if (measureHeadOf(indicator) !== undefined || MEASURE_ENDINGS.test(indicator)) return indicator;
  // a breakdown runs over the ； of its list for categories (分门类看，采矿业…；
  // 制造业643.53亿元), within its clause for other nouns
  const breakdown = lastBreakdown(before) ?? (CATEGORY_ENDINGS.test(indicator) ? lastBreakdown(before.replace(/[；;]/g, '，')) : null);
  if (!breakdown && !CATEGORY_ENDINGS.test(indicator)) return indicator;
  const change = naming.relation !== 'level';
  // what a count counts is its own measure (民营医院90个, 农民工76.4万人), unless
  // the paragraph counts beds in the same unit (医院…张，乡镇卫生院9302张)
  const sameKind =
    context !== null &&
    context.category === category &&
    context.change === change &&
    (category !== 'count' || (context.unit === unit && COUNTED_HEADS.has(context.head)));
  if (sameKind) return indicator + context.head;
  // 主要产品产量中，生铁1444.6万吨…；粗钢1518.3万吨: the measure the header
  // names before its 中 is every category's
  if (breakdown && HEADER_BREAKDOWN.test(breakdown[0])) {
    const head = measureHeadOf(before.slice(Math.max(0, breakdown.index - HEADER_REACH), breakdown.index + breakdown[0].length - 2));
    if (head) return indicator + head;
  }
  // no figure named the measure, but the words before the breakdown do:
  // 36个行业大类中有23个行业增加值实现正增长。其中，纺织业增长19.3%
  if (breakdown && change && category === 'ratio') {
    const header = before.slice(Math.max(0, breakdown.index - HEADER_REACH), breakdown.index);
    const head = lastHeadIn(header);
    if (head) return indicator + head;
  }
  return indicator;
}

/** Measures of a count that a category in the same unit takes. */
const COUNTED_HEADS = new Set(['床位']);

/** The breakdown a figure stands in: 其中 or 分…看 before it in its sentence, or a
 * header 主要产品产量中， anywhere before it in the paragraph. */
function lastBreakdown(before: string): RegExpExecArray | null {
  let found: RegExpExecArray | null = null;
  const pattern = new RegExp(BREAKDOWN.source, 'g');
  for (let m = pattern.exec(before); m; m = pattern.exec(before)) {
    const header = /中[，,：:]$/.test(m[0]);
    if (header || !/[。；;！？]/.test(before.slice(m.index))) found = m;
  }
  return found;
}

/** How far before a breakdown its header is looked for. */
const HEADER_REACH = 60;

function lastHeadIn(text: string): string | undefined {
  let found: { head: string; at: number } | undefined;
  for (const head of MEASURE_HEADS) {
    const at = text.lastIndexOf(head);
    if (at >= 0 && (!found || at > found.at || (at === found.at && head.length > found.head.length))) found = { head, at };
  }
  return found?.head;
}
