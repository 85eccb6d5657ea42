// Lists in a sentence: nouns written with 、 that share one figure
// (诊所、卫生所、医务室3003个) or that 分别 hands several figures out to in
// order (城镇和农村居民人均可支配收入分别增长…), each item completed with what
// the list shares (第二、三产业 → 第二产业, 第三产业).

import { clauseStart, readClause, type ClauseReading } from './extract-indicator';
import { BARE_MEASURES_OF_SUBJECT, GRADE_ONLY, MEASURE_HEADS, VERB_TERMS } from './clause-words';
import { GRADE_PREFIX, measureHeadOf, subjectStem } from './extract-measure';

/** The limits a list is read within. */
export interface ListOptions {
  maxIndicatorLength: number;
  maxIndicatorLookBehind: number;
  minListItemLength: number;
  maxListItems: number;
  /** the report's jurisdiction as clauses may name it (泉州市区, 泉州市) */
  places?: readonly string[];
}

/** "A、B分别增长5%和3%": 分别 hands the figures out to the listed nouns in order. */
export const DISTRIBUTOR = '分别';
export const LIST_SEPARATOR = '、';
/** Measures that a list of nouns shares when only the last item writes it:
 * 高技术制造业、装备制造业增加值 → 高技术制造业增加值; 二氧化硫、氮氧化物排放量;
 * 集成电路、汽车零配件、锂电池出口. */
const SHARED_TAILS: readonly string[] = [
  '人均可支配收入', '工业增加值', '产业增加值', '增加值', '排放量', '营业收入', '进出口', '出口', '进口', '产量', '销售额',
];
/** A short head joined to the noun by 和 or 及: 城镇和农村居民…, 一般债务和专项债务… */
const JOINED_HEAD = /^([\u4e00-\u9fff]{1,4})[和及与]/;
export const URBAN_AND_RURAL = '城乡';
/** Two measures written as one word, which 分别 hands out in order:
 * 存贷款余额分别…, 实际使用内外资分别增长10％、6.4％. */
const PAIRED_WORDS: readonly (readonly [word: string, first: string, second: string])[] = [
  ['存贷款', '存款', '贷款'],
  ['内外资', '内资', '外资'],
];
export const SPLIT_AT_AND = /[和与及]/;
/** 均 after a list: the figure holds for every item. */
export const BOTH = /[\u4e00-\u9fff](?<![平人年])均(?:增长|下降|提高|达到|为|实现)/;
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


export function completeListItems(items: string[], minItemLength: number): string[] {
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

/** How far back a run of 、-separated nouns without figures of their own
 * reaches before the clause at `from`. */
export function sharedListStart(text: string, from: number, floor: number): number {
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
export function joinedReading(joined: ClauseReading, own: ClauseReading): ClauseReading {
  if (own.indicator === '') return own;
  // 实施城市更新行动、完成投资220亿元: a statistic that opens with its verb is
  // done by what comes before it, not listed with it
  const done = VERB_TERMS.find((term) => joined.indicator.endsWith(LIST_SEPARATOR + term));
  if (done) return { ...own, indicator: joined.indicator.slice(0, -done.length - 1) + done };
  return { ...own, indicator: joined.indicator || own.indicator };
}

/** Another figure right after this one: 5.6％、7.5％. */
export const FIGURE_FOLLOWS = /^[、和及][0-9０-９]/;
const MAX_SHARED_ITEM = 12;

/** The nouns of the 、-separated clauses right before `from`, in order. */
export function listedNouns(text: string, from: number, floor: number, options: ListOptions): string[] {
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

/** The items a 分别 (or a run of figures written one after another) hands
 * out in order, with what they share written out: the nouns listed before the
 * clause and the clause's own `indicator`, or the two halves of a word that
 * names two measures. Fewer than two items: no list, an empty array. */
export function handedOutItems(text: string, from: number, floor: number, indicator: string, options: ListOptions): string[] {
  const items = listedNouns(text, from, floor, options);
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
  } else if (indicator.startsWith(URBAN_AND_RURAL) && items.length === 0) {
    // 城乡居民人均可支配收入分别增长7%左右和8%左右: 城乡 is 城镇 and 农村
    const rest = indicator.slice(URBAN_AND_RURAL.length);
    items.push(`城镇${rest}`, `农村${rest}`);
  } else items.push(indicator);
  return items.length >= 2 ? completeListItems(items, options.minListItemLength) : [];
}
