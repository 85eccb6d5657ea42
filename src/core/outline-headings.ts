// Finding the report's headings: the numbering styles the outline reads, and
// the lines that carry one (outline.ts builds the section tree from them).
import type { Block } from './types';
import { arabicNumeralValue, chineseNumeralValue } from './outline-numerals';

/** Limits that decide whether a numbered line is a heading or just prose that
 * happens to start with a number. Lengths are in UTF-16 units (one per Hanzi). */
export interface OutlineOptions {
  /** a 一、 heading longer than this (up to its 。) is a list item in prose */
  maxLevel1TitleChars: number;
  /** a run-in （一） / 一是 title is cut here when no 。 or ； ends it sooner */
  maxRunInTitleChars: number;
  /** an unnumbered heading such as "2024年工作回顾" stands on a line this short */
  maxPlainHeadingChars: number;
  /** a finer heading (1. / （1） / 第一，) counts only on its own line this short */
  maxMinorHeadingChars: number;
  /** "01综合", "附件2 名词解释", or a lone （一）'s title line: short own lines */
  maxShortLineChars: number;
  /** true (the default): each section without （一） uses its own 一是 run as its
   * second level — review sections list their achievements that way, and readers
   * navigate by them; false: only where the whole report has no （一） (Gansu 2025) */
  leadPhrasesPerSection: boolean;
  /** own-line 第一，/ 1. headings in a section with no second level are skipped; true
   * makes them that section's level-2 children (the 1998 national report) */
  promoteLoneMinorHeadings: boolean;
}

export const DEFAULT_OUTLINE_OPTIONS: OutlineOptions = {
  maxLevel1TitleChars: 40,
  maxRunInTitleChars: 60,
  maxPlainHeadingChars: 20,
  maxMinorHeadingChars: 30,
  maxShortLineChars: 30,
  leadPhrasesPerSection: true,
  promoteLoneMinorHeadings: false,
};

const CN_NUM = '[一二三四五六七八九十]{1,3}';

