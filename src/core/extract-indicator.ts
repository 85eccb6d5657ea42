// What a figure measures and which way it moves, read from the words just
// before it in its clause: "全年实现地区生产总值221.46亿元" → 地区生产总值;
// "同口径增长10.2%" → no noun of its own (it borrows the previous figure's)
// and relation increase.

import type { Relation } from './types';

/** Verbs that give a figure its direction. Only these count: 新增 or 涨幅
 * name a quantity, they do not say it went up. */
const RELATION_WORDS: readonly { word: string; relation: Relation }[] = [
  { word: '增长', relation: 'increase' },
  { word: '提高', relation: 'increase' },
  { word: '上升', relation: 'increase' },
  { word: '增加', relation: 'increase' },
  { word: '提升', relation: 'increase' },
  { word: '上涨', relation: 'increase' },
  { word: '下降', relation: 'decrease' },
  { word: '减少', relation: 'decrease' },
  { word: '压减', relation: 'decrease' },
  { word: '降低', relation: 'decrease' },
  { word: '缩减', relation: 'decrease' },
  { word: '下滑', relation: 'decrease' },
  // changes of an account written as one verb: 比上年增收1.4亿元, 增支3.1亿元, 增产4546吨
  { word: '增收', relation: 'increase' },
  { word: '增支', relation: 'increase' },
  { word: '增产', relation: 'increase' },
  { word: '减收', relation: 'decrease' },
  { word: '减支', relation: 'decrease' },
  { word: '减产', relation: 'decrease' },
];

/** Words between the noun and the figure that are not part of what is
 * measured: verbs of reaching (达到, 控制在), comparison bases (比上年, 同口径),
 * distributors (分别, 均). Stripped from the end, repeatedly, longest first. */
const TRAILING_FILLERS: readonly string[] = [
  '比上年末', '比上年', '比去年', '较上年', '较去年', '比年初', '同口径', '可比口径', '按可比价格计算',
  '达到了', '达到', '保持在', '稳定在', '控制在', '提高到', '增长到', '下降到', '降低到', '降至', '增至', '突破',
  '分别', '同比', '年均', '平均每年', '平均', '每年', '累计', '约为', '共计', '总计', '合计', '力争', '确保',
  '预计', '了', '为', '达', '的', '均', '都', '共', '和', '与', '近', '已', '等', '对',
  // budget wording: 赤字率拟按4%左右安排, 中央预算内投资拟安排7350亿元
  '拟安排', '拟按', '安排', '拟', '按',
  // milestones: 地区生产总值迈上14万亿元, 粮食产量首次跃上1.4万亿斤, 工业投资超…
  '首次跃上', '跃上', '迈上', '连跨', '首次', '超',
  // 城镇调查失业率全年控制在…, 投资预定增长…, 广义货币M2增长目标…
  '全年', '预定', '预期目标', '目标',
  // rates per head: 重度残疾人护理补贴标准分别从每人每月…提高到…
  '每人每月', '每人每年', '每月', '每人', '从', '由',
  // verbs of reaching a new level: 常住人口城镇化率提高至64.8%, 过境免签境内停留时间延长至240小时
  '提高至', '提升至', '提升到', '延长至', '延长到', '扩大至', '扩大到', '增加至', '增加到', '缩短至', '缩短到',
  '压缩至', '压缩到', '下降至', '降低至', '减少至', '减少到', '保持',
  // a streak counts years, not the noun: 粮食产量连续13年, 总量连续39年居全国首位
  '连续',
  // 居民人均可支配收入实际增长5.1%, 养老金最低标准再提高20元, 补贴惠及6.2万户
  '实际', '再', '惠及',
  // what is new is the count, not the noun: 制度性创新案例新增22个, 示范区新推出18项
  '新增', '新推出', '获',
  // 优良天数比例上升至87.2%, 基本药物制度在30％…, 农村饮水安全工程使6069万…, 广义货币M2预期13%左右
  '上升到', '上升至', '相当于', '预期', '在', '使', '将', '较', '并', '各',
  // 五年中有3000万…, 我国有2.9亿…, 再有…; never the 有 of a noun (家禽年末实有)
  '中有', '国有', '还有', '再有', '又有', '已有', '县有', '市有', '省有',
];

/** Comparison bases written with a year or a span: 旅游接待总人数比2010年增长262.21%,
 * (粮食产量…)比五年前增加5000万吨. */
