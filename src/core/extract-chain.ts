// Naming a figure within its sentence. Chinese reports chain clauses on one
// subject: 地区生产总值221.46亿元，比上年增长7.9% — both figures measure
// 地区生产总值; 一般公共预算收入完成…，比上年增加…，增长…% — all three measure
// the revenue. A clause with a noun of its own starts a new chain; one with
// only verbs, bases or relation words takes the chain's subject; 分别 hands
// the figures of a list out to its nouns in order.

import type { Relation } from './types';
import type { FigureSpan } from './figures';
import { clauseStart, endsWithExamples, followingNoun, readClause, type ClauseReading } from './extract-indicator';
import { ACTION_VERBS, VERB_TERMS, ADJUSTMENT_SCOPE, BARE_MEASURES_OF_SUBJECT, BREAKDOWN, GRADE_ONLY, PER_HEAD, SIBLING_NOUNS, CATEGORY_ENDINGS, MEASURE_ENDINGS, MEASURE_HEADS, NAMED_SCOPES, SCOPE_PHRASES } from './clause-words';
import { lookupUnit } from './units';

export interface ChainOptions {
  maxIndicatorLength: number;
  maxIndicatorLookBehind: number;
  maxFollowingNounLength: number;
  minListItemLength: number;
  maxListItems: number;
  /** the report's jurisdiction as clauses may name it (泉州市区, 泉州市) */
  places?: readonly string[];
}

/** What the figures before this one in the same sentence leave to it. */
export interface Chain {
  /** the subject later clauses without a noun take */
  subject: string;
  relation: Relation;
  /** where the figure before ended: the next clause starts after it */
  end: number;
  /** the figure before named its noun after itself (1个智能工厂和5个数字化车间) */
  nounAfter: boolean;
  /** a comparison base (比上年) carries to the changes after it */
  base?: string;
  /** a scope (按可比价格计算) holds for the rest of the sentence */
  scope?: string;
  /** nouns a 分别 list has still to hand out */
  listQueue: string[];
  /** the whole list, for a second 分别 over the same nouns (从…46503元和16935元分别提高到58794元和23184元) */
  listItems?: readonly string[];
  /** the unit of the figure before */
  unit: string;
  /** the noun the classes of a breakdown are classes of (重点项目) */
  classBase?: string;
  /** 新增 or 新设 that opened the sentence's list */
  newPrefix?: string;
  /** the whole the sentence's first share was of (占地区生产总值比重), for
   * the shares after it that leave it out (第二产业增加值比重为27.8%) */
  shareWhole?: string;
  /** the last subject named for each unit: 发生事故20起，死亡21人，同比减少7起 —
   * the 起 are the 事故's */
  subjectOfUnit: ReadonlyMap<string, string>;
}

export interface Naming {
  indicator: string;
  /** the indicator is the noun the figure's own clause wrote before it */
  fromClause: boolean;
  /** what to call a figure whose indicator stays empty */
  fallback?: string;
  /** where the figure's clause starts in the block */
  clauseFrom: number;
  /** the clause restates a budget (调整为…, 年初预算为…): the figure is a target of its year */
  budgeted?: boolean;
  relation: Relation;
  base?: string;
  scope?: string;
}

/** "A、B分别增长5%和3%": 分别 hands the figures out to the listed nouns in order. */
const DISTRIBUTOR = '分别';
const LIST_SEPARATOR = '、';
/** Measures that a list of nouns shares when only the last item writes it:
 * 高技术制造业、装备制造业增加值 → 高技术制造业增加值; 二氧化硫、氮氧化物排放量;
 * 集成电路、汽车零配件、锂电池出口. */
const SHARED_TAILS: readonly string[] = [
  '人均可支配收入', '工业增加值', '产业增加值', '增加值', '排放量', '营业收入', '进出口', '出口', '进口', '产量', '销售额',
];
/** A short head joined to the noun by 和 or 及: 城镇和农村居民…, 一般债务和专项债务… */
const JOINED_HEAD = /^([\u4e00-\u9fff]{1,4})[和及与]/;
const URBAN_AND_RURAL = '城乡';
/** Two measures written as one word, which 分别 hands out in order:
 * 存贷款余额分别…, 实际使用内外资分别增长10％、6.4％. */
const PAIRED_WORDS: readonly (readonly [word: string, first: string, second: string])[] = [
  ['存贷款', '存款', '贷款'],
  ['内外资', '内资', '外资'],
];
const SPLIT_AT_AND = /[和与及]/;
/** 均 after a list: the figure holds for every item. */
const BOTH = /[\u4e00-\u9fff](?<![平人年])均(?:增长|下降|提高|达到|为|实现)/;
/** A rate named at the end of a list's last item is the rate of every item:
 * 农村自来水、卫生户厕普及率 → 农村自来水普及率. */
