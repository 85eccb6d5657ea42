// Footnote and note markers inside a report's text: 地区生产总值[2], 达到87.0%［3］,
// 增长5.2%（注1）, 规模以上工业增加值①. The reading view sets them as small
// superscripts. A marker at the start of a block is the note's own label
// ([1]本公报中数据…), not a reference, and is left as it is.

export interface NoteMarker {
  start: number;
  end: number;
}

/** [1], ［12］, 〔3〕, [注1]: bracketed numbers, after the word they annotate. */
const BRACKETED = /[[［〔](?:注\s?)?\d{1,2}[\]］〕]/g;
/** （注1）, (注2): a parenthesised note number. */
const PARENTHESISED = /[（(]注\s?\d{1,2}[）)]/g;
/** 注1 bare: after a word, before punctuation or the end; not the 注 of 关注1万户 or 投注. */
const BARE = /注\d{1,2}(?=[，。；、：,.;:）)\s]|$)/g;
const NOT_BEFORE_BARE = /[关备标批附加投专灌倾贯]/;
/** ①…⑳ after a word (not the list numbers of 包括：①农业；②工业): before
 * punctuation or the end, or right after a figure or a closing bracket. */
const CIRCLED = /[\u2460-\u2473]/g;
const CLOSING_BEFORE_CIRCLED = /[\d%％)）\]］”"]/;
const PUNCTUATION_AFTER_CIRCLED = /^(?:[，。；、：,.;:）)\s]|$)/;

/** a character every marker holds */
const ANY_MARKER = /[[［〔注\u2460-\u2473]/;
const SPACE = /[\s\u00a0\u3000]/;
/** punctuation after which a marker would open a clause, not follow a word */
const OPENING = /[，。；、：,.;:（(“"《【[［〔]/;

/** The character before `index`, or '' at the start of the text's content
 * (leading whitespace counts as the start). */
function previousChar(text: string, index: number): string {
  const before = text.slice(0, index);
  return before.trim() === '' ? '' : (before[before.length - 1] ?? '');
}

function followsAWord(text: string, index: number): boolean {
  const previous = previousChar(text, index);
  return previous !== '' && !SPACE.test(previous) && !OPENING.test(previous);
}

/** The markers of one block's text, in order, not overlapping. */
export function findNoteMarkers(text: string): NoteMarker[] {
  // most blocks hold no marker: one search says so
  if (!ANY_MARKER.test(text)) return [];
  const found: NoteMarker[] = [];
  const add = (start: number, end: number) => found.push({ start, end });
  for (const pattern of [BRACKETED, PARENTHESISED]) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      if (followsAWord(text, start)) add(start, start + match[0].length);
    }
  }
  for (const match of text.matchAll(BARE)) {
    const start = match.index ?? 0;
    if (followsAWord(text, start) && !NOT_BEFORE_BARE.test(previousChar(text, start))) add(start, start + match[0].length);
  }
  for (const match of text.matchAll(CIRCLED)) {
    const start = match.index ?? 0;
    if (!followsAWord(text, start)) continue;
    const afterFigure = CLOSING_BEFORE_CIRCLED.test(previousChar(text, start));
    if (afterFigure || PUNCTUATION_AFTER_CIRCLED.test(text.slice(start + 1, start + 2))) add(start, start + 1);
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // a bare 注1 inside （注1） is found twice: the outer one stays
  const kept: NoteMarker[] = [];
  for (const marker of found) if (marker.start >= (kept[kept.length - 1]?.end ?? 0)) kept.push(marker);
  return kept;
}
