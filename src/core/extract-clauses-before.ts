// The clause right before a figure's own, when the figure's clause names
// nothing: a measure it opens with (全省进出口总值创历史新高，达到5379亿元),
// the nouns it lists (…和环卫工人工资再次提高，月人均分别提高221元…), or the
// noun an earlier verb of the sentence took (发行超长期特别国债…，先发行1万亿元).

import { readClause } from './extract-indicator';
import { ACTION_VERBS } from './clause-words';
import { measureHeadOf } from './extract-measure';
import { LIST_SEPARATOR, SPLIT_AT_AND } from './extract-list';

type ClauseOptions = Parameters<typeof readClause>[1];

/** The measure a figureless clause right before `from` opens with: the longest
 * start of it that ends in a measure (进出口总值 of 全省进出口总值创历史新高). */
export function measureOfClauseBefore(text: string, from: number, floor: number, options: ClauseOptions): string {
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
export function nounOfVerbBefore(text: string, sentenceStart: number, from: number, verbs: string, options: ClauseOptions): string {
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
export function nounsOfClauseBefore(text: string, from: number, floor: number, options: ClauseOptions): string[] {
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