const RATE_TAIL = /(?<=[\u4e00-\u9fff]{2})[\u4e00-\u9fff]{1,2}率$/;
/** Numerals that list parallel heads: 第二、三产业, 一、二、三产业. */
const LIST_NUMERALS = /[一二三四五六七八九十]/;
const SECTOR_WITHOUT_ORDINAL = /^[一二三]产业/;
const TRADE_WITH = '对';
const TRADE = /(?:出口|进口|进出口|投资|贸易额)$/;
/** What opens a list's first item and holds for all of them: a statistical
 * scope or a per-head base. */
const LIST_WIDE_OPENING = /^(?:规模以上|限额以上|每[十百千万]+(?:常住)?人口?|[\u4e00-\u9fff]{2,8}?企业(?=[\u4e00-\u9fff]{2}))/;
/** A list item that is a numeral alone (第一、二、三产业): readClause reads
 * nothing in it, but it is the head of its item. */
const NUMERAL_ITEM = /^[一二三四五六七八九十]$/;
/** A share written after a figure: "工业机器人产量增长31.2%、占全国44%". The
 * clause names only the whole it is a share of. */
const SHARE_OF_WHOLE = /^占(全国|全省|全市|全区|全县|全球|全世界)(?:的)?(?:比重|比例)?(?:为|达|超|约)?$/;
/** A share named without its whole: 第二产业增加值比重, 农村人口比例. */
const SHARE_WITHOUT_WHOLE = /(?<=^[^占]{2,})(比重|比例)$/;
/** What may stand between a noun named after a count and the next figure: 1个智能工厂和5个… */
const CONNECTIVE_ONLY = /^[和及与、]$/;
const HEADER_BREAKDOWN = /中[，,：:]$/;
/** A share with nothing named: 第二产业投资下降27.1%，占61.0%. */
const BARE_SHARE = /^占(?:比)?(?:为|达)?$/;
const VALUE_ADDED = '增加值';
const POPULATION_PART = /^(?:城镇|农村)$/;
const POPULATION_MEASURE = /^(?:城镇|农村|全体|全市|全省|全县|全区)?居民/;
const ENTERPRISES_END = /(?<=工业|建筑业|服务业)企业$/;
/** Measures of how the subject itself changed. */
const CHANGE_MEASURES = /^(?:涨幅|增幅|降幅|增速)$/;
/** "总量" names the total of the noun already in the sentence. */
const AGGREGATE = '总量';
/** A budget figure names its stage after the account (一般公共预算收入年初预算
 * 合计…，实际完成…): the chain's subject is the account without the stage. */
const BUDGET_STAGE = /(?:年初预算|调整预算|预算数|预算|执行数|决算数)$/;

/** The list's items with what they share written out. The last item is whole;
 * a short one before it is a head that replaces the last item's own head
 * (城镇 + 农村居民人均可支配收入 → 城镇居民人均可支配收入; 第二 + 三产业 →
 * 第二产业 and 第三产业); a longer one gets the last item's measure when that
 * is one of SHARED_TAILS and the item lacks it. */
function completeListItems(items: string[], minItemLength: number): string[] {
  // 本外币存、贷款余额: one character of a pair and the other's whole word
  // are 存款余额 and 贷款余额, of the same holder
  const pairedHead = items.length === 2 ? splitPairedHead(items[0] ?? '', items[1] ?? '') : null;
  if (pairedHead) return pairedHead;
  const last = items[items.length - 1] ?? '';
  const tail =
    [...SHARED_TAILS, ...MEASURE_HEADS].find((t) => last.endsWith(t) && last.length > t.length) ?? RATE_TAIL.exec(last)?.[0];
  const out = items.map((item, i) => {
    if (i === items.length - 1 || item === '') return item;
    // 农业、工业、服务业增加值: an item ending as the last item's head ends
    // (业, 业) is a whole head of its own and takes only the shared measure
    const lastHead = tail ? last.slice(0, -tail.length) : '';
    const numeralHeads = LIST_NUMERALS.test(item.slice(-1)) && LIST_NUMERALS.test(last.charAt(0));
    if (tail && !numeralHeads && lastHead.length > item.length && item.length >= 2) {
      if (item.slice(-1) === lastHead.slice(-1)) return item + tail;
      // 原煤、原油、天然气产量: replacing the head's start would leave one
      // character of it (气): the item is a whole head too
      if (lastHead.length - item.length < 2) return item + tail;
    }
    if (item.length < minItemLength || GRADE_ONLY.test(item)) {
      const numeralHead = LIST_NUMERALS.test(item.slice(-1)) && LIST_NUMERALS.test(last.charAt(0));
      const lastGrade = GRADE_ONLY.test(item) ? (GRADE_PREFIX.exec(last)?.[0].length ?? 0) : 0;
      const headLength = numeralHead ? 1 : lastGrade > 0 ? lastGrade : item.length;
      return last.length > headLength ? item + last.slice(headLength) : last;
    }
    // 装备制造业、…、战略性新兴产业增加值: an industry already named 业 takes 增加值 alone
    const itemTail = tail && item.endsWith('业') && tail.startsWith('产业') ? tail.slice(2) : tail;
    return itemTail && !item.endsWith(itemTail) && measureHeadOf(item) === undefined ? item + itemTail : item;
  });
  // 生产安全事故起数、死亡人数、受伤人数: the later items are measures of the
  // first item's subject
  const stem = subjectStem(out[0] ?? '');
  if (stem !== (out[0] ?? '')) {
    for (let i = 1; i < out.length; i++) {
      const item = out[i] ?? '';
      if (BARE_MEASURES_OF_SUBJECT.includes(item) || measureHeadOf(item) === item) out[i] = stem + item;
    }
  }
  // 限额以上通讯器材、家用电器…零售额, 每千人托位、养老床位数: the scope or
  // per-head base opening the list holds for every item
  const opening = LIST_WIDE_OPENING.exec(out[0] ?? '')?.[0];
  if (opening) {
    for (let i = 1; i < out.length; i++) {
      const item = out[i] ?? '';
      if (item !== '' && !LIST_WIDE_OPENING.test(item)) out[i] = opening + item;
    }
  }
  // 对共建“一带一路”国家、非洲、欧洲出口: trade with each of the partners listed
  if ((out[0] ?? '').startsWith(TRADE_WITH) && TRADE.test(last)) {
    for (let i = 1; i < out.length; i++) {
      const item = out[i] ?? '';
      if (item !== '' && !item.startsWith(TRADE_WITH)) out[i] = TRADE_WITH + item;
    }
  }
  // 第二、三产业: the ordinal of the first head belongs to every numeral head;
  // 一、二、三产业 are the same three sectors written without it
  const first = out[0] ?? '';
  if ((first.startsWith('第') && LIST_NUMERALS.test(first.charAt(1))) || SECTOR_WITHOUT_ORDINAL.test(last)) {
    for (let i = 0; i < out.length; i++) {
      const item = out[i] ?? '';
      if (LIST_NUMERALS.test(item.charAt(0))) out[i] = '第' + item;
    }
  }
  return out;
}

