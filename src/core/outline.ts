import type { Block, OutlineLevel, OutlineNode } from './types';
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

type CandidateKind = 'level1' | 'plain' | 'paren' | 'lead' | 'minor' | 'appendix';

interface Candidate {
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

interface Section {
  node: OutlineNode;
  candidates: Candidate[];
}

/** The section tree from the report's own numbering. Appendices and glossaries
 * become level-1 nodes with `appendix: true` (the 附件 heading, or the first item of a
 * restarted 一、 run), their numbered items their level-2 children, also `appendix: true`.
 * An appendix heading's label is "附件1" / "附件" and its title the appendix's name, taken
 * from the line below when the 附件 line holds nothing else.
 * 一是 runs are the second level only in a report with no （一） at all, and own-line
 * finer headings with no second level above them are skipped, unless the options say
 * otherwise. */
export function buildOutline(blocks: Block[], options: Partial<OutlineOptions> = {}): OutlineNode[] {
  const opts: OutlineOptions = { ...DEFAULT_OUTLINE_OPTIONS, ...options };
  const candidates = scanCandidates(blocks, opts);
  const sections = groupSections(candidates, opts);
  const roots: OutlineNode[] = [];
  const reportHasParenLevel = sections.some(
    (section) => section.node.appendix !== true && section.candidates.some((c) => c.kind === 'paren' && c.num === 1),
  );
  for (const section of sections) {
    attachChildren(section, opts, reportHasParenLevel);
    roots.push(section.node);
  }
  let counter = 0;
  const assignIds = (nodes: OutlineNode[]): void => {
    for (const node of nodes) {
      counter += 1;
      node.id = `s${counter}`;
      assignIds(node.children);
    }
  };
  assignIds(roots);
  return roots;
}

export { flattenOutline } from './outline-nodes';

/** The innermost section whose heading block is at or before `block`. Headings come
 * in document order, so the last one not after the block is the innermost one. */
export function sectionForBlock(flat: OutlineNode[], block: number): OutlineNode | null {
  let low = 0;
  let high = flat.length - 1;
  let found: OutlineNode | null = null;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const node = flat[middle];
    if (node === undefined) break;
    if (node.block <= block) {
      found = node;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

function scanCandidates(blocks: Block[], opts: OutlineOptions): Candidate[] {
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

function nodeFrom(candidate: Candidate, level: OutlineLevel, appendix: boolean): OutlineNode {
  const node: OutlineNode = {
    id: '',
    level,
    label: candidate.label,
    title: candidate.title,
    block: candidate.block,
    start: candidate.start,
    end: candidate.end,
    children: [],
  };
  if (appendix) node.appendix = true;
  return node;
}

/** Splits the candidates into level-1 sections, following the 一、二、三、 run and
 * starting an appendix at a 附件 heading or where the run restarts at 一、. */
function groupSections(candidates: Candidate[], opts: OutlineOptions): Section[] {
  let numberedCount = 0;
  for (const candidate of candidates) {
    if (candidate.kind === 'level1' && candidate.num === 1) numberedCount = Math.max(numberedCount, 1);
    if (candidate.kind === 'level1' && candidate.num === 2) numberedCount = 2;
  }
  const useNumbered = numberedCount >= 2;
  const sections: Section[] = [];
  let mode: 'main' | 'appendix-heading' | 'appendix-restart' = 'main';
  let expected = 1;
  let mainRun = 0;
  let appendixHasItems = false;
  const current = (): Section | undefined => sections[sections.length - 1];

  for (const candidate of candidates) {
    if (candidate.kind === 'appendix') {
      if (sections.length === 0) continue;
      const open = current();
      if (mode === 'appendix-heading' && open !== undefined && open.candidates.length === 0) continue;
      sections.push({ node: nodeFrom(candidate, 1, true), candidates: [] });
      mode = 'appendix-heading';
      appendixHasItems = false;
      continue;
    }
    if (mode === 'appendix-heading') {
      // A note line such as "注：" inside the body is not an appendix if the main
      // run carries on before the appendix has begun numbering items.
      const resumesMain = candidate.kind === 'level1' && candidate.num === expected && mainRun >= 1 && !appendixHasItems;
      if (!resumesMain) {
        if ((candidate.kind === 'level1' || candidate.kind === 'minor') && candidate.num === 1) appendixHasItems = true;
        current()?.candidates.push(candidate);
        continue;
      }
      mode = 'main';
    }
    const isHeading =
      candidate.kind === 'level1' &&
      useNumbered &&
      candidate.title.length > 0 &&
      (mode === 'appendix-restart' || candidate.fullTitleChars <= opts.maxLevel1TitleChars);
    if (isHeading && candidate.num === expected) {
      sections.push({ node: nodeFrom(candidate, 1, mode !== 'main'), candidates: [] });
      expected += 1;
      if (mode === 'main') mainRun += 1;
      continue;
    }
    if (isHeading && candidate.num === 1 && mainRun === 1 && mode === 'main') {
      // A lone 一、 before the real run (a forum rule, a quoted list) was not a section.
      sections.pop();
      sections.push({ node: nodeFrom(candidate, 1, false), candidates: [] });
      expected = 2;
      continue;
    }
    if (isHeading && candidate.num === 1 && mainRun >= 2) {
      mode = 'appendix-restart';
      sections.push({ node: nodeFrom(candidate, 1, true), candidates: [] });
      expected = 2;
      continue;
    }
    if (candidate.kind === 'plain' && !useNumbered && mode === 'main') {
      sections.push({ node: nodeFrom(candidate, 1, false), candidates: [] });
      mainRun += 1;
      continue;
    }
    current()?.candidates.push(candidate);
  }
  return sections;
}

/** Picks the section's second level — （一） if it has one, else 一是 where allowed,
 * else (if asked) own-line finer headings — and hangs finer own-line headings under
 * the second level. */
function attachChildren(section: Section, opts: OutlineOptions, reportHasParenLevel: boolean): void {
  const appendix = section.node.appendix === true;
  if (appendix) {
    attachAppendixItems(section);
    return;
  }
  const startsRun = (kind: CandidateKind): boolean =>
    section.candidates.some((c) => c.kind === kind && c.num === 1 && (kind !== 'minor' || c.ownLine));
  const leadAllowed = opts.leadPhrasesPerSection || !reportHasParenLevel;
  const secondLevel: CandidateKind | null = startsRun('paren')
    ? 'paren'
    : leadAllowed && startsRun('lead')
      ? 'lead'
      : opts.promoteLoneMinorHeadings && startsRun('minor')
        ? 'minor'
        : null;
  if (secondLevel === null) return;
  let expected = 1;
  let parent: OutlineNode | null = null;
  let expectedMinor = 1;
  for (const candidate of section.candidates) {
    if (candidate.kind === secondLevel) {
      if (candidate.num !== expected || candidate.title === '') continue;
      if (secondLevel === 'minor' && (!candidate.ownLine || candidate.digitFollows)) continue;
      parent = nodeFrom(candidate, 2, false);
      section.node.children.push(parent);
      expected += 1;
      expectedMinor = 1;
      continue;
    }
    if (candidate.kind !== 'minor' || parent === null || secondLevel === 'minor') continue;
    if (!candidate.ownLine || candidate.digitFollows || candidate.num !== expectedMinor) continue;
    if (candidate.title.length === 0 || candidate.title.length > opts.maxMinorHeadingChars) continue;
    parent.children.push(nodeFrom(candidate, 3, false));
    expectedMinor += 1;
  }
}

/** An appendix's items: the first numbering style that starts at 1 (一、 or 1.),
 * counted without gaps; a glossary entry's title is its term, up to the colon. */
function attachAppendixItems(section: Section): void {
  const first = section.candidates.find((c) => (c.kind === 'level1' || c.kind === 'minor') && c.num === 1);
  if (first === undefined) return;
  let expected = 1;
  for (const candidate of section.candidates) {
    if (candidate.kind !== first.kind || candidate.num !== expected) continue;
    const colon = candidate.title.search(/[:：]/);
    const title = (colon > 0 ? candidate.title.slice(0, colon) : candidate.title).replace(FILE_EXTENSION, '');
    if (title.length === 0) continue;
    const node = nodeFrom({ ...candidate, title, end: candidate.end - (candidate.title.length - title.length) }, 2, true);
    section.node.children.push(node);
    expected += 1;
  }
}
