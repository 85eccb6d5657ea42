// Naming a figure within its sentence. Chinese reports chain clauses on one
// subject: 地区生产总值221.46亿元，比上年增长7.9% — both figures measure
// 地区生产总值; 一般公共预算收入完成…，比上年增加…，增长…% — all three measure
// the revenue. A clause with a noun of its own starts a new chain; one with
// only verbs, bases or relation words takes the chain's subject; 分别 hands
// the figures of a list out to its nouns in order.
// Lists (extract-list.ts), the clause before a figure's own
// (extract-clauses-before.ts) and measures with their owners
// (extract-measure.ts) have files of their own.

import type { Relation } from './types';
import type { FigureSpan } from './figures';
import { clauseStart, endsWithExamples, readClause, type ClauseReading } from './extract-indicator';
import { followingNoun } from './extract-noun-after';
import { ACTION_VERBS, ADJUSTMENT_SCOPE, BARE_MEASURES_OF_SUBJECT, GRADE_ONLY, NAMED_SCOPES, PER_HEAD, SCOPE_PHRASES } from './clause-words';
import { lookupUnit } from './units';
import { measureHeadOf, subjectStem, withoutGrade } from './extract-measure';
import {
  BOTH, DISTRIBUTOR, FIGURE_FOLLOWS, LIST_SEPARATOR, URBAN_AND_RURAL,
  completeListItems, handedOutItems, joinedReading, listedNouns, sharedListStart, type ListOptions,
} from './extract-list';
import { measureOfClauseBefore, nounOfVerbBefore, nounsOfClauseBefore } from './extract-clauses-before';

