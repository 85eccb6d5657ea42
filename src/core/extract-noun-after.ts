// The noun written after a figure, where a count names what it counts:
// 为14家企业, 建成4座现代化的垃圾中转站, 完成9.2公里的城区供水主管网改造.
// The words before a figure are extract-indicator.ts'.

import { AFTER_NOUN_VERBS } from './clause-words';
import { CLAUSE_BREAKS, CLOSING_PARENS, QUOTES } from './extract-indicator';

const TRAILING_CONNECTORS = /[和及与或]+$/;
/** A number that bounds the noun it stands in: 80岁以上, 10蒸吨及以下. */
const NOUN_BOUND = /^[0-9０-９]+(?:\.[0-9]+)?(?:周岁|岁|万元|亿元|元|人|吨|蒸吨|千瓦|万千瓦)(?:及)?(?:以上|以下)的?/;
/** Work done to a noun, which an amount of work keeps (58万平方米棚户区改造). */
const WORK_DONE = ['改造', '新建', '提升', '维修', '拆改', '亮化', '整治', '修缮', '建设'];
/** Nouns that a verb of the counted noun's name runs into: 全域土地综合整治项目. */
const NOUN_GOES_ON = /^(?:项目|工程|试点|行动|示范|基地|中心|平台)/;
/** What ends a modifier rather than a noun: 现代化, 创新型, 示范性, 吸引力强,
 * 带动面广; a 、 lists qualities. */
const MODIFIER_BEFORE_DE = /(?:化|型|性|式|强|广|高|好|优|大|全|新)$|、/;
const CODE_IN_NOUN = /^[0-9][A-Za-z]+/;
const SHORT_ALTERNATIVE = /^（[\u4e00-\u9fff]{1,2}）(?! )/;
/** The rest of a list of qualities up to its 的: 、带动面广的. */
const MODIFIER_LIST = /^、[\u4e00-\u9fff、]{1,10}?(?:化|型|性|式|强|广|高|好|优|大|全|新)的/;

/** The noun right after a figure ("为14家企业应急转贷" → 企业; "完成9.2公里的
 * 城区供水主管网改造" → 城区供水主管网改造). Stops at clause punctuation, at a
 * digit (the next figure) and at the verb that follows the noun. */
export function followingNoun(text: string, from: number, maxLength: number, countedFigure = true): string {
  let start = from;
  // 完成9.2公里的城区供水主管网改造: after 的 the noun is the thing worked on
  const counted = countedFigure || text.charAt(start) === '的';
  if (text.charAt(start) === '的') start++;
  // 其中4条实现通车: a verb right after the count, no noun
  if (AFTER_NOUN_VERBS.some((v) => v.length > 1 && text.startsWith(v, start) && !NOUN_GOES_ON.test(text.slice(start + v.length)))) return '';
  let end = start;
  const limit = Math.min(text.length, start + maxLength);
  for (;;) {
    // a class bound inside the noun (为1467位80岁以上低收入老年人) belongs to it
    const bound = end < limit ? NOUN_BOUND.exec(text.slice(end, end + 12)) : null;
    if (bound) {
      end += bound[0].length;
      continue;
    }
    const modifiers = text.charAt(end) === '、' && end > start ? MODIFIER_LIST.exec(text.slice(end, end + maxLength)) : null;
    if (modifiers && MODIFIER_BEFORE_DE.test(text.slice(start, end))) {
      start = end + modifiers[0].length;
      end = start;
      continue;
    }
    // 120个老旧街区（厂区）, 13个中外合作办学机构（项目）: a short alternative
    // in parentheses goes with the noun
    const alternative = end > start ? SHORT_ALTERNATIVE.exec(text.slice(end, end + 6)) : null;
    if (alternative) {
      end += alternative[0].length;
      continue;
    }
    // 4S店, 5G基站: digits joined to a letter are part of the noun
    const code = CODE_IN_NOUN.exec(text.slice(end, end + 4));
    if (code) {
      end += code[0].length;
      continue;
    }
    if (end >= limit || CLAUSE_BREAKS.has(text.charAt(end)) || CLOSING_PARENS.has(text.charAt(end)) || /[0-9０-９]/.test(text.charAt(end))) break;
    // a verb ends the noun, but not as its first character (实施方案 is rare;
    // 共享单车 is a noun), nor where a noun goes on after it (整治项目, 提升项目)
    // An amount of work done keeps its verb: 58万平方米棚户区改造 measures the
    // renovation; a count counts the noun: 242个老旧小区改造 counts the estates.
    // 适老化改造, 数字化改造: a 化 before the verb makes one term of them
    const verbEnds = counted ? AFTER_NOUN_VERBS : AFTER_NOUN_VERBS.filter((v) => !WORK_DONE.includes(v));
    const termed = text.charAt(end - 1) === '化';
    if (end > start && !termed && verbEnds.some((v) => text.startsWith(v, end) && !NOUN_GOES_ON.test(text.slice(end + v.length)))) break;
    // 16条背街巷道的综合整治: what 的 adds is what was done to the counted noun;
    // but 4座现代化的垃圾中转站, 40个吸引力强、带动面广的消费场景: a modifier
    // before 的 describes the noun after it, which is what is counted
    if (end > start + 1 && text.charAt(end) === '的') {
      if (!MODIFIER_BEFORE_DE.test(text.slice(start, end)) || CLAUSE_BREAKS.has(text.charAt(end + 1))) break;
      start = end + 1;
      end = start;
      continue;
    }
    end++;
  }
  // "1个智能工厂和5个数字化车间": the connector before the next count is not the noun's
  return text.slice(start, end).replace(QUOTES, '').trim().replace(TRAILING_CONNECTORS, '');
}