/** Every numbering style the outline reads, each with why it exists. */
const HEADING_PATTERNS = {
  /** 一、 — the top level of every work report and of most communiqués */
  level1: new RegExp(`^(${CN_NUM})、`),
  /** 01综合 — provincial and city communiqués number their parts with two digits, glued to the
   * title or alone on a line with the title on the next (Quanzhou 2025) */
  level1Digits: /^([0-9０-９]{2})(?=[\u4e00-\u9fff]|\s*$)/,
  /** （一） or (一) — second level; forum copies turn the parentheses half-width */
  paren: new RegExp(`^[（(](${CN_NUM})[）)]`),
  /** 一是 — lead phrases that play the second level where a section has no （一） */
  lead: new RegExp(`^(${CN_NUM})是`),
  /** 1. / 1、 — finer numbering, and the numbering of glossaries */
  digitDot: /^([0-9０-９]{1,3})[.．、]/,
  /** （1） — finer numbering */
  digitParen: /^[（(]([0-9０-９]{1,2})[）)]/,
  /** 第一， — ordinal lead; a heading only when it stands on its own short line */
  ordinal: new RegExp(`^第(${CN_NUM})[，,、]`),
  /** Headings without numbers (Tibet 2025: "2024年工作回顾"): only these section names
   * qualify, so that table captions and bylines on short lines stay prose */
  plain:
    /^(?:[0-9]{4}年)?[\u4e00-\u9fff“”"、]{0,12}(?:工作回顾|工作安排|主要任务|重点工作|工作任务|总体要求|主要目标|目标任务|预期目标|自身建设)$/,
  /** 附件 / 附件2 名词解释 / 注释： / 资料来源： — where the main text ends and numbering restarts */
  appendix:
    /^(?:附件\s*[0-9一二三四五六七八九十]*(?:[\s:：.．].*)?|附[:：].*|.{0,20}名\s*词\s*(?:解\s*释|注\s*释)[:：]?|(?:注释|注|资料来源|说明)[:：]?)$/,
} as const;

/** The numbering part of an appendix heading. */
const APPENDIX_LABEL = /^附件\s*[0-9一二三四五六七八九十]*/;
/** 附件：1.…wps / 附件1.…pdf: a list of attached files whose first item shares
 * the 附件 line; the label is 附件 and the numbered files are its items. */
const ATTACHMENT_LIST = /^附件\s*[:：]?\s*(?=[0-9０-９]{1,2}[.．、])/;
/** File names in attachment lists end in their extension, which no reader needs. */
export const FILE_EXTENSION = /\.(?:wps|docx?|pdf|xlsx?|et|ofd|zip|rar)$/i;
const APPENDIX_TITLE_GAP = /^[\s:：]*/;
/** Where a heading's title ends in run-in text. */
const TITLE_END = new Set(['。', '；', ';', '！', '!', '？', '?']);
/** Where a 一是 lead phrase ends. */
const LEAD_END = new Set(['，', ',', '。', '；', ';', '：', ':', '！', '!']);
/** Punctuation that a title keeps off its end. */
const TRAILING_PUNCTUATION = /[\s。，,、；;：:！!？?．.]+$/;
const LEADING_SPACE = /^\s*/;

export type CandidateKind = 'level1' | 'plain' | 'paren' | 'lead' | 'minor' | 'appendix';

export interface Candidate {
  kind: CandidateKind;
  num: number;
  label: string;
  title: string;
  block: number;
  start: number;
  end: number;
  /** the heading is the whole line, not a lead into a paragraph */
  ownLine: boolean;
  /** 20.2026年… : a digit right after "20." — a decimal unless the sequence expects 20 */
  digitFollows: boolean;
  /** raw length of the title before any cut, to reject long 一、 prose */
  fullTitleChars: number;
}

export function scanCandidates(blocks: Block[], opts: OutlineOptions): Candidate[] {
  const found: Candidate[] = [];
  let pendingTitle: Candidate | null = null;
  for (let index = 0; index < blocks.length; index++) {
    const raw = blocks[index]?.text ?? '';
    const lead = LEADING_SPACE.exec(raw)?.[0].length ?? 0;
    if (lead === raw.length) continue;
    const text = raw.slice(lead);
    const list = ATTACHMENT_LIST.exec(text);
    if (list) {
      // the 附件 heading, then its first item as a line of its own
      found.push({ kind: 'appendix', num: 0, label: '', title: '附件', block: index, start: lead, end: lead + 2, ownLine: true, digitFollows: false, fullTitleChars: 2 });
      const item = readCandidate(text.slice(list[0].length), lead + list[0].length, index, opts);
      if (item) found.push(item);
      continue;
    }
    const candidate = readCandidate(text, lead, index, opts);
    if (pendingTitle !== null) {
      const waiting: Candidate = pendingTitle;
      pendingTitle = null;
      const ownTitle = text.replace(TRAILING_PUNCTUATION, '');
      const titleLine = candidate === null || (waiting.kind === 'appendix' && candidate.kind === 'appendix');
      const maxChars = waiting.kind === 'appendix' ? opts.maxShortLineChars + 10 : opts.maxShortLineChars;
      if (titleLine && ownTitle.length > 0 && text.length <= maxChars) {
        found.push({ ...waiting, title: ownTitle, block: index, start: lead, end: lead + ownTitle.length });
        continue;
      }
      if (waiting.kind === 'appendix') found.push({ ...waiting, title: waiting.label });
    }
    if (candidate === null) continue;
    if ((candidate.kind === 'paren' || candidate.kind === 'appendix' || candidate.kind === 'level1') && candidate.title === '') {
      pendingTitle = candidate;
      continue;
    }
    found.push(candidate);
  }
  if (pendingTitle?.kind === 'appendix') found.push({ ...pendingTitle, title: pendingTitle.label });
  return found;
}

function readCandidate(text: string, lead: number, block: number, opts: OutlineOptions): Candidate | null {
  const make = (kind: CandidateKind, num: number | null, label: string, titleEnd: Set<string>, cap: number): Candidate | null => {
    if (num === null || num < 1) return null;
    const rest = text.slice(label.length);
    const titleOffset = label.length + (LEADING_SPACE.exec(rest)?.[0].length ?? 0);
    const { title, fullChars, ownLine } = runInTitle(text, titleOffset, titleEnd, cap);
    return {
      kind,
      num,
      label,
      title,
      block,
      start: lead,
      end: lead + titleOffset + title.length,
      ownLine,
      digitFollows: false,
      fullTitleChars: fullChars,
    };
  };

  if (text.length <= opts.maxShortLineChars + 10 && HEADING_PATTERNS.appendix.test(text)) {
    // "附件2 名词解释" → label "附件2", title "名词解释"; a bare "附件1" takes its title
    // from the line that follows it
    const label = APPENDIX_LABEL.exec(text)?.[0] ?? '';
    const titleAt = label.length + (APPENDIX_TITLE_GAP.exec(text.slice(label.length))?.[0].length ?? 0);
    const title = text.slice(titleAt).replace(TRAILING_PUNCTUATION, '');
    return { kind: 'appendix', num: 0, label, title, block, start: lead, end: lead + titleAt + title.length, ownLine: true, digitFollows: false, fullTitleChars: title.length };
  }
  let match = HEADING_PATTERNS.level1.exec(text);
  if (match?.[1] !== undefined) {
    return make('level1', chineseNumeralValue(match[1]), match[0], TITLE_END, opts.maxRunInTitleChars);
  }
  match = HEADING_PATTERNS.level1Digits.exec(text);
  if (match?.[1] !== undefined && text.length <= opts.maxShortLineChars) {
    return make('level1', arabicNumeralValue(match[1]), match[0], TITLE_END, opts.maxShortLineChars);
  }
  match = HEADING_PATTERNS.paren.exec(text);
  if (match?.[1] !== undefined) {
    return make('paren', chineseNumeralValue(match[1]), match[0], TITLE_END, opts.maxRunInTitleChars);
  }
  match = HEADING_PATTERNS.lead.exec(text);
  if (match?.[1] !== undefined) {
    return make('lead', chineseNumeralValue(match[1]), match[0], LEAD_END, opts.maxRunInTitleChars);
  }
  match = HEADING_PATTERNS.digitDot.exec(text) ?? HEADING_PATTERNS.digitParen.exec(text);
  if (match?.[1] !== undefined) {
    const candidate = make('minor', arabicNumeralValue(match[1]), match[0], TITLE_END, opts.maxRunInTitleChars);
    if (candidate !== null) {
      const next = text.charCodeAt(match[0].length);
      candidate.digitFollows = next >= 0x30 && next <= 0x39;
      candidate.ownLine = candidate.ownLine && text.length <= opts.maxMinorHeadingChars;
    }
    return candidate;
  }
  match = HEADING_PATTERNS.ordinal.exec(text);
  if (match?.[1] !== undefined) {
    const candidate = make('minor', chineseNumeralValue(match[1]), match[0], TITLE_END, opts.maxRunInTitleChars);
    if (candidate !== null) candidate.ownLine = candidate.ownLine && text.length <= opts.maxMinorHeadingChars;
    return candidate;
  }
  if (text.length <= opts.maxPlainHeadingChars) {
    const title = text.replace(TRAILING_PUNCTUATION, '');
    if (HEADING_PATTERNS.plain.test(title)) {
      return { kind: 'plain', num: 0, label: '', title, block, start: lead, end: lead + title.length, ownLine: true, digitFollows: false, fullTitleChars: title.length };
    }
  }
  return null;
}

/** The title that follows a label: up to the first ending mark within `cap`
 * characters; a line that is all title is kept whole when it fits. Reads at most
 * `cap` characters past the label, so long paragraphs cost nothing extra. */
function runInTitle(
  text: string,
  from: number,
  endMarks: Set<string>,
  cap: number,
): { title: string; fullChars: number; ownLine: boolean } {
  const limit = Math.min(text.length, from + cap);
  let firstComma = -1;
  for (let at = from; at < limit; at++) {
    const ch = text.charAt(at);
    if (endMarks.has(ch)) {
      const title = text.slice(from, at).replace(TRAILING_PUNCTUATION, '');
      const restIsBlank = text.slice(at + 1).trim().length === 0;
      return { title, fullChars: at - from, ownLine: restIsBlank };
    }
    if (firstComma < 0 && (ch === '，' || ch === ',')) firstComma = at;
  }
  if (text.length <= limit) {
    const title = text.slice(from).replace(TRAILING_PUNCTUATION, '');
    return { title, fullChars: text.length - from, ownLine: true };
  }
  const cut = firstComma > from ? firstComma : limit;
  return { title: text.slice(from, cut).replace(TRAILING_PUNCTUATION, ''), fullChars: text.length - from, ownLine: false };
}
