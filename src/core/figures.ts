// Finding the figures in one block of report text: a number with its unit,
// an optional range end, and the words that qualify it (左右, 以上, 约, 控制在…以内).
// One left-to-right pass over the block; every reader returns where it
// stopped and the scan resumes there, so the cost is linear in the text.
//
// What `text` (start..end) covers: the number as written through its unit and
// any trailing qualifier word ("6.5%左右", "2300人以上", "6%－6.5%"). Leading
// qualifier words (约, 近, 不低于, 控制在) change `qualifier` but stay outside
// `text`; `leadStart` says where they begin. Keeping them outside makes the
// highlighted mark the figure itself, and matches the contract's examples.

import type { Qualifier, Quantity } from './types';
import { isDigit, readArabicNumber, readChineseNumeral, type NumberRead } from './numbers';
import { matchUnitAt, lookupUnit, normalizeQuantity, type UnitInfo } from './units';
import { DEFAULT_NAME_OPTIONS, isClassBound, withoutNames } from './figure-names';

export interface FigureSpan {
  /** offset of the first character of the number (or of 百分之) */
  start: number;
  /** offset just past the unit and any trailing qualifier word */
  end: number;
  text: string;
  /** offset where a leading qualifier word begins; equals start if none */
  leadStart: number;
  value: number;
  upper?: number;
  unit: string;
  normalized: Quantity;
  qualifier: Qualifier;
}

export interface FigureOptions {
  /** a Chinese numeral with a counting word (个, 项, 年…) is a figure only from
   * this value up (in base units); below it, 一批, 两个维护, 三年行动 are idioms */
  minChineseCount?: number;
  /** same for measure units (元, 亩, 公里…): 一米阳光 is not a figure */
  minChineseMeasure?: number;
  /** a number inside a quotation up to this long is part of a name
   * (“稳就业24条”, “两个200万亩”); longer quotations are citations */
  maxQuotedNameLength?: number;
}

const DEFAULT_FIGURE_OPTIONS: Required<FigureOptions> = {
  minChineseCount: 100,
  minChineseMeasure: 10,
  maxQuotedNameLength: DEFAULT_NAME_OPTIONS.maxQuotedNameLength,
};

/** Words written right after a figure that qualify it. */
const TRAILING_QUALIFIERS: readonly { word: string; qualifier: Qualifier }[] = [
  { word: '及以上', qualifier: 'at-least' },
  { word: '及以下', qualifier: 'at-most' },
  { word: '左右', qualifier: 'about' },
  { word: '上下', qualifier: 'about' },
  { word: '以上', qualifier: 'at-least' },
  { word: '以内', qualifier: 'at-most' },
  { word: '以下', qualifier: 'at-most' },
];

/** Words written right before a figure that qualify it; longest first so that
 * 不超过 is not read as 超过. A trailing word, when present, wins. */
const LEADING_QUALIFIERS: readonly { word: string; qualifier: Qualifier }[] = [
  { word: '不低于', qualifier: 'at-least' },
  { word: '不少于', qualifier: 'at-least' },
  { word: '不超过', qualifier: 'at-most' },
  { word: '不足', qualifier: 'at-most' },
  { word: '不高于', qualifier: 'at-most' },
  { word: '控制在', qualifier: 'at-most' },
  { word: '大约', qualifier: 'about' },
  { word: '接近', qualifier: 'about' },
  { word: '超过', qualifier: 'at-least' },
  { word: '至少', qualifier: 'at-least' },
  { word: '约', qualifier: 'about' },
  { word: '近', qualifier: 'about' },
  { word: '逾', qualifier: 'at-least' },
  // 消费券超7亿元, 超200亿元县: 超 alone is "more than"
  { word: '超', qualifier: 'at-least' },
];

/** Between the two ends of a range: 6%－6.5%, 5%-5.5%, 4.5%至5%, 6.5%~7%. */
const RANGE_SEPARATORS = new Set(['-', '－', '–', '—', '~', '～', '〜', '至', '到']);

/** 多/余 between a number and its unit ("8500余万元", "1000多万人") say "more
 * than", which is what at-least means. */
const APPROXIMATE_SUFFIXES = new Set(['多', '余']);