const TRAILING_BASE_YEAR = /(?:比|较)(?:(?:\d ?){4}年|[一二三四五六七八九十两]年前)$/;

/** Time words that make no indicator on their own ("五年来年均实际增长6%" is
 * the noun before; "五年中有3000万贫困人口" counts the noun after). */
const TIME_ONLY: readonly string[] = [
  '全年', '五年来', '过去五年', '一年来', '过去一年', '年内', '今年', '去年', '上年', '年末', '年底', '年初', '当年', '五年',
];

/** Verbs that act on what a count counts. A clause made only of these
 * (新开通4条国际货运包机航线, 建成投运100个乡镇综合养老服务中心) has no noun
 * of its own; the noun is the one written after the count. */
const ACTION_VERBS: readonly string[] = [
  '新开通', '开通', '新开行', '新建', '改建', '扩建', '建成', '投运', '建设', '新改建', '改造', '提升', '优化', '调整',
  '完成', '实施', '开展', '布局', '吸引', '集聚', '引进', '培育', '举办', '打造', '创建', '认定', '新认定', '新增',
  '推动', '支持', '帮助', '扶持', '发布', '制定', '出台', '选派', '组织', '培训', '救助', '资助', '建', '基本', '累计',
  '共', '为', '对', '向', '帮', '和', '与', '及', '并',
];

/** Where the noun written after a count stops: the verb that follows it
 * (选派240名机关干部下沉企业, 为14家企业应急转贷, 为5.58万名农民工追回工资,
 * 70个县实现…全覆盖, 9名援鄂医护人员义无反顾). */
const AFTER_NOUN_VERBS: readonly string[] = [
  '下沉', '应急', '追回', '实现', '实施', '开展', '完成', '参加', '参与', '入选', '入围', '获得', '获评', '获',
  '被', '纳入', '享受', '签约', '落户', '通过', '达到', '免费', '义无', '累计', '共', '均', '全部', '已',
  '解决', '得到', '建立', '分别',
  // rankings after the noun: 18项指标列全市第一位, 居全国首位
  '列全', '居全', '位居', '位列',
];
/** First characters of AFTER_NOUN_VERBS, so most characters cost one lookup. */
const AFTER_NOUN_VERB_STARTS = new Set(AFTER_NOUN_VERBS.map((v) => v.charAt(0)));

/** Words that open a clause without belonging to the noun: time (全年, 今年),
 * scope (全县), connectives (其中, 并), verbs of achieving (实现, 完成).
 * Single characters that also start nouns (全社会, 在建, 要素, 其他) are left out. */
const LEADING_FILLERS: readonly string[] = [
  '全年全县', '全年全市', '全年全省', '全年', '其中', '此外', '五年来', '过去五年', '一年来', '过去一年',
  '拟安排', '安排', '拟', '现有', '各类',
  '同时', '完成', '实现', '达到', '比上年', '同比', '累计', '年内', '今年', '去年', '上年', '年末', '年底',
  '年初', '当年', '预计', '力争', '确保', '计划', '争取', '扎实推进', '加快推进', '推进', '推动', '以及', '将',
  '并', '和', '与',
  // the parts of a list (一是…, 三是将18项…) and what a figure qualifies
  // (营业收入超200亿元的园区9个: 的园区)
  '一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是', '九是', '十是', '的',
  // notes on how a value is counted: 按一年计意向成交金额800.1亿美元
  '按一年计', '按可比价格计算', '按可比价计算',
];

const DISTRIBUTOR = '分别';

/** Clause punctuation: a figure's noun never reaches across these. */
const CLAUSE_BREAKS = new Set([
  '，', ',', '、', '；', ';', '。', '：', ':', '！', '!', '？', '?', '（', '(', '\t', '\u3000',
]);
/** A parenthesis closed right before the figure belongs to its noun:
 * "生产总值(GDP)1102284万元", "比重（常住人口城镇化率）为62.07%". */
const CLOSING_PARENS = new Set(['）', ')']);
const OPENING_PARENS = new Set(['（', '(']);
const PARENTHETICAL = /[（(][^（()）]*[）)]/g;
const TRAILING_PARENTHETICAL = /[（(]([^（()）]*)[）)]$/;
const HAN = /[\u4e00-\u9fff]/;
/** A parenthesis that opens with these narrows the noun's scope (散居孤儿
 * （含艾滋病病毒感染儿童））; it does not rename it. */
