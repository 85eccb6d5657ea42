// What a figure measures, which way it moves and against what, read from
// the words of its clause before it: "全年实现地区生产总值221.46亿元" →
// 地区生产总值; "比上年增长7.9%" → no noun of its own (the sentence's subject
// carries over, extract.ts), relation increase, base 上年. The word tables are
// in clause-words.ts.

import type { Relation } from './types';
import {
  ACTION_VERBS,
  COMPARISON_BASE,
  COMPLETION_BASE,
  EXAMPLES_MARK,
  IMPLIED_BASE,
  LEADING_FILLERS,
  LEADING_TIME,
  LEVEL_PREDICATES,
  OWNED_ENDINGS,
  NAMED_SCOPES,
  NAMES_WITH_PLACE,
  QUALIFYING_PLACES,
  INNER_VERBS,
  INNER_VERB_EXCEPTIONS,
  VERB_ADVERBS,
  VERB_TERMS,
  PLACES_IN_NAMES,
  VERB_SPECIFIC_COMPOUNDS,
  BARE_MEASURES,
  RELATIVE_CLAUSE,
  ADJUSTMENT_SCOPE,
  GENERIC_MEASURE,
  DROPPED_NOTE,
  KEPT_NOTE,
  PLACE_WORDS,
  GRADE_ONLY,
  RELATION_WORDS,
  SCOPE_PHRASES,
  SHARE_OF,
  SHARE_WRITTEN,
  ABOVE_WHOLE,
  NAMED_CHANGES,
  TIME_ONLY,
  TRAILING_FILLERS,
  VERB_NOUN_COMPOUNDS,
} from './clause-words';
import { longestEnding, longestOpening, placeWords } from './word-index';

const DISTRIBUTOR = '分别';
const LIST_SEPARATOR = '、';

/** Clause punctuation: a figure's noun never reaches across these. */
export const CLAUSE_BREAKS = new Set([
  '，', ',', '、', '；', ';', '。', '：', ':', '！', '!', '？', '?', '（', '(', '\t', '\u3000',
]);
/** A parenthesis closed right before the figure belongs to its noun:
 * "生产总值(GDP)1102284万元", "比重（常住人口城镇化率）为62.07%". */
export const CLOSING_PARENS = new Set(['）', ')']);
const OPENING_PARENS = new Set(['（', '(']);
const PARENTHETICAL = /[（(][^（()）]*[）)]/g;
const TRAILING_PARENTHETICAL = /[（(]([^（()）]*)[）)]$/;
const HAN = /[\u4e00-\u9fff]/;
/** Quotation marks wrap names inside a noun phrase (“四好农村路”); they are
 * dropped from the indicator but do not end the clause. */