/** Brackets of a footnote marker such as "[2]" in "地区生产总值[2]32074.7亿元". */
const FOOTNOTE_OPEN = new Set(['[', '［', '〔']);
const FOOTNOTE_CLOSE = new Set([']', '］', '〕']);

/** 第 before a number makes it an ordinal: 第十八届, 第四次, 第1名. */
const ORDINAL_PREFIX = '第';

const PERCENT_WORD = '百分之';

/** Years are written as four digits; anything from here up with 年 is a date. */
const FIRST_YEAR_AS_DATE = 1000;

/** What a unit may be per: 公里/百平方公里, 万元/人, 元/平方米. */
const PER_UNIT = /^\/(?:百平方公里|平方公里|平方米|人|户|年|月|亩|吨|公斤)/;

/** 成 (tenths) is only a figure when it ends the phrase: 近三成， 一成以上 —
 * 一成不变 is an idiom. */
const TENTHS_UNIT = '成';
const AFTER_TENTHS = new Set(['，', ',', '。', '；', ';', '、', '）', ')', '左', '以', '多', '的', '']);

/** A classifier that is the first character of a word after it is no unit:
 * 对省道315部分路段进行路面大修 (部分, not 315 部). */
const WORDS_STARTING_WITH_A_UNIT: readonly string[] = [
  '部分', '条件', '处理', '名单', '台阶', '方面', '方案', '方式', '方向', '方法', '方针', '期间', '期限', '块状',
];

/** 年 after a number that names a decade (80年代) is not a duration. */
const DECADE_SUFFIX = '代';

function isAsciiLetter(ch: string): boolean {
  return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
}

function isHan(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code >= 0x4e00 && code <= 0x9fff;
}

function isLatinOrDigit(ch: string): boolean {
  return isAsciiLetter(ch) || isDigit(ch);
}

interface NumberAt extends NumberRead {
  start: number;
  chinese: boolean;
  /** written as 百分之X: the unit is % and no unit follows */
  percentWord: boolean;
}

/** A number of any kind starting exactly at `offset`, or null. */
function readNumberAt(text: string, offset: number): NumberAt | null {
  if (text.startsWith(PERCENT_WORD, offset)) {
    const after = offset + PERCENT_WORD.length;
    const read = readArabicNumber(text, after) ?? readChineseNumeral(text, after);
    if (!read) return null;
    return { ...read, start: offset, chinese: false, percentWord: true };
  }
  const arabic = readArabicNumber(text, offset);
  if (arabic) return { ...arabic, start: offset, chinese: false, percentWord: false };
  const chinese = readChineseNumeral(text, offset);
  if (chinese) return { ...chinese, start: offset, chinese: true, percentWord: false };
  return null;
}

interface UnitAt {
  info: UnitInfo;
  value: number;
  end: number;
  approximate: boolean;
}

const CHINESE_SCALE_SUFFIXES: readonly { word: string; factor: number }[] = [
  { word: '万亿', factor: 1e12 },
  { word: '亿', factor: 1e8 },
  { word: '万', factor: 1e4 },
];

/** The unit after a number, with the number's value in that unit. A Chinese
 * numeral that ends in a scale word is split so that 两万亩 reads as 2 万亩,
 * like 2万亩, unless the numeral has a scale word inside it too (十二亿三千万元
 * stays 1230000000 元). */