const SCOPE_NOTE = /^(?:含|包括|不含|不包括|其中|按|下同|注)/;

/** Scope words say where, not what ("全省常住人口" measures 常住人口), except
 * in names that carry them: Shanghai's 全市生产总值. 全国 stays: "全国财政
 * 收入" is the national account's own name. */
const SCOPE_WORDS: readonly string[] = ['全县', '全市', '全省', '全区', '全州', '我县', '我市', '我省', '我区'];
const NAMES_WITH_SCOPE: readonly string[] = ['生产总值'];
/** ...and 全国 goes too when a verb follows: "全国实现…". */
const NATIONAL_SCOPE = '全国';
const ACHIEVING_VERBS: readonly string[] = ['实现', '完成', '达到', '累计'];

/** Quotation marks wrap names inside a noun phrase (“四好农村路”); they are
 * dropped from the indicator but do not end the clause. */
const QUOTES = /[“”"‘’《》]/g;

const FOOTNOTE_MARKER = /[[［〔]\d{1,3}[\]］〕]/g;
/** "2019年", "到2025年", "1 9 9 7 年" (spaced digits), and the 年 of "年人均GDP". */
/** A list number that opens a note: "3.规模以上工业统计范围为…". */
const LIST_NUMBER_PREFIX = /^[0-9０-９]{1,2}[.．、](?![0-9０-９])/;
/** Brackets and list punctuation left at an edge of the noun. */
const EDGE_PUNCTUATION = /^[）)」』、，,；;：:\s]+|[（(「『、，,；;：:\s]+$/g;
/** 实现 inside a noun phrase is a verb between the subject and the measure:
 * 服务业实现增加值 measures 服务业增加值. */
const INNER_ACHIEVING = /(?<=[\u4e00-\u9fff])实现(?=[\u4e00-\u9fff])/g;
/** A share with no whole named ("社会事业投资占44%") is the noun's share. */
const BARE_SHARE = '占';

const YEAR_PREFIX = /^(?:(?:到|至|在)?\d(?: ?\d){3} ?年(?:末|底|初)?|年(?=人均))/;

/** A clause that ends in 等 gives examples of what is counted; the count's
 * own noun follows it: 实施智联农创等22个产业化项目, “双招双引”等18项指标. */
export function endsWithExamples(clause: string): boolean {
  return clause.trim().endsWith('等');
}

export interface IndicatorReading {
  /** the noun phrase, or "" when the clause has none */
  indicator: string;
  relation: Relation;
  /** the clause held a relation word of its own */
  hasRelation: boolean;
  /** the clause before the figure was empty apart from punctuation or 和
   * ("33.3%、50%"): the figure shares everything with the one before */
  bare: boolean;
}

export interface IndicatorOptions {
  /** longer noun phrases keep only their last characters */
  maxIndicatorLength: number;
  /** how far back from a figure to look for its noun */
  maxLookBehind: number;
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

function stripTrailing(phrase: string): { rest: string; relation: Relation | null } {
  let rest = phrase;
  let relation: Relation | null = null;
  for (let changed = true; changed && rest.length > 0; ) {
    changed = false;
    for (const r of RELATION_WORDS) {
      if (rest.endsWith(r.word)) {
        relation ??= r.relation;
        rest = rest.slice(0, -r.word.length);
        changed = true;
        break;
      }
    }
    if (changed) continue;
    const base = TRAILING_BASE_YEAR.exec(rest);
    if (base) {
      rest = rest.slice(0, base.index);
      changed = true;
      continue;
    }
    for (const w of TRAILING_FILLERS) {
      if (rest.endsWith(w)) {
        rest = rest.slice(0, -w.length);
        changed = true;
        break;
      }
    }
  }
  return { rest, relation };
}

function stripLeading(phrase: string): string {
  let rest = phrase;
  for (let changed = true; changed && rest.length > 0; ) {
    changed = false;
    const year = YEAR_PREFIX.exec(rest) ?? LIST_NUMBER_PREFIX.exec(rest);
    if (year) {
      rest = rest.slice(year[0].length);
      changed = true;
      continue;
    }
    const scope = [...SCOPE_WORDS, NATIONAL_SCOPE].find((w) => rest.startsWith(w));
    const beforeVerb = scope !== undefined && ACHIEVING_VERBS.some((v) => rest.startsWith(v, scope.length));
    const keptName = scope !== undefined && NAMES_WITH_SCOPE.some((n) => rest.startsWith(n, scope.length));
    const strippable = scope !== undefined && scope !== NATIONAL_SCOPE && !keptName;
    if (scope && rest.length > scope.length + 1 && (beforeVerb || strippable)) {
      rest = rest.slice(scope.length);
      changed = true;
      continue;
    }
    for (const w of LEADING_FILLERS) {
      // a one-character filler only when something is left after it
      if (rest.startsWith(w) && rest.length > w.length + 1) {
        rest = rest.slice(w.length);
        changed = true;
        break;
      }
    }
  }
  return rest;
}

/** Reads the noun and the relation from the clause text before a figure. */
export function readIndicator(clause: string, options: IndicatorOptions): IndicatorReading {
  const cleaned = clause.replace(FOOTNOTE_MARKER, '').replace(QUOTES, '').trim();
  const bare = cleaned === '' || cleaned === '和' || cleaned === '及' || cleaned === '或';
  const stripped = stripTrailing(cleaned);
  const { relation } = stripped;
  let rest = stripped.rest;
  // 分别 ends the list of nouns; what follows it is verbs and bases:
  // 新增发放创业担保贷款分别完成年计划的248.57%
  const distributed = rest.lastIndexOf(DISTRIBUTOR);
  if (distributed > 0) rest = stripTrailing(rest.slice(0, distributed)).rest;
  // a parenthesis that names the measure in Chinese is its usual name
  // (…比重（常住人口城镇化率）); one that only abbreviates it (GDP, CPI) is dropped
  const named = TRAILING_PARENTHETICAL.exec(rest);
  const inner = named?.[1] ?? '';
  if (named && HAN.test(inner) && !SCOPE_NOTE.test(inner)) rest = inner;
  else rest = stripTrailing(rest.replace(PARENTHETICAL, '')).rest;
  let indicator = stripLeading(rest).replace(INNER_ACHIEVING, '').replace(EDGE_PUNCTUATION, '').trim();
  if (indicator.length > 1 && indicator.endsWith(BARE_SHARE)) indicator += '比';
  // a scope or a time alone ("我县9名援鄂医护人员") names no measure
  if (SCOPE_WORDS.includes(indicator) || TIME_ONLY.includes(indicator)) indicator = '';
  if (indicator.length > options.maxIndicatorLength) {
    indicator = indicator.slice(indicator.length - options.maxIndicatorLength);
  }
  return { indicator, relation: relation ?? 'level', hasRelation: relation !== null, bare };
}

/** The noun right after a counted figure ("为14家企业应急转贷" → 企业): what a
 * count counts is often written after it. Stops at clause punctuation, at a
 * digit (the next figure) and at the verb that follows the noun. */
export function followingNoun(text: string, from: number, maxLength: number): string {
  let end = from;
  const limit = Math.min(text.length, from + maxLength);
  while (
    end < limit &&
    !CLAUSE_BREAKS.has(text.charAt(end)) &&
    !CLOSING_PARENS.has(text.charAt(end)) &&
    !/[0-9０-９]/.test(text.charAt(end))
  ) {
    // a verb ends the noun, but not as its first character (实施方案 is rare;
    // 共享单车 is a noun)
    if (end > from && AFTER_NOUN_VERB_STARTS.has(text.charAt(end)) && AFTER_NOUN_VERBS.some((v) => text.startsWith(v, end))) {
      break;
    }
    end++;
  }
  // "1个智能工厂和5个数字化车间": the connector before the next count is not the noun's
  return text.slice(from, end).replace(QUOTES, '').trim().replace(TRAILING_CONNECTORS, '');
}

const TRAILING_CONNECTORS = /[和及与或]+$/;

/** Whether an indicator is only verbs (新开通, 建成投运, 新建和改造): then the
 * noun after the count completes it. */
export function isVerbPhrase(indicator: string): boolean {
  let rest = indicator;
  for (let changed = true; changed && rest.length > 0; ) {
    changed = false;
    for (const v of ACTION_VERBS) {
      if (rest.startsWith(v)) {
        rest = rest.slice(v.length);
        changed = true;
        break;
      }
    }
  }
  return indicator.length > 0 && rest.length === 0;
}