/** Characters written as a pair with their word shared: 存、贷款, 内、外资, 进、出口, 中、小学. */
const CHARACTER_PAIRS: readonly string[] = ['存贷', '内外', '进出', '中小', '大中', '城乡'];

function splitPairedHead(first: string, second: string): string[] | null {
  const pair = first.slice(-1) + second.charAt(0);
  if (!CHARACTER_PAIRS.includes(pair) || second.length < 2) return null;
  const holder = first.slice(0, -1);
  return [holder + first.slice(-1) + second.slice(1), holder + second];
}

/** A class of something named before (工业类, 民生社会事业类). */
const CLASS_OF = /类$/;
const PEOPLE_UNITS = /^(?:万|千|百)?(?:人|名)$/;
/** What people counted do, written after them: 享受城市最低生活保障. */
const PEOPLE_DOING = /^(?:享受|参加|参与|领取|接受)[^，,。；;、（(]{2,16}/;
/** Events that happen to people, counted in 人: 死亡21人 counts the dead. */
const PEOPLE_EVENTS = new Set(['死亡', '受伤', '失踪', '遇难']);
const INVESTMENT_DONE = '完成投资';
/** 完成40期国家援外培训任务 → 国家援外培训; 大棚建设任务 → 大棚 (building it
 * is the task); 棚户区改造任务 → 棚户区改造 (the renovation is the thing
 * measured); 改造任务 alone stays. */
const TASK_SUFFIX = /(?:建设)?任务$/;
const LIST_OF = /(?<=[\u4e00-\u9fff]{2})名录$/;
const WORK_ALONE = /^(?:改造|建设|整治|新建|改扩建|治理|改革)$/;
/** A count after a task completed (完成棚户区改造任务2619户): the task is no
 * completion base, it is what is counted. */
const TASK_BASE = /任务$/;
/** The words of new things that a list shares: 新增, 新设. */
const NEW_PREFIX = /^(新增|新设)/;
const CLAUSE_COMMA = /[，,；;]/;
const NEW_BEFORE_COUNT = /新增$/;
/** A count whose clause is this short and names no measure is after a bare
 * verb (推出8个方面, 选派240名): the noun written after it is what it counts. */
const SHORT_VERB = 2;
/** A clause that modifies the noun written after the count: 纳入国有资本经营预算
 * 的14家企业, 为全市934户市场主体. */
const MODIFIES_NOUN_AFTER = /(?:的|全市|全省|全县|全区|我市|我省|我县|我区)$/;
/** A clause that only says where (组团内9条主次干道, 城区内178座…锅炉): what
 * is counted is written after the count. */
const WHERE_ONLY = /[^以]内$/;
/** A budget restated in its clause: 收入调整为290.95亿元, 支出预算调整为…. */
const BUDGET_RESTATED = /调整为$|调整到$/;
/** A running total after the new ones: 累计达到, 总量达, 总数. */
const RUNNING_TOTAL = /累计|总量|总数|^达到/;

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
export function withOwner(naming: Naming, owner: string | undefined): string {
  const { indicator } = naming;
  if (!owner || !naming.fromClause || indicator.startsWith(owner)) return indicator;
  const owned = OWNERLESS.find(([owns, measures]) => owns.test(owner) && measures.test(indicator));
  if (!owned) return indicator;
  return owner + (INCOME_PART.test(indicator) ? PER_HEAD_WORD : '') + indicator;
}

/** A noun without the grade it opens with: 省级农业产业化龙头企业 → 农业产业化龙头企业. */
function withoutGrade(noun: string): string {
  const grade = GRADE_PREFIX.exec(noun);
  return grade ? noun.slice(grade[0].length) : noun;
}
const GRADE_PREFIX = /^(?:世界级|国家级|省级|市级|县级|区级|[0-9]?A级|[一二三四五]星级|各级|[省市县区](?:、[省市县区])+)/;

/** The part of a subject that names what is measured, before its measure:
 * 粮食播种面积 → 粮食; 普通高中毕业生 → 普通高中; 生产安全事故 stays whole. */
const SIBLING_WORDS: readonly string[] = SIBLING_NOUNS.flat();
function subjectStem(subject: string): string {
  const sibling = SIBLING_WORDS.find((word) => subject.endsWith(word) && subject.length > word.length);
  if (sibling) return subject.slice(0, -sibling.length);
  const head = measureHeadOf(subject);
  return head && subject.length > head.length ? subject.slice(0, -head.length) : subject;
}

/** How far back a run of 、-separated nouns without figures of their own
 * reaches before the clause at `from`. */
function sharedListStart(text: string, from: number, floor: number): number {
  let at = from;
  // 预约二、三级医院专家号源: a numeral before the 、 is the list's first head
  if (text.charAt(at - 1) === LIST_SEPARATOR && NUMERAL_ITEM.test(text.charAt(at - 2)) && LIST_NUMERALS.test(text.charAt(at))) return at - 2;
  while (at - 1 > floor && text.charAt(at - 1) === LIST_SEPARATOR) {
    // back to the segment's start, over a parenthesis inside it (新（改）建燃气)
    const start = clauseStart(text, at - 1, floor, MAX_SHARED_ITEM + 4);
    const segment = text.slice(start, at - 1);
    if (segment.length === 0 || segment.length > MAX_SHARED_ITEM || /[0-9０-９]/.test(segment)) break;
    at = start;
  }
  return at;
}

/** A reading of the nouns joined by 、 keeps the clause's own relation and base. */
function joinedReading(joined: ClauseReading, own: ClauseReading): ClauseReading {
  if (own.indicator === '') return own;
  // 实施城市更新行动、完成投资220亿元: a statistic that opens with its verb is
  // done by what comes before it, not listed with it
  const done = VERB_TERMS.find((term) => joined.indicator.endsWith(LIST_SEPARATOR + term));
  if (done) return { ...own, indicator: joined.indicator.slice(0, -done.length - 1) + done };
  return { ...own, indicator: joined.indicator || own.indicator };
}

/** Another figure right after this one: 5.6％、7.5％. */
const FIGURE_FOLLOWS = /^[、和及][0-9０-９]/;
const MAX_SHARED_ITEM = 12;

/** The nouns of the 、-separated clauses right before `from`, in order. */
function listedNouns(text: string, from: number, floor: number, options: ChainOptions): string[] {
  const items: string[] = [];
  const clauseOptions = { maxIndicatorLength: options.maxIndicatorLength, maxLookBehind: options.maxIndicatorLookBehind, places: options.places ?? [] };
  let at = from;
  while (items.length < options.maxListItems && at - 1 >= floor && text.charAt(at - 1) === LIST_SEPARATOR) {
    const start = clauseStart(text, at - 1, floor, options.maxIndicatorLookBehind);
    const segment = text.slice(start, at - 1);
    const noun = readClause(segment, clauseOptions).indicator;
    items.unshift(noun === '' && NUMERAL_ITEM.test(segment) ? segment : noun);
    at = start;
  }
  return items;
}

function sentenceScope(text: string, from: number, to: number): string | undefined {
  const stretch = text.slice(from, to);
  return SCOPE_PHRASES.find((phrase) => stretch.includes(phrase)) ?? ADJUSTMENT_SCOPE.exec(stretch)?.[0];
}

/**
 * Names one figure: its indicator, relation, base and scope, from its own
 * clause and the chain of the sentence so far (null for the sentence's first
 * figure). Returns the naming and the chain the next figure gets.
 */
export function nameFigure(
  text: string,
  figure: FigureSpan,
  sentenceStart: number,
  chain: Chain | null,
  options: ChainOptions,
  /** the whole of a share named in the clauses before the last ； */
  shareWholeBefore?: string,
): { naming: Naming; chain: Chain } {
  const floor = Math.max(sentenceStart, chain ? chain.end : 0);
  let from = clauseStart(text, figure.leadStart, floor, options.maxIndicatorLookBehind);
  // 在14个市州城区和兰州新区增补义务教育学位2万个: the noun the count before
  // named after itself is not this figure's
  if (chain?.nounAfter && from === chain.end && chain.subject.length >= 2 && text.startsWith(chain.subject, from)) {
    const rest = text.slice(from + chain.subject.length, figure.leadStart);
    // 66个重点项目54亿元的投资计划: an amount right after that noun, with 的 and
    // a noun of its own after it, is of that noun
    const ownAfter = rest === '' && text.charAt(figure.end) === '的';
    if (ownAfter || CONNECTIVE_ONLY.test(rest) || ACTION_VERBS.some((verb) => verb.length > 1 && rest.startsWith(verb))) from += chain.subject.length;
  }
  const clause = text.slice(from, figure.leadStart);
  const clauseOptions = { maxIndicatorLength: options.maxIndicatorLength, maxLookBehind: options.maxIndicatorLookBehind, places: options.places ?? [] };
  // 诊所、卫生所、医务室3003个; 交通运输、仓储和邮政业增加值: nouns listed with 、
  // that share one figure (no 分别 hands out several) name it together
  const joinedFrom = clause.includes(DISTRIBUTOR) || BOTH.test(clause) ? from : sharedListStart(text, from, floor);
  const ownReading = readClause(clause, clauseOptions);
  const reading =
    joinedFrom < from ? joinedReading(readClause(text.slice(joinedFrom, figure.leadStart), clauseOptions), ownReading) : ownReading;
  const scope = sentenceScope(text, floor, figure.leadStart) ?? chain?.scope;
  let listQueue = chain?.listQueue ?? [];
  let listItems = chain?.listItems;
  let indicator = reading.indicator;
  let ownSubject = indicator !== '';
  // a figure with no relation word of its own goes the way of the one before
  // when it only adds to it: 33.3%、50%; 增长7%以上、力争达到8% (the same unit,
  // no noun of its own) — but 增长7.5%，达到326.4亿元 is the level reached
  const continues = chain !== null && (reading.bare || (indicator === '' && chain.unit === figure.unit));
  let relation: Relation = reading.hasRelation ? reading.relation : continues && chain ? chain.relation : 'level';

  const share = SHARE_OF_WHOLE.exec(clause.trim());
  const wholeBefore = chain?.shareWhole ?? shareWholeBefore;
  let bareShareWhole: string | undefined;
  // 国内游客人次、总花费增长5.6％、7.5％: as many figures as listed nouns, one each
  const listedFigures = FIGURE_FOLLOWS.test(text.slice(figure.end, figure.end + 2));
  const implicitList = listedFigures && (joinedFrom < from || indicator.startsWith(URBAN_AND_RURAL));
  if ((clause.includes(DISTRIBUTOR) || implicitList) && indicator !== '') {
    const items = listedNouns(text, from, floor, options);
    if (joinedFrom < from) indicator = ownReading.indicator;
    // 城镇和农村居民人均可支配收入分别达…: a head joined by 和 is an item too
    const joined = JOINED_HEAD.exec(indicator);
    const pair = PAIRED_WORDS.find(([word]) => indicator.includes(word));
    if (pair && items.length === 0) {
      // 金融机构本外币存贷款余额分别达…: 存贷款 is 存款 and 贷款
      const [word, first, second] = pair;
      const at = indicator.indexOf(word);
      const before = indicator.slice(0, at);
      const after = indicator.slice(at + word.length);
      items.push(`${before}${first}${after}`, `${before}${second}${after}`);
    } else if (joined && items.length === 0) items.push(joined[1] ?? '', indicator.slice(joined[0].length));
    else if (items.length === 0 && SPLIT_AT_AND.test(indicator)) {
      // 入境游客数量和花费分别增长: the measures of one subject
      items.push(...indicator.split(SPLIT_AT_AND).filter((item) => item !== ''));
    }
    else if (indicator.startsWith(URBAN_AND_RURAL) && items.length === 0) {
      // 城乡居民人均可支配收入分别增长7%左右和8%左右: 城乡 is 城镇 and 农村
      const rest = indicator.slice(URBAN_AND_RURAL.length);
      items.push(`城镇${rest}`, `农村${rest}`);
    } else items.push(indicator);
    if (items.length >= 2) {
      const completed = completeListItems(items, options.minListItemLength);
      indicator = completed[0] ?? indicator;
      listQueue = completed.slice(1);
      listItems = completed;
    }
  } else if (clause.includes(DISTRIBUTOR) && indicator === '' && chain?.listItems && listQueue.length === 0) {
    // …从2021年的46503元和16935元分别提高到58794元和23184元: the same nouns again
    indicator = chain.listItems[0] ?? '';
    listQueue = chain.listItems.slice(1);
  } else if (clause.includes(DISTRIBUTOR) && indicator === '' && chain === null) {
    // 企业退休人员基本养老金、城镇低保标准…和环卫工人工资再次提高，月人均分别
    // 提高221元、90元…: the list is the clause before
    const items = completeListItems(nounsOfClauseBefore(text, from, floor, clauseOptions), options.minListItemLength);
    if (items.length >= 2) {
      indicator = items[0] ?? '';
      listQueue = items.slice(1);
    }
  } else if (BOTH.test(clause) && indicator !== '' && text.charAt(from - 1) === LIST_SEPARATOR) {
    // A、B均增长8%: one figure for every item of the list; named by the first
    const items = [...listedNouns(text, from, floor, options), indicator];
    indicator = completeListItems(items, options.minListItemLength)[0] ?? indicator;
  } else if (BARE_SHARE.test(clause.trim()) && wholeBefore && chain && chain.subject !== '') {
    // 第一产业投资…占固定资产投资的比重为1.4%；第二产业投资下降27.1%，占61.0%
    indicator = `${chain.subject}占${wholeBefore}比重`;
    relation = 'level';
    bareShareWhole = wholeBefore;
  } else if (share && chain && chain.subject !== '') {
    indicator = `${chain.subject}占${share[1] ?? ''}比重`;
    relation = 'level';
  } else if (indicator.startsWith('占') && chain && chain.subject !== '') {
    // 可再生能源装机容量…，占发电装机容量的比重为47%: the share of the chain's subject
    indicator = chain.subject + indicator;
  } else if (reading.share && indicator === '' && chain && chain.subject !== '') {
    // 民生支出达到24.1亿元，占一般公共预算支出的80.2%: the share of the chain's subject
    indicator = `${chain.subject}占${reading.share}比重`;
  } else if (chain && indicator === '' && listQueue.length > 0) {
    indicator = listQueue.shift() ?? indicator;
    if (!reading.hasRelation) relation = chain.relation;
  }

  const counted = lookupUnit(figure.unit)?.category === 'count';
  let measuredBefore = '';
  const after =
    // 2万平方米仓储库、400亩大棚: after a figure that named its noun after
    // itself, an amount with no noun before it names its own after it too
    indicator === '' && (counted || reading.verbsOnly || text.charAt(figure.end) === '的' || !chain || chain.subject === '' || chain.nounAfter)
      ? followingNoun(text, figure.end, options.maxFollowingNounLength, counted)
      : counted &&
          // 空港旅客吞吐量实现183万人次的历史性突破: after 的 an event, not what is counted
          !(indicator !== '' && text.charAt(figure.end) === '的') &&
          (endsWithExamples(clause) ||
            reading.endsInVerb ||
            MODIFIES_NOUN_AFTER.test(clause) ||
            WHERE_ONLY.test(indicator) ||
            (indicator.length <= SHORT_VERB && !measureHeadOf(indicator)) ||
            (chain?.nounAfter === true && from === chain.end))
        ? followingNoun(text, figure.end, options.maxFollowingNounLength)
        : '';
  let nounAfter = false;
  let classBase: string | undefined;
  const perHead = PER_HEAD.exec(indicator);
  if (perHead) {
    // 每千人拥有6.1名社会体育指导员: the per-head base and what is counted
    indicator = (perHead[1] ?? '') + followingNoun(text, figure.end, options.maxFollowingNounLength);
    nounAfter = true;
  } else if (
    after !== '' &&
    (indicator === '' ||
      endsWithExamples(clause) ||
      chain?.nounAfter === true ||
      (counted && (reading.endsInVerb || MODIFIES_NOUN_AFTER.test(clause) || WHERE_ONLY.test(indicator) || (indicator.length <= SHORT_VERB && !measureHeadOf(indicator)))))
  ) {
    // what a count counts is often written after it: 为14家企业, 建成4座垃圾中转站,
    // 实施等22个产业化项目, 完成9.2公里的城区供水主管网改造
    // 新增200个家门口养老服务站: 新增 before the count is part of the measure
    indicator = NEW_BEFORE_COUNT.test(clause) && !after.startsWith('新') ? `新增${after}` : after;
    nounAfter = true;
    ownSubject = true;
  } else if (indicator !== '' && counted && chain && chain.subject !== '' && CLASS_OF.test(indicator)) {
    // 重点项目105个，其中工业类3个、城市建设类28个: the chain's noun of that class
    classBase = chain.classBase ?? chain.subject;
    indicator = indicator + classBase;
  } else if (POPULATION_PART.test(indicator) && chain && POPULATION_MEASURE.test(chain.subject)) {
    // 居民恩格尔系数为32.5%，其中城镇为30.6%: the town part of the population
    indicator = indicator + chain.subject.replace(POPULATION_MEASURE, '居民');
  } else if (indicator !== '' && chain && chain.subject !== '' && GRADE_ONLY.test(indicator)) {
    // 其中国家级2个: the chain's noun of that grade
    indicator = indicator + withoutGrade(chain.subject);
  } else if (indicator !== '' && chain && chain.subject !== '' && BARE_MEASURES_OF_SUBJECT.includes(indicator) && !chain.subject.endsWith(indicator)) {
    // a change (涨幅, 增速) is of the whole subject, a measure of its stem:
    // 居民消费价格…，涨幅 → 居民消费价格涨幅; 粮食播种面积…、产量 → 粮食产量
    const stem = CHANGE_MEASURES.test(indicator) ? chain.subject : subjectStem(chain.subject);
    // 规模以上工业企业达7.6万家、增加值增长3%: value is added by an industry,
    // not by its enterprises (规模以上工业增加值)
    indicator = (indicator === VALUE_ADDED ? stem.replace(ENTERPRISES_END, '') : stem) + indicator;
  } else if (indicator === AGGREGATE && chain && chain.subject !== '') {
    // 进出口总额突破9万亿元、增长9.8%，总量连续39年居全国首位; 新增…上市公司
    // 93家、总量达1224家 is the total of all of them
    indicator = chain.subject.replace(NEW_PREFIX, '');
  } else if (indicator === '' && !reading.share && (measuredBefore = measureOfClauseBefore(text, from, floor, clauseOptions)) !== '') {
    // 全省进出口总值创历史新高，达到5379亿元; 经济总量跨过两个万亿元大关、超过6万亿元:
    // a clause without a figure that names a measure is the subject of the next
    indicator = measuredBefore;
    ownSubject = true;
  } else if (indicator === '' && chain && chain.subject !== '') {
    const sameUnit = chain.subjectOfUnit.get(figure.unit);
    indicator = counted && chain.unit !== figure.unit && sameUnit ? sameUnit : chain.subject;
    // 新增公园45座、累计达到1100座: the total is of all of them, not the new ones
    if (RUNNING_TOTAL.test(clause)) indicator = indicator.replace(NEW_PREFIX, '');
  }

  const shareWhole = reading.baseIsWhole && reading.base && indicator.includes('占') ? reading.base : wholeBefore;
  let sharedWhole: string | undefined;
  if (wholeBefore && ownSubject && SHARE_WITHOUT_WHOLE.test(indicator)) {
    sharedWhole = wholeBefore;
    indicator = indicator.replace(SHARE_WITHOUT_WHOLE, `占${sharedWhole}$1`);
  }
  let taskCounted = false;
  if (indicator === '' && reading.base && TASK_BASE.test(reading.base) && figure.unit !== '%') {
    indicator = reading.base;
    taskCounted = true;
  }
  if (PEOPLE_EVENTS.has(indicator) && figure.unit === '人') indicator += '人数';
  // 0.15万人享受城市最低生活保障, 5.3万人参加职业技能培训: people counted by
  // what they do are the number of people doing it
  if (indicator === '' && PEOPLE_UNITS.test(figure.unit)) {
    const doing = PEOPLE_DOING.exec(text.slice(figure.end, figure.end + options.maxFollowingNounLength + 4));
    if (doing) indicator = `${doing[0]}人数`;
  }
  // 实施重点项目47个，完成投资46.9亿元 is the projects' 完成投资; alone it is 投资
  if (indicator === INVESTMENT_DONE) indicator = INVESTMENT_DONE.slice(2);
  // 完成40期国家援外培训任务: the task is the thing done
  // 入选…非物质文化遗产项目名录733项: the entries of the list are counted
  if (counted && LIST_OF.test(indicator)) indicator = indicator.replace(LIST_OF, '');
  const untasked = indicator.replace(TASK_SUFFIX, '');
  if (untasked !== indicator && untasked.length >= 2 && !WORK_ALONE.test(untasked)) indicator = untasked;
  // 新增规上工业企业1494家、专精特新中小企业1003户: 新增 opens the whole list
  // …but not past a ，: 新增…60家，培育认定创新型、专精特新中小企业110家 is a list of its own
  // (新增城区绿地面积144亩、造林面积5845亩: amounts in the same unit too; 再就业 is a measure of its own)
  if (
    chain?.newPrefix &&
    (counted || chain.unit === figure.unit) &&
    ownSubject &&
    text.charAt(from - 1) === LIST_SEPARATOR &&
    !/^[新再]/.test(indicator) &&
    !RUNNING_TOTAL.test(clause) &&
    !CLAUSE_COMMA.test(text.slice(chain.end, from))
  ) {
    indicator = chain.newPrefix + indicator;
  }
  // 拟连续几年发行超长期特别国债…，今年先发行1万亿元: the verb done before to
  // a noun in the same sentence is done to it again
  if (indicator === '' && reading.verbs.length >= 2 && !chain) indicator = nounOfVerbBefore(text, sentenceStart, from, reading.verbs, clauseOptions);
  const naming: Naming = { indicator, relation, fromClause: reading.indicator !== '' && indicator === reading.indicator, clauseFrom: from };
  if (BUDGET_RESTATED.test(clause)) naming.budgeted = true;
  // a name of last resort: the verbs (投资, 拆迁), unless a figure listed after
  // this one names it (extract.ts)
  if (indicator === '' && reading.verbs !== '') naming.fallback = reading.verbs;
  const base = taskCounted ? undefined : (sharedWhole ?? bareShareWhole ?? ownBase(reading, ownSubject, relation, chain));
  if (base) naming.base = base;
  const finalScope = scope ?? reading.scope ?? NAMED_SCOPES.find((s) => indicator.startsWith(s));
  if (finalScope) naming.scope = finalScope;

  const stage = BUDGET_STAGE.exec(indicator);
  const subject = stage && indicator.length - stage[0].length >= 2 ? indicator.slice(0, stage.index) : indicator;
  const subjectOfUnit = new Map(chain?.subjectOfUnit ?? []);
  if (indicator !== '') subjectOfUnit.set(figure.unit, subject);
  const next: Chain = { subject, relation, end: figure.end, nounAfter, listQueue, unit: figure.unit, subjectOfUnit };
  if (listItems) next.listItems = listItems;
  if (classBase) next.classBase = classBase;
  if (shareWhole) next.shareWhole = shareWhole;
  // only the 新增 that opens a list is the list's (…国债资金28.6亿元、新增一般债券14.3亿元、上级竞争性资金144亿元)
  const opensList = text.charAt(from - 1) !== LIST_SEPARATOR;
  const newPrefix = opensList ? NEW_PREFIX.exec(indicator)?.[1] : chain?.newPrefix;
  if (newPrefix) next.newPrefix = newPrefix;
  const carried = reading.base && !reading.baseIsWhole ? reading.base : ownSubject ? undefined : chain?.base;
  if (carried) next.base = carried;
  if (scope ?? reading.scope) next.scope = scope ?? reading.scope;
  return { naming, chain: next };
}

/** The measure a figureless clause right before `from` opens with: the longest
 * start of it that ends in a measure (进出口总值 of 全省进出口总值创历史新高). */
function measureOfClauseBefore(text: string, from: number, floor: number, options: Parameters<typeof readClause>[1]): string {
  if (from - 1 <= floor || !CLAUSE_JOINS.test(text.charAt(from - 1))) return '';
  let start = from - 1;
  while (start > floor && !LIST_CLAUSE_BREAK.test(text.charAt(start - 1))) {
    if (/[0-9０-９]/.test(text.charAt(start - 1))) return '';
    start--;
  }
  const clause = text.slice(start, from - 1);
  if (NOT_A_SUBJECT.test(clause)) return '';
  for (let end = clause.length; end >= MIN_MEASURE; end--) {
    const opening = clause.slice(0, end);
    if (measureHeadOf(opening) === undefined && !TOTALS.test(opening)) continue;
    const reading = readClause(opening, options);
    const noun = reading.indicator;
    return noun.length >= MIN_MEASURE && noun.length <= MAX_MEASURE && reading.verbs === '' && !/了/.test(noun) ? noun : '';
  }
  return '';
}
const CLAUSE_JOINS = /[，,、]/;
const MIN_MEASURE = 3;
const MAX_MEASURE = 10;
/** Measures written as totals: 经济总量, 进出口总值. */
const TOTALS = /(?:总量|总值|总额)$/;
/** Clauses that name a scope or an action, not a subject: 按不变价格计算, 执行中…调整了收入. */
const NOT_A_SUBJECT = /^(?:按|执行|其中|经过|经核|初步核算|据|全年|比)/;

/** The noun written after the same verb earlier in the sentence. */
function nounOfVerbBefore(text: string, sentenceStart: number, from: number, verbs: string, options: Parameters<typeof readClause>[1]): string {
  const verb = ACTION_VERBS.filter((v) => v.length >= 2 && verbs.endsWith(v)).sort((a, b) => b.length - a.length)[0];
  if (!verb) return '';
  const at = text.lastIndexOf(verb, from - verb.length - 1);
  if (at < sentenceStart) return '';
  let end = at + verb.length;
  while (end < from && !LIST_CLAUSE_BREAK.test(text.charAt(end)) && text.charAt(end) !== LIST_SEPARATOR) end++;
  const noun = readClause(text.slice(at + verb.length, end), options).indicator;
  return noun.length >= 2 && noun.length <= MAX_NOUN_OF_VERB && !/[0-9０-９]/.test(noun) ? noun : '';
}
const MAX_NOUN_OF_VERB = 12;
const LIST_CLAUSE_BREAK = /[，,；;。：:]/;
/** The nouns a figureless clause right before `from` lists with 、 and a last 和. */
function nounsOfClauseBefore(text: string, from: number, floor: number, options: Parameters<typeof readClause>[1]): string[] {
  if (from - 1 <= floor || text.charAt(from - 1) !== '，') return [];
  let start = from - 1;
  while (start > floor && !LIST_CLAUSE_BREAK.test(text.charAt(start - 1)) && from - 1 - start < options.maxLookBehind * 2) start--;
  const parts = text.slice(start, from - 1).split(LIST_SEPARATOR);
  const last = parts.pop() ?? '';
  parts.push(...last.split(SPLIT_AT_AND));
  if (parts.length < 2) return [];
  const nouns = parts.map((part) => readClause(part, options).indicator);
  return nouns.every((noun) => noun.length >= 2) ? nouns : [];
}

/** The base a figure is measured against: its own clause's, or a comparison
 * base of the chain when the figure is a change of the chain's subject
 * (比上年增加353人，增长0.1% — both against 上年). */
function ownBase(reading: ClauseReading, ownSubject: boolean, relation: Relation, chain: Chain | null): string | undefined {
  if (reading.base) return reading.base;
  if (!ownSubject && relation !== 'level' && chain?.base) return chain.base;
  return undefined;
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
  naming: Naming,
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