function readUnitAfter(text: string, num: NumberAt): UnitAt | null {
  if (num.percentWord) {
    const info = lookupUnit('%');
    return info ? { info, value: num.value, end: num.end, approximate: false } : null;
  }
  let at = num.end;
  let approximate = false;
  // spaced-out digits keep their gap before 多 too: "3 0 0 多个城市"
  const spacedGap = num.spaced && text.charAt(at) === ' ' ? 1 : 0;
  if (APPROXIMATE_SUFFIXES.has(text.charAt(at + spacedGap))) {
    approximate = true;
    at += spacedGap + 1;
  }
  const afterGap = text.charAt(at) === ' ' ? at + 1 : at;
  let info = matchUnitAt(text, at);
  if (!info && afterGap !== at) {
    const spacedInfo = matchUnitAt(text, afterGap);
    // a space before the unit only where old typesetting put one: after
    // spaced-out digits, before a percent sign, or after a number glued to the
    // word before it ("达到1 亿吨"), never in "签到天数: 2 天"
    // (or spaces on both sides of the number inside Chinese text: 孵化器 3 家)
    const typeset =
      num.spaced || isHan(text.charAt(num.start - 1)) || (text.charAt(num.start - 1) === ' ' && isHan(text.charAt(num.start - 2)));
    if (spacedInfo && !num.chinese && (typeset || spacedInfo.category === 'ratio')) {
      info = spacedInfo;
      at = afterGap;
    }
  }
  if (!info) return null;
  if (num.chinese && info.base === '') return null;
  let end = at + info.written.length;
  // a rate per something: 公路密度185.69公里/百平方公里, 42万元/人
  const per = PER_UNIT.exec(text.slice(end, end + 6));
  if (per) {
    info = { ...info, unit: info.unit + per[0], written: info.written + per[0], base: info.base + per[0], factor: info.factor };
    end += per[0].length;
  }
  // 余/多 between a scale word and what it counts: "1.4万余家企业" is 1.4 万家
  if (info.base === '' && !approximate && APPROXIMATE_SUFFIXES.has(text.charAt(end))) {
    const counted = matchUnitAt(text, end + 1);
    const composed = counted ? lookupUnit(info.unit + counted.unit) : null;
    if (counted && composed) {
      info = composed;
      end += 1 + counted.written.length;
      approximate = true;
    }
  }
  let value = num.value;
  if (num.chinese && !approximate) {
    const written = text.slice(num.start, num.end);
    for (const scale of CHINESE_SCALE_SUFFIXES) {
      if (!written.endsWith(scale.word)) continue;
      const head = written.slice(0, -scale.word.length);
      const scaled = lookupUnit(scale.word + info.unit);
      if (head.length > 0 && !/[万亿]/.test(head) && scaled) {
        value = num.value / scale.factor;
        info = scaled;
      }
      break;
    }
  }
  return { info, value, end, approximate };
}

function isAcceptableUnit(
  text: string,
  num: NumberAt,
  unit: UnitAt,
  options: Required<FigureOptions>,
): boolean {
  const { info } = unit;
  if (info.unit === '年') {
    // "20.2026年" is a list number before a year, not 20.2 years; 10.5年 is a span
    if (num.chinese || /[.．]\d{4}/.test(text.slice(num.start, num.end))) return false;
    if (num.value >= FIRST_YEAR_AS_DATE) return false;
    if (text.charAt(unit.end) === DECADE_SUFFIX) return false;
  }
  if (info.unit === TENTHS_UNIT && !AFTER_TENTHS.has(text.charAt(unit.end))) return false;
  const unitAt = unit.end - info.written.length;
  if (WORDS_STARTING_WITH_A_UNIT.some((w) => w.startsWith(info.written) && text.startsWith(w, unitAt))) return false;
  if (num.chinese) {
    const base = unit.value * info.factor;
    if (info.category === 'ratio') return true;
    const minimum = info.classifier ? options.minChineseCount : options.minChineseMeasure;
    if (base < minimum) return false;
  }
  // "5个G", "3D": a Latin letter right after the unit makes it a code
  if (isAsciiLetter(text.charAt(unit.end))) return false;
  return true;
}

/** Whether the number at `offset` is part of a code, name or marker rather
 * than a quantity: PM2.5, G20, 5G, 第十八届, [2]. */
function isNotAQuantity(text: string, num: NumberAt): boolean {
  const before = text.charAt(num.start - 1);
  const after = text.charAt(num.end);
  if (!num.chinese && (isLatinOrDigit(before) || before === '.' || before === '．' || before === '_')) return true;
  if (!num.chinese && isAsciiLetter(after)) return true;
  if (before === ORDINAL_PREFIX) return true;
  if (FOOTNOTE_OPEN.has(before) && FOOTNOTE_CLOSE.has(after)) return true;
  return false;
}

/** Words that end in a leading qualifier's character without being one:
 * 参加国际条约187个 is exact, not about 187. */