export const QUOTES = /[“”"‘’《》]/g;
const FOOTNOTE_MARKER = /[[［〔]\d{1,3}[\]］〕]/g;
/** A list number that opens a note: "3.规模以上工业统计范围为…". */
const LIST_NUMBER_PREFIX = /^[0-9０-９]{1,2}[.．、](?![0-9０-９])/;
/** Brackets and list punctuation left at an edge of the noun. */
const EDGE_PUNCTUATION = /^[）)」』、，,；;：:\s]+|[（(「『、，,；;：:\s]+$/g;
/** 实现 inside a noun phrase is a verb between the subject and the measure:
 * 服务业实现增加值 measures 服务业增加值. */
const INNER_ACHIEVING = /(?<=[\u4e00-\u9fff])实现(?=[\u4e00-\u9fff])/g;
/** A share with no whole named ("社会事业投资占44%") is the noun's share. */
const BARE_SHARE = '占';
/** The 年 of "年人均GDP" and a year's 度 are time, not the noun. */
const YEAR_LEFTOVER = /^(?:年(?=人均)|度(?=[\u4e00-\u9fff]{2}))/;
/** A verb is followed by 了 or 好 (完成了, 完成好); both go with it. */
const VERB_PARTICLE = /^[了好]/;
/** Verbs of doing that also end a clause as a predicate: 年内完成3800户… */
const DOING = ['完成', '完成了', '实现', '实现了', '建成'];

export interface ClauseReading {
  /** the noun phrase, or "" when the clause has none */
  indicator: string;
  relation: Relation;
  /** the clause held a relation word of its own */
  hasRelation: boolean;
  /** the clause before the figure was empty apart from punctuation or 和
   * ("33.3%、50%"): the figure shares everything with the one before */
  bare: boolean;
  /** what the figure is compared with (上年, 调整预算, 全国) */
  base?: string;
  /** the base is a whole or a plan the figure is a share or a rate of; it
   * does not carry over to the next clause as a comparison base does */
  baseIsWhole: boolean;
  /** the statistical scope written in the clause */
  scope?: string;
  /** the whole a share is of (占一般公共预算支出的80.2%), when the clause names one */
  share?: string;
  /** the clause held verbs that act on what is counted, and no noun: the
   * noun is written after the figure */
  verbsOnly: boolean;
  /** those verbs as written, a name of last resort (投资, 拆迁) */
  verbs: string;
  /** the clause ended in a verb (运动员共取得): a count's noun follows the figure */
  endsInVerb: boolean;
}

export interface IndicatorOptions {
  /** longer noun phrases keep only their last characters */
  maxIndicatorLength: number;
  /** the report's own jurisdiction as a clause may open with it (泉州市区, 泉州市):
   * a place like 全市 */
  places?: readonly string[];
  /** how far back from a figure to look for its noun */
  maxLookBehind: number;
}

/** A clause that ends in 等 gives examples; the count's noun follows it. */
export function endsWithExamples(clause: string): boolean {
  return clause.trim().endsWith(EXAMPLES_MARK);
}

/** The start of the clause that ends at `end`, not before `floor`. */
export function clauseStart(text: string, end: number, floor: number, maxLookBehind: number): number {
  const limit = Math.max(floor, end - maxLookBehind, 0);
  let i = end;
  while (i > limit) {
    const ch = text.charAt(i - 1);
    if (CLOSING_PARENS.has(ch)) {
      // step over the whole parenthesis; without its opening, stop here
      let open = i - 2;
      while (open >= limit && !OPENING_PARENS.has(text.charAt(open)) && !CLOSING_PARENS.has(text.charAt(open))) open--;
      if (open < limit || !OPENING_PARENS.has(text.charAt(open))) break;
      i = open;
      continue;
    }
    if (CLAUSE_BREAKS.has(ch)) break;
    i--;
  }
  return i;
}

interface Tail {
  rest: string;
  /** a verb of doing was stripped from the end (年内完成, 全面完成) */
  verb: boolean;
  relation: Relation | null;
  base?: string;
  baseIsWhole: boolean;
  share?: string;
}

/** A verb of getting or making right before a count (运动员共取得35枚金牌):
 * the count counts its object, written after the figure. Only at the end
 * of a longer clause, so that a noun ending like a verb keeps it. */
function trailingActionVerb(rest: string): string | undefined {
  const verb = TRAILING_ACTION_VERBS.find((v) => rest.endsWith(v));
  return verb && rest.length > verb.length ? verb : undefined;
}

const TRAILING_ACTION_VERBS = ['取得', '获得', '建成', '新建', '培育', '引进', '认定', '实施', '开工', '落地', '拥有', '建立', '打造', '办好', '开行'];

/** Strips what stands between the noun and the figure, keeping what it says. */
function stripTail(phrase: string): Tail {
  const tail: Tail = { rest: phrase, verb: false, relation: null, baseIsWhole: false };
  for (let changed = true; changed && tail.rest.length > 0; ) {
    changed = true;
    const rest = tail.rest;
    const relationWord = RELATION_WORDS.find((r) => rest.endsWith(r.word));
    const filler = longestEnding(rest, TRAILING_FILLERS);
    let predicate = longestEnding(rest, LEVEL_PREDICATES);
    // 有 alone gives way to the fillers that end in it (中有, 还有) and to 国有, 实有
    if (predicate === '有' && (filler !== undefined || OWNED_ENDINGS.test(rest))) predicate = undefined;
    const word = predicate ?? filler ?? trailingActionVerb(rest);
    const completion = COMPLETION_BASE.exec(rest);
    const comparison = COMPARISON_BASE.exec(rest);
    const written = SHARE_WRITTEN.exec(rest);
    const share = SHARE_OF.exec(rest);
    const above = ABOVE_WHOLE.exec(rest);
    if (relationWord && !NAMED_CHANGES.includes(rest)) {
      tail.relation ??= relationWord.relation;
      tail.rest = rest.slice(0, -relationWord.word.length);
    } else if (word && !NAMED_CHANGES.includes(rest)) {
      tail.rest = rest.slice(0, -word.length);
      if (ACTION_VERBS.includes(word) || DOING.includes(word) || TRAILING_ACTION_VERBS.includes(word)) {
        tail.verb = true;
        // 全面完成: the adverb goes with its verb
        const adverb = VERB_ADVERBS.find((a) => tail.rest.endsWith(a));
        if (adverb) tail.rest = tail.rest.slice(0, -adverb.length);
      }
    } else if (above) {
      tail.base ??= above[1];
      tail.rest = rest.slice(0, above.index);
    } else if (completion) {
      tail.base ??= completion[1];
      tail.baseIsWhole ||= tail.base === completion[1];
      tail.rest = rest.slice(0, completion.index);
    } else if (comparison) {
      tail.base ??= comparison[1]?.replace(/ /g, '');
      tail.rest = rest.slice(0, comparison.index);
    } else if (written && written[1] && !tail.base) {
      // 第三产业增加值占地区生产总值的比重: the share as written is its name
      tail.base = written[1];
      tail.baseIsWhole = true;
      changed = false;
    } else if (share && share[1] && !tail.base) {
      tail.base = share[1];
      tail.baseIsWhole = true;
      tail.share = share[1];
      tail.rest = rest.slice(0, share.index);
    } else if (IMPLIED_BASE.test(rest)) {
      tail.rest = rest.replace(IMPLIED_BASE, '');
    } else {
      changed = false;
    }
  }
  return tail;
}

interface Head {
  rest: string;
  verbs: string;
  /** a relation verb that opened the clause: 压减非重点非刚性支出37.3亿元 */
  relation: Relation | null;
}

/** Strips time, place, connectives, modals and action verbs from the front. */
function stripHead(phrase: string, places: readonly string[] = []): Head {
  let rest = phrase;
  let verbs = '';
  let relation: Relation | null = null;
  for (let changed = true; changed && rest.length > 0; ) {
    changed = true;
    const opening = RELATION_WORDS.find((r) => !r.atEndOnly && rest.startsWith(r.word) && rest.length > r.word.length + 1);
    const time = LEADING_TIME.exec(rest) ?? LIST_NUMBER_PREFIX.exec(rest) ?? YEAR_LEFTOVER.exec(rest);
    const place = longestOpening(rest, placeWords(places));
    const filler = longestOpening(rest, LEADING_FILLERS);
    const verb = longestOpening(rest, ACTION_VERBS);
    const adverb = longestOpening(rest, VERB_ADVERBS);
    const afterAdverb = adverb === undefined ? '' : rest.slice(adverb.length);
    const adverbOfVerb =
      adverb !== undefined &&
      (ACTION_VERBS.some((v) => afterAdverb.startsWith(v) && !VERB_NOUN_COMPOUNDS.test(afterAdverb.slice(v.length))) ||
        LEVEL_PREDICATES.some((p) => p.length > 1 && afterAdverb.startsWith(p)) ||
        RELATION_WORDS.some((r) => !r.atEndOnly && afterAdverb.startsWith(r.word)));
    const national = place !== undefined && QUALIFYING_PLACES.includes(place);
    const placeIsPlace =
      place !== undefined &&
      rest.length > place.length + 1 &&
      // 省内外游客, 境内外上市公司: inside and outside together are part of the name
      rest.charAt(place.length) !== '外' &&
      !(PLACES_IN_NAMES.includes(place) && NAMES_WITH_PLACE.some((n) => rest.startsWith(n, place.length))) &&
      (!national || [...LEADING_FILLERS, ...ACTION_VERBS].some((w) => w.length > 1 && rest.startsWith(w, place.length)));
    const arithmetic = BUDGET_ARITHMETIC.exec(rest);
    const locative = PREPOSITION_OPENING.test(rest) ? locativeEnd(rest) : 0;
    if (arithmetic) {
      rest = rest.slice(arithmetic[0].length);
    } else if (locative > 0) {
      // 在14个市州城区和兰州新区增补义务教育学位: where it is done, up to the verb
      rest = rest.slice(locative);
    } else if (opening) {
      relation ??= opening.relation;
      verbs += opening.word;
      rest = rest.slice(opening.word.length);
    } else if (time && time[0].length > 0 && rest.length > time[0].length) {
      rest = rest.slice(time[0].length);
    } else if (place && placeIsPlace) {
      rest = rest.slice(place.length);
    } else if (adverbOfVerb && adverb && (!verb || adverb.length >= verb.length)) {
      rest = afterAdverb;
    } else if (filler && (rest.length > filler.length + 1 || filler.length > 1) && (!verb || filler.length >= verb.length)) {
      rest = rest.slice(filler.length);
    } else if (verb && !VERB_NOUN_COMPOUNDS.test(rest.slice(verb.length)) && !VERB_SPECIFIC_COMPOUNDS[verb]?.test(rest.slice(verb.length)) && !VERB_TERMS.includes(rest)) {
      const particle = VERB_PARTICLE.exec(rest.slice(verb.length))?.[0] ?? '';
      verbs += verb + particle;
      rest = rest.slice(verb.length + particle.length);
      // 新建、改建公路: verbs listed with 、 are one doing
      if (rest.startsWith(LIST_SEPARATOR) && ACTION_VERBS.some((v) => v.length > 1 && rest.startsWith(v, 1))) rest = rest.slice(1);
    } else {
      changed = false;
    }
  }
  const inside = cutInside(rest);
  return inside === rest ? { rest, verbs, relation } : { ...stripHead(inside, places), verbs, relation };
}

/** Where a phrase opening with 在 ends: at the first action verb after it
 * (在…新区增补), within a short reach; 0 when no verb follows. */
function locativeEnd(phrase: string): number {
  for (let at = 2; at < Math.min(phrase.length - 1, MAX_LOCATIVE); at++) {
    const verb = ACTION_VERBS.find((v) => v.length > 1 && phrase.startsWith(v, at));
    if (verb && !VERB_NOUN_COMPOUNDS.test(phrase.slice(at + verb.length))) return at;
  }
  return 0;
}
const MAX_LOCATIVE = 20;
/** Prepositions whose phrase runs up to the clause's verb: 在…新区增补, 围绕…要事抽选, 针对…开展. */
const PREPOSITION_OPENING = /^(?:在|围绕|针对|聚焦|依托)/;

/** A year, a place or a verb inside what is left ends what came before it:
 * 省财政厅核定我市2019年政府债务限额 → 政府债务限额; 人代会批准的2018年…收入 →
 * …收入; 提请全国人大常委会审议法律议案 → 法律议案. What is left after the cut
 * must still name something (two characters, not a bare 面积 or 资金). */
function cutInside(phrase: string): string {
  let rest = phrase;
  const keep = (after: string): boolean => after.length >= 2 && !BARE_MEASURES.includes(after);
  const relative = RELATIVE_CLAUSE.exec(rest);
  if (relative && keep(rest.slice(relative[0].length))) rest = rest.slice(relative[0].length);
  let cut = -1;
  for (const marker of [INNER_YEAR, INNER_PLACE]) {
    marker.lastIndex = 0;
    for (let m = marker.exec(rest); m; m = marker.exec(rest)) {
      // a place compared with is not a place that opens the noun: 相当于全市…, 占全省…
      // but 中央和省对我市一般公共预算转移支付: what was given to us is named after us
      if (COMPARING.test(rest.charAt(m.index - 1)) && !(rest.charAt(m.index - 1) === '对' && OUR_PLACE.test(m[0]))) continue;
      if (m.index > 0 && keep(rest.slice(m.index + m[0].length))) cut = Math.max(cut, m.index + m[0].length);
    }
  }
  for (const verb of INNER_VERBS) {
    const at = rest.lastIndexOf(verb);
    const after = rest.slice(at + verb.length);
    if (at > 0 && keep(after) && !INNER_VERB_EXCEPTIONS.test(rest.slice(0, at)) && !VERB_NOUN_COMPOUNDS.test(after) && !VERB_SPECIFIC_COMPOUNDS[verb]?.test(after)) {
      cut = Math.max(cut, at + verb.length);
    }
  }
  // 健儿在国际国内大赛喜摘奖牌: who did it where, up to the verb, is not the noun
  const where = rest.indexOf('在');
  const whereEnd = where > 0 ? locativeEnd(rest.slice(where)) : 0;
  if (whereEnd > 0) {
    const at = where + whereEnd;
    const verb = ACTION_VERBS.filter((v) => rest.startsWith(v, at)).sort((a, b) => b.length - a.length)[0] ?? '';
    if (keep(rest.slice(at + verb.length))) cut = Math.max(cut, at + verb.length);
  }
  // 旧城道路等城市主次干道: what comes before 等 are examples of the noun after it
  const examples = rest.lastIndexOf('等');
  // (水热气等管网 keeps its examples: 管网 alone names nothing)
  if (examples > 0 && !WORDS_WITH_DENG.test(rest.slice(examples - 1, examples + 2)) && keep(rest.slice(examples + 1)) && rest.length - examples - 1 > 2) {
    cut = Math.max(cut, examples + 1);
  }
  return cut > 0 ? rest.slice(cut) : rest;
}

const INNER_YEAR = /\d{4}年度?/g;
/** A budget's arithmetic: 加上级转移支付…, 加调出资金…, 减专项债务还本支出…. */
const BUDGET_ARITHMETIC = /^[加减](?=上级|调出|调入|上年|动用|结转|地方政府|一般债|专项债|转移)/;
/** 等 inside a word is no list of examples: 中等职业学校, 高等教育, 等级. */
const WORDS_WITH_DENG = /^[中高初平同相上下优次均对]等|^.等级/;
const COMPARING = /[占比较于为对]/;
const OUR_PLACE = /^我[市省县区]$/;
const INNER_PLACE = new RegExp(`(?:${PLACE_WORDS.filter((w) => !QUALIFYING_PLACES.includes(w)).join('|')})`, 'g');

/** A parenthesis at the end of the noun: after a generic measure it gives the
 * usual name (…比重（常住人口城镇化率）); an abbreviation (GDP, CPI) or a note
 * (含…, 下同) is dropped; an exclusion (不含农户) or another Chinese name stays
 * as written (固定资产投资（不含农户）, 博物馆（纪念馆）). */
function readParenthesis(phrase: string): string {
  const named = TRAILING_PARENTHETICAL.exec(phrase);
  if (!named) return stripTail(withoutNotes(phrase)).rest;
  const inner = named[1] ?? '';
  const outer = phrase.slice(0, named.index);
  if (HAN.test(inner) && !DROPPED_NOTE.test(inner) && GENERIC_MEASURE.test(outer)) return inner;
  if (HAN.test(inner) && (KEPT_NOTE.test(inner) || !DROPPED_NOTE.test(inner))) {
    return stripTail(outer.replace(PARENTHETICAL, '')).rest + named[0];
  }
  return stripTail(withoutNotes(phrase)).rest;
}

/** Parentheses inside a noun: a short Chinese one is part of its name
 * (首台（套）重大技术装备); abbreviations and notes go (生产总值(GDP)). */
function withoutNotes(phrase: string): string {
  return phrase.replace(PARENTHETICAL, (whole) => {
    const inner = whole.slice(1, -1);
    return INNER_NAME.test(inner) && !DROPPED_NOTE.test(inner) ? whole : '';
  });
}

const INNER_NAME = /^[\u4e00-\u9fff]{1,3}$/;
/** "of every level and kind" says nothing of what is measured: 建成各级各类概念验证中心, 全市有各级各类学校. */
const EVERY_KIND = /有?各级各类/g;
/** Who at every level does it is not what is measured: 各级政府和部门一般性支出均压减10%以上. */
const EVERY_LEVEL_ACTORS = /^(?:\d{4}年)?(?:全市|全省|全县|全区|我市|我省|我县|我区)?各级(?:党政机关|政府|部门|单位)(?:[和及、](?:党政机关|政府|部门|单位))?(?=[\u4e00-\u9fff]{3})/;
/** A list of examples right before the quoted name of their group:
 * 新能源汽车、光伏产品、锂电池“新三样”出口 → “新三样”出口. */
const EXAMPLES_BEFORE_QUOTED = /(?:[\u4e00-\u9fff（）()]{1,12}、)+[\u4e00-\u9fff（）()]{1,12}等?(?=“[^”]{1,10}”)/;

/** Reads the noun, the relation, the base and the scope from the clause
 * text before a figure. */
export function readClause(clause: string, options: IndicatorOptions): ClauseReading {
  const quotedGroup = clause.includes('“') && clause.includes(LIST_SEPARATOR);
  let cleaned = (quotedGroup ? clause.replace(EXAMPLES_BEFORE_QUOTED, '') : clause)
    .replace(FOOTNOTE_MARKER, '')
    .replace(QUOTES, '')
    .replace(EVERY_KIND, '')
    .trim()
    .replace(EVERY_LEVEL_ACTORS, '');
  const bare = cleaned === '' || cleaned === '和' || cleaned === '及' || cleaned === '或';
  let scope: string | undefined;
  for (const phrase of SCOPE_PHRASES) {
    if (!cleaned.includes(phrase)) continue;
    scope ??= phrase;
    cleaned = cleaned.replace(phrase, '');
  }
  const adjustment = ADJUSTMENT_SCOPE.exec(cleaned);
  if (adjustment) {
    scope ??= adjustment[0];
    cleaned = cleaned.replace(adjustment[0], '');
  }
  const tail = stripTail(cleaned.replace(EDGE_PUNCTUATION, ''));
  let rest = tail.rest;
  // 分别 ends the list of nouns; what follows it is verbs and bases:
  // 新增发放创业担保贷款分别完成年计划的248.57%
  const distributed = rest.lastIndexOf(DISTRIBUTOR);
  if (distributed > 0) rest = stripTail(rest.slice(0, distributed)).rest;
  rest = readParenthesis(rest);
  const head = stripHead(rest, options.places);
  let indicator = head.rest.replace(INNER_ACHIEVING, '').replace(EDGE_PUNCTUATION, '').trim();
  if (indicator.length > 1 && indicator.endsWith(BARE_SHARE)) indicator += '比';
  if (tail.share && indicator !== '') indicator = `${indicator}占${tail.share}比重`;
  // a scope, a time or one leftover character names no measure
  const onlyTime = LEADING_TIME.exec(indicator)?.[0] === indicator;
  // a grade alone (其中省级112项、市级410项) is kept: the chain names what it grades
  if ((PLACE_WORDS.includes(indicator) && !GRADE_ONLY.test(indicator)) || TIME_ONLY.includes(indicator) || onlyTime || indicator.length === 1) indicator = '';
  if (indicator.length > options.maxIndicatorLength) {
    indicator = indicator.slice(indicator.length - options.maxIndicatorLength);
  }
  scope ??= NAMED_SCOPES.find((s) => indicator.startsWith(s));
  const relation = tail.relation ?? head.relation;
  const reading: ClauseReading = {
    indicator,
    relation: relation ?? 'level',
    hasRelation: relation !== null,
    bare,
    baseIsWhole: tail.baseIsWhole,
    verbsOnly: indicator === '' && (head.verbs !== '' || tail.verb),
    endsInVerb: tail.verb,
    verbs: head.verbs.replace(/[了好]$/, ''),
  };
  if (tail.base) reading.base = tail.base;
  if (scope) reading.scope = scope;
  if (tail.share) reading.share = tail.share;
  return reading;
}