export interface ChainOptions extends ListOptions {
  maxFollowingNounLength: number;
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

/** A share written after a figure: "工业机器人产量增长31.2%、占全国44%". The
 * clause names only the whole it is a share of. */
const SHARE_OF_WHOLE = /^占(全国|全省|全市|全区|全县|全球|全世界)(?:的)?(?:比重|比例)?(?:为|达|超|约)?$/;
/** A share named without its whole: 第二产业增加值比重, 农村人口比例. */
const SHARE_WITHOUT_WHOLE = /(?<=^[^占]{2,})(比重|比例)$/;
/** What may stand between a noun named after a count and the next figure: 1个智能工厂和5个… */
const CONNECTIVE_ONLY = /^[和及与、]$/;
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

function sentenceScope(text: string, from: number, to: number): string | undefined {
  const stretch = text.slice(from, to);
  return SCOPE_PHRASES.find((phrase) => stretch.includes(phrase)) ?? ADJUSTMENT_SCOPE.exec(stretch)?.[0];
}

/** What nameFigure reads once about a figure's clause, for its steps. */
interface FigureClause {
  text: string;
  figure: FigureSpan;
  sentenceStart: number;
  chain: Chain | null;
  options: ChainOptions;
  /** the clause cannot start before this: the sentence, or the figure before */
  floor: number;
  /** where the figure's own clause starts */
  from: number;
  clause: string;
  clauseOptions: Parameters<typeof readClause>[1];
  /** where a run of nouns listed with 、 before the clause starts (from: none) */
  joinedFrom: number;
  /** the clause alone, and with the nouns listed before it */
  ownReading: ClauseReading;
  reading: ClauseReading;
  scope: string | undefined;
  /** the figure counts things (个, 家, 人) */
  counted: boolean;
  /** the whole of a share named earlier in the sentence or before its ； */
  wholeBefore: string | undefined;
}

/** The naming as nameFigure's steps build it. */
interface NamingDraft {
  indicator: string;
  relation: Relation;
  /** the indicator is a noun of this figure's, not the chain's subject */
  ownSubject: boolean;
  listQueue: string[];
  listItems?: readonly string[];
  nounAfter: boolean;
  classBase?: string;
  bareShareWhole?: string;
  sharedWhole?: string;
  shareWhole?: string;
  taskCounted: boolean;
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
  const at = readFigureClause(text, figure, sentenceStart, chain, options, shareWholeBefore);
  const draft = startDraft(at);
  nameFromList(at, draft);
  nameFromNeighbours(at, draft);
  finishIndicator(at, draft);
  return { naming: namingOf(at, draft), chain: nextChain(at, draft) };
}

function readFigureClause(
  text: string,
  figure: FigureSpan,
  sentenceStart: number,
  chain: Chain | null,
  options: ChainOptions,
  shareWholeBefore: string | undefined,
): FigureClause {
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
  return {
    text, figure, sentenceStart, chain, options, floor, from, clause, clauseOptions, joinedFrom, ownReading, reading,
    scope: sentenceScope(text, floor, figure.leadStart) ?? chain?.scope,
    counted: lookupUnit(figure.unit)?.category === 'count',
    wholeBefore: chain?.shareWhole ?? shareWholeBefore,
  };
}

function startDraft(at: FigureClause): NamingDraft {
  const { chain, reading, figure } = at;
  const indicator = reading.indicator;
  // a figure with no relation word of its own goes the way of the one before
  // when it only adds to it: 33.3%、50%; 增长7%以上、力争达到8% (the same unit,
  // no noun of its own) — but 增长7.5%，达到326.4亿元 is the level reached
  const continues = chain !== null && (reading.bare || (indicator === '' && chain.unit === figure.unit));
  const relation: Relation = reading.hasRelation ? reading.relation : continues && chain ? chain.relation : 'level';
  const draft: NamingDraft = { indicator, relation, ownSubject: indicator !== '', listQueue: chain?.listQueue ?? [], nounAfter: false, taskCounted: false };
  if (chain?.listItems) draft.listItems = chain.listItems;
  return draft;
}

/** Lists and shares: 分别 handing figures out, 均 over a list, 占…比重. */
function nameFromList(at: FigureClause, draft: NamingDraft): void {
  const { text, figure, clause, chain, reading, from, floor, options } = at;
  const share = SHARE_OF_WHOLE.exec(clause.trim());
  // 国内游客人次、总花费增长5.6％、7.5％: as many figures as listed nouns, one each
  const listedFigures = FIGURE_FOLLOWS.test(text.slice(figure.end, figure.end + 2));
  const implicitList = listedFigures && (at.joinedFrom < from || draft.indicator.startsWith(URBAN_AND_RURAL));
  if ((clause.includes(DISTRIBUTOR) || implicitList) && draft.indicator !== '') {
    if (at.joinedFrom < from) draft.indicator = at.ownReading.indicator;
    const completed = handedOutItems(text, from, floor, draft.indicator, options);
    if (completed.length >= 2) {
      draft.indicator = completed[0] ?? draft.indicator;
      draft.listQueue = completed.slice(1);
      draft.listItems = completed;
    }
  } else if (clause.includes(DISTRIBUTOR) && draft.indicator === '' && chain?.listItems && draft.listQueue.length === 0) {
    // …从2021年的46503元和16935元分别提高到58794元和23184元: the same nouns again
    draft.indicator = chain.listItems[0] ?? '';
    draft.listQueue = chain.listItems.slice(1);
  } else if (clause.includes(DISTRIBUTOR) && draft.indicator === '' && chain === null) {
    // 企业退休人员基本养老金、城镇低保标准…和环卫工人工资再次提高，月人均分别
    // 提高221元、90元…: the list is the clause before
    const items = completeListItems(nounsOfClauseBefore(text, from, floor, at.clauseOptions), options.minListItemLength);
    if (items.length >= 2) {
      draft.indicator = items[0] ?? '';
      draft.listQueue = items.slice(1);
    }
  } else if (BOTH.test(clause) && draft.indicator !== '' && text.charAt(from - 1) === LIST_SEPARATOR) {
    // A、B均增长8%: one figure for every item of the list; named by the first
    const items = [...listedNouns(text, from, floor, options), draft.indicator];
    draft.indicator = completeListItems(items, options.minListItemLength)[0] ?? draft.indicator;
  } else if (BARE_SHARE.test(clause.trim()) && at.wholeBefore && chain && chain.subject !== '') {
    // 第一产业投资…占固定资产投资的比重为1.4%；第二产业投资下降27.1%，占61.0%
    draft.indicator = `${chain.subject}占${at.wholeBefore}比重`;
    draft.relation = 'level';
    draft.bareShareWhole = at.wholeBefore;
  } else if (share && chain && chain.subject !== '') {
    draft.indicator = `${chain.subject}占${share[1] ?? ''}比重`;
    draft.relation = 'level';
  } else if (draft.indicator.startsWith('占') && chain && chain.subject !== '') {
    // 可再生能源装机容量…，占发电装机容量的比重为47%: the share of the chain's subject
    draft.indicator = chain.subject + draft.indicator;
  } else if (reading.share && draft.indicator === '' && chain && chain.subject !== '') {
    // 民生支出达到24.1亿元，占一般公共预算支出的80.2%: the share of the chain's subject
    draft.indicator = `${chain.subject}占${reading.share}比重`;
  } else if (chain && draft.indicator === '' && draft.listQueue.length > 0) {
    draft.indicator = draft.listQueue.shift() ?? draft.indicator;
    if (!reading.hasRelation) draft.relation = chain.relation;
  }
}

/** The clause names the count's noun after the figure: 为14家企业, 建成4座垃圾中转站. */
function countsNounAfter(at: FigureClause, indicator: string): boolean {
  const { clause, reading } = at;
  return reading.endsInVerb || MODIFIES_NOUN_AFTER.test(clause) || WHERE_ONLY.test(indicator) || (indicator.length <= SHORT_VERB && !measureHeadOf(indicator));
}

/** The noun written after the figure, where it may be what the figure measures. */
function nounWrittenAfter(at: FigureClause, indicator: string): string {
  const { text, figure, chain, reading, clause, counted, options, from } = at;
  // 2万平方米仓储库、400亩大棚: after a figure that named its noun after
  // itself, an amount with no noun before it names its own after it too
  if (indicator === '' && (counted || reading.verbsOnly || text.charAt(figure.end) === '的' || !chain || chain.subject === '' || chain.nounAfter)) {
    return followingNoun(text, figure.end, options.maxFollowingNounLength, counted);
  }
  const afterCount =
    counted &&
    // 空港旅客吞吐量实现183万人次的历史性突破: after 的 an event, not what is counted
    !(indicator !== '' && text.charAt(figure.end) === '的') &&
    (endsWithExamples(clause) || countsNounAfter(at, indicator) || (chain?.nounAfter === true && from === chain.end));
  return afterCount ? followingNoun(text, figure.end, options.maxFollowingNounLength) : '';
}

/** A figure that names less than its measure: the noun written after a count,
 * a class, grade or part of the chain's subject, or the chain's subject itself. */
function nameFromNeighbours(at: FigureClause, draft: NamingDraft): void {
  const { text, figure, chain, reading, clause, counted, options, from, floor } = at;
  const { indicator } = draft;
  const after = nounWrittenAfter(at, indicator);
  const perHead = PER_HEAD.exec(indicator);
  let measuredBefore = '';
  if (perHead) {
    // 每千人拥有6.1名社会体育指导员: the per-head base and what is counted
    draft.indicator = (perHead[1] ?? '') + followingNoun(text, figure.end, options.maxFollowingNounLength);
    draft.nounAfter = true;
  } else if (after !== '' && (indicator === '' || endsWithExamples(clause) || chain?.nounAfter === true || (counted && countsNounAfter(at, indicator)))) {
    // what a count counts is often written after it: 为14家企业, 建成4座垃圾中转站,
    // 实施等22个产业化项目, 完成9.2公里的城区供水主管网改造
    // 新增200个家门口养老服务站: 新增 before the count is part of the measure
    draft.indicator = NEW_BEFORE_COUNT.test(clause) && !after.startsWith('新') ? `新增${after}` : after;
    draft.nounAfter = true;
    draft.ownSubject = true;
  } else if (indicator !== '' && counted && chain && chain.subject !== '' && CLASS_OF.test(indicator)) {
    // 重点项目105个，其中工业类3个、城市建设类28个: the chain's noun of that class
    draft.classBase = chain.classBase ?? chain.subject;
    draft.indicator = indicator + draft.classBase;
  } else if (POPULATION_PART.test(indicator) && chain && POPULATION_MEASURE.test(chain.subject)) {
    // 居民恩格尔系数为32.5%，其中城镇为30.6%: the town part of the population
    draft.indicator = indicator + chain.subject.replace(POPULATION_MEASURE, '居民');
  } else if (indicator !== '' && chain && chain.subject !== '' && GRADE_ONLY.test(indicator)) {
    // 其中国家级2个: the chain's noun of that grade
    draft.indicator = indicator + withoutGrade(chain.subject);
  } else if (indicator !== '' && chain && chain.subject !== '' && BARE_MEASURES_OF_SUBJECT.includes(indicator) && !chain.subject.endsWith(indicator)) {
    // a change (涨幅, 增速) is of the whole subject, a measure of its stem:
    // 居民消费价格…，涨幅 → 居民消费价格涨幅; 粮食播种面积…、产量 → 粮食产量
    const stem = CHANGE_MEASURES.test(indicator) ? chain.subject : subjectStem(chain.subject);
    // 规模以上工业企业达7.6万家、增加值增长3%: value is added by an industry,
    // not by its enterprises (规模以上工业增加值)
    draft.indicator = (indicator === VALUE_ADDED ? stem.replace(ENTERPRISES_END, '') : stem) + indicator;
  } else if (indicator === AGGREGATE && chain && chain.subject !== '') {
    // 进出口总额突破9万亿元、增长9.8%，总量连续39年居全国首位; 新增…上市公司
    // 93家、总量达1224家 is the total of all of them
    draft.indicator = chain.subject.replace(NEW_PREFIX, '');
  } else if (indicator === '' && !reading.share && (measuredBefore = measureOfClauseBefore(text, from, floor, at.clauseOptions)) !== '') {
    // 全省进出口总值创历史新高，达到5379亿元; 经济总量跨过两个万亿元大关、超过6万亿元:
    // a clause without a figure that names a measure is the subject of the next
    draft.indicator = measuredBefore;
    draft.ownSubject = true;
  } else if (indicator === '' && chain && chain.subject !== '') {
    const sameUnit = chain.subjectOfUnit.get(figure.unit);
    draft.indicator = counted && chain.unit !== figure.unit && sameUnit ? sameUnit : chain.subject;
    // 新增公园45座、累计达到1100座: the total is of all of them, not the new ones
    if (RUNNING_TOTAL.test(clause)) draft.indicator = draft.indicator.replace(NEW_PREFIX, '');
  }
}

/** Last touches to the name: shares, tasks, people, and 新增 shared by a list. */
function finishIndicator(at: FigureClause, draft: NamingDraft): void {
  const { text, figure, chain, reading, clause, counted, options, from } = at;
  draft.shareWhole = reading.baseIsWhole && reading.base && draft.indicator.includes('占') ? reading.base : at.wholeBefore;
  if (at.wholeBefore && draft.ownSubject && SHARE_WITHOUT_WHOLE.test(draft.indicator)) {
    draft.sharedWhole = at.wholeBefore;
    draft.indicator = draft.indicator.replace(SHARE_WITHOUT_WHOLE, `占${draft.sharedWhole}$1`);
  }
  if (draft.indicator === '' && reading.base && TASK_BASE.test(reading.base) && figure.unit !== '%') {
    draft.indicator = reading.base;
    draft.taskCounted = true;
  }
  if (PEOPLE_EVENTS.has(draft.indicator) && figure.unit === '人') draft.indicator += '人数';
  // 0.15万人享受城市最低生活保障, 5.3万人参加职业技能培训: people counted by
  // what they do are the number of people doing it
  if (draft.indicator === '' && PEOPLE_UNITS.test(figure.unit)) {
    const doing = PEOPLE_DOING.exec(text.slice(figure.end, figure.end + options.maxFollowingNounLength + 4));
    if (doing) draft.indicator = `${doing[0]}人数`;
  }
  // 实施重点项目47个，完成投资46.9亿元 is the projects' 完成投资; alone it is 投资
  if (draft.indicator === INVESTMENT_DONE) draft.indicator = INVESTMENT_DONE.slice(2);
  // 完成40期国家援外培训任务: the task is the thing done
  // 入选…非物质文化遗产项目名录733项: the entries of the list are counted
  if (counted && LIST_OF.test(draft.indicator)) draft.indicator = draft.indicator.replace(LIST_OF, '');
  const untasked = draft.indicator.replace(TASK_SUFFIX, '');
  if (untasked !== draft.indicator && untasked.length >= 2 && !WORK_ALONE.test(untasked)) draft.indicator = untasked;
  // 新增规上工业企业1494家、专精特新中小企业1003户: 新增 opens the whole list
  // …but not past a ，: 新增…60家，培育认定创新型、专精特新中小企业110家 is a list of its own
  // (新增城区绿地面积144亩、造林面积5845亩: amounts in the same unit too; 再就业 is a measure of its own)
  if (
    chain?.newPrefix &&
    (counted || chain.unit === figure.unit) &&
    draft.ownSubject &&
    text.charAt(from - 1) === LIST_SEPARATOR &&
    !/^[新再]/.test(draft.indicator) &&
    !RUNNING_TOTAL.test(clause) &&
    !CLAUSE_COMMA.test(text.slice(chain.end, from))
  ) {
    draft.indicator = chain.newPrefix + draft.indicator;
  }
  // 拟连续几年发行超长期特别国债…，今年先发行1万亿元: the verb done before to
  // a noun in the same sentence is done to it again
  if (draft.indicator === '' && reading.verbs.length >= 2 && !chain) {
    draft.indicator = nounOfVerbBefore(text, at.sentenceStart, from, reading.verbs, at.clauseOptions);
  }
}

function namingOf(at: FigureClause, draft: NamingDraft): Naming {
  const { reading, clause, chain } = at;
  const { indicator, relation } = draft;
  const naming: Naming = { indicator, relation, fromClause: reading.indicator !== '' && indicator === reading.indicator, clauseFrom: at.from };
  if (BUDGET_RESTATED.test(clause)) naming.budgeted = true;
  // a name of last resort: the verbs (投资, 拆迁), unless a figure listed after
  // this one names it (extract.ts)
  if (indicator === '' && reading.verbs !== '') naming.fallback = reading.verbs;
  const base = draft.taskCounted ? undefined : (draft.sharedWhole ?? draft.bareShareWhole ?? ownBase(reading, draft.ownSubject, relation, chain));
  if (base) naming.base = base;
  const finalScope = at.scope ?? reading.scope ?? NAMED_SCOPES.find((s) => indicator.startsWith(s));
  if (finalScope) naming.scope = finalScope;
  return naming;
}

function nextChain(at: FigureClause, draft: NamingDraft): Chain {
  const { text, figure, chain, reading, from } = at;
  const { indicator, relation } = draft;
  const stage = BUDGET_STAGE.exec(indicator);
  const subject = stage && indicator.length - stage[0].length >= 2 ? indicator.slice(0, stage.index) : indicator;
  const subjectOfUnit = new Map(chain?.subjectOfUnit ?? []);
  if (indicator !== '') subjectOfUnit.set(figure.unit, subject);
  const next: Chain = { subject, relation, end: figure.end, nounAfter: draft.nounAfter, listQueue: draft.listQueue, unit: figure.unit, subjectOfUnit };
  if (draft.listItems) next.listItems = draft.listItems;
  if (draft.classBase) next.classBase = draft.classBase;
  if (draft.shareWhole) next.shareWhole = draft.shareWhole;
  // only the 新增 that opens a list is the list's (…国债资金28.6亿元、新增一般债券14.3亿元、上级竞争性资金144亿元)
  const opensList = text.charAt(from - 1) !== LIST_SEPARATOR;
  const newPrefix = opensList ? NEW_PREFIX.exec(indicator)?.[1] : chain?.newPrefix;
  if (newPrefix) next.newPrefix = newPrefix;
  const carried = reading.base && !reading.baseIsWhole ? reading.base : draft.ownSubject ? undefined : chain?.base;
  if (carried) next.base = carried;
  if (at.scope ?? reading.scope) next.scope = at.scope ?? reading.scope;
  return next;
}

/** The base a figure is measured against: its own clause's, or a comparison
 * base of the chain when the figure is a change of the chain's subject
 * (比上年增加353人，增长0.1% — both against 上年). */
function ownBase(reading: ClauseReading, ownSubject: boolean, relation: Relation, chain: Chain | null): string | undefined {
  if (reading.base) return reading.base;
  if (!ownSubject && relation !== 'level' && chain?.base) return chain.base;
  return undefined;
}