const WORDS_ENDING_LIKE_A_QUALIFIER = new Set([
  '条约', '公约', '合约', '协约', '契约', '盟约', '节约', '制约', '签约', '履约', '违约', '预约', '特约',
  '附近', '最近', '邻近',
]);

function leadingQualifierBefore(text: string, offset: number): { word: string; qualifier: Qualifier } | null {
  for (const lead of LEADING_QUALIFIERS) {
    const from = offset - lead.word.length;
    if (from < 0 || !text.startsWith(lead.word, from)) continue;
    if (lead.word.length === 1 && WORDS_ENDING_LIKE_A_QUALIFIER.has(text.slice(from - 1, offset))) return null;
    return lead;
  }
  return null;
}

function trailingQualifierAt(text: string, offset: number): { word: string; qualifier: Qualifier } | null {
  for (const trail of TRAILING_QUALIFIERS) {
    if (text.startsWith(trail.word, offset)) return trail;
  }
  return null;
}

/** Character codes a number can start with: ASCII and full-width digits, the
 * Chinese digits and 十, and 百 of 百分之. Checked before anything else so the
 * scan skips ordinary prose at the cost of one lookup per character. */
const NUMBER_START_CODES = new Set<number>([
  ...Array.from({ length: 10 }, (_, d) => 0x30 + d),
  ...Array.from({ length: 10 }, (_, d) => 0xff10 + d),
  ...Array.from('零〇一二两三四五六七八九十百', (ch) => ch.charCodeAt(0)),
]);

/** Where the figure finder may resume after giving up on a number: past the
 * whole run of letters and digits, so "PM2.5" is not re-read as "5". */
function skipCode(text: string, from: number): number {
  let i = from;
  while (i < text.length && (isLatinOrDigit(text.charAt(i)) || text.charAt(i) === '.')) i++;
  return i;
}

/**
 * Every figure in one block of text, in order, without overlaps. Never throws;
 * runs in time linear in the length of `text`.
 */
export function findFigures(text: string, options: FigureOptions = {}): FigureSpan[] {
  const settings = { ...DEFAULT_FIGURE_OPTIONS, ...options };
  const figures: FigureSpan[] = [];
  let i = 0;
  while (i < text.length) {
    if (!NUMBER_START_CODES.has(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const num = readNumberAt(text, i);
    if (!num) {
      i++;
      continue;
    }
    if (!Number.isFinite(num.value) || isNotAQuantity(text, num)) {
      i = num.chinese ? num.end : Math.max(num.end, skipCode(text, num.end));
      continue;
    }
    const figure = readFigure(text, num, settings);
    if (!figure) {
      i = Math.max(num.end, i + 1);
      continue;
    }
    if (figure !== 'skip') figures.push(withSign(text, figure));
    i = figure === 'skip' ? Math.max(num.end, i + 1) : figure.end;
    if (figure !== 'skip' && figure.end <= num.start) i = num.start + 1;
  }
  // names are dropped after the scan, so that a figure inside a name never
  // shifts where the next one starts
  return withoutNames(text, figures, { maxQuotedNameLength: settings.maxQuotedNameLength }).filter(
    (figure, i, kept) => !isClassBound(text, figure, kept[i - 1]),
  );
}

/** Minus signs as these reports write them: ASCII, full-width, the math sign. */
const MINUS_SIGNS = new Set(['-', '－', '−']);
/** What may stand before a minus sign that belongs to the number: the start,
 * a tab (table cells), a space, punctuation or a word (自然增长率为-3.05‰).
 * After a digit, a letter or a unit it is a range or a code (5%-5.5%, G20-). */
const BEFORE_SIGN = /^$|[\s\t\u3000\u4e00-\u9fff，,：:；;（(、]/;

/** A figure written with a minus sign before it is negative: 年度收支结余-16966万元,
 * a table's growth column (-5.4). The sign joins its text. */
function withSign(text: string, figure: FigureSpan): FigureSpan {
  const sign = text.charAt(figure.start - 1);
  if (!MINUS_SIGNS.has(sign) || figure.leadStart !== figure.start || figure.upper !== undefined) return figure;
  if (!BEFORE_SIGN.test(text.charAt(figure.start - 2))) return figure;
  const start = figure.start - 1;
  return {
    ...figure,
    start,
    leadStart: start,
    text: text.slice(start, figure.end),
    value: -figure.value,
    normalized: { ...figure.normalized, value: -figure.normalized.value },
  };
}

/** The figure that starts with `num`, 'skip' for a number that is certainly
 * not one (a year range), or null. */
function readFigure(
  text: string,
  num: NumberAt,
  settings: Required<FigureOptions>,
): FigureSpan | 'skip' | null {
  const firstUnit = readUnitAfter(text, num);
  if (firstUnit && !isAcceptableUnit(text, num, firstUnit, settings)) {
    return firstUnit.info.unit === '年' ? 'skip' : null;
  }
  const range = readRangeEnd(text, num, firstUnit, settings);
  if (range === 'skip') return 'skip';
  const unit = range ? range.unit : firstUnit;
  if (!unit) return null;
  let end = range ? range.end : unit.end;
  let qualifier: Qualifier = range ? 'range' : unit.approximate ? 'at-least' : 'exact';
  const trailing = trailingQualifierAt(text, end);
  if (trailing) {
    end += trailing.word.length;
    if (!range) qualifier = trailing.qualifier;
  }
  const leading = leadingQualifierBefore(text, num.start);
  if (leading && !trailing && !range && !unit.approximate) qualifier = leading.qualifier;
  const value = range ? range.lowerValue : unit.value;
  const upper = range ? range.upper : undefined;
  const unitName = unit.info.unit;
  const normalized = normalizeQuantity(value, unitName, upper);
  const span: FigureSpan = {
    start: num.start,
    end,
    text: text.slice(num.start, end),
    leadStart: leading ? num.start - leading.word.length : num.start,
    value,
    unit: unitName,
    normalized,
    qualifier,
  };
  if (upper !== undefined) span.upper = upper;
  return span;
}

interface RangeEnd {
  lowerValue: number;
  /** the upper end in the unit of the range (the lower end's, when both ends
   * carry one) */
  upper: number;
  unit: UnitAt;
  end: number;
}

/** "5000万元至1亿元": a range whose ends are written in different scales of one
 * unit reads in the unit of its lower end (5000 to 10000 万元), so `value`
 * and `upper` compare directly; `normalized` puts both in the base unit.
 * Ratios never convert: % and 个百分点 (or 成) are different quantities. */
function upperInUnitOf(lower: UnitInfo, upper: UnitAt): number | null {
  if (lower.unit === upper.info.unit) return upper.value;
  if (lower.base !== upper.info.base || lower.category !== upper.info.category) return null;
  if (lower.category === 'ratio') return null;
  return Number(((upper.value * upper.info.factor) / lower.factor).toPrecision(12));
}

/** The second half of a range after the first number (and its unit, if
 * written twice): "6%－6.5%", "6－6.5%". Null when there is no range;
 * 'skip' for a span of years (2021-2025年). */
function readRangeEnd(
  text: string,
  num: NumberAt,
  firstUnit: UnitAt | null,
  settings: Required<FigureOptions>,
): RangeEnd | 'skip' | null {
  const sepAt = firstUnit ? firstUnit.end : num.end;
  if (!RANGE_SEPARATORS.has(text.charAt(sepAt))) return null;
  const second = readNumberAt(text, sepAt + 1);
  if (!second || !Number.isFinite(second.value) || second.chinese !== num.chinese || second.percentWord) return null;
  if (isNotAQuantity(text, second)) return null;
  const secondUnit = readUnitAfter(text, second);
  if (!secondUnit) return null;
  if (secondUnit.info.unit === '年' && !isAcceptableUnit(text, second, secondUnit, settings)) return 'skip';
  if (!isAcceptableUnit(text, second, secondUnit, settings)) return null;
  const upper = firstUnit ? upperInUnitOf(firstUnit.info, secondUnit) : secondUnit.value;
  if (upper === null) return null;
  const lowerValue = firstUnit ? firstUnit.value : num.value;
  if (!(upper > lowerValue)) return null;
  // the range is named by its lower end's unit when both ends have one
  const unit = firstUnit ? { ...firstUnit, end: secondUnit.end } : secondUnit;
  return { lowerValue, upper, unit, end: secondUnit.end };
}
