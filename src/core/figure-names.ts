// Numbers that are part of a name rather than a quantity: the title of a
// policy document (“稳就业24条”, 金融支持15条), a slogan (“两个200万亩”), a
// work system (“148”工作体系). Users copy figures to quote them; a policy's
// name counted as "24条" would be a figure nobody reported.
//
// Everything here is checked per figure with a bounded look around it, and the
// quoted spans of a block are found in one pass, so it stays linear.

/** Quotation marks that wrap names in these reports, open → close. A book
 * title (《中国制造2025》) is a name too. */
const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
]);
/** The ASCII quote opens and closes alike. */
const ASCII_QUOTE = '"';

export interface NameOptions {
  /** a quotation longer than this is a citation, not a name: its figures stay */
  maxQuotedNameLength?: number;
}

export const DEFAULT_NAME_OPTIONS: Required<NameOptions> = {
  maxQuotedNameLength: 20,
};

/** [open, close] offsets of every short closed quotation in `text`, in order.
 * A quotation that opens again before it closes restarts (these texts do not
 * nest quotes); one that never closes is ignored. */
export function quotedSpans(text: string, maxLength: number): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  let close = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (open >= 0 && ch === close) {
      if (i - open - 1 <= maxLength) spans.push([open, i]);
      open = -1;
      continue;
    }
    const closing = QUOTE_PAIRS.get(ch) ?? (ch === ASCII_QUOTE ? ASCII_QUOTE : undefined);
    if (closing !== undefined) {
      open = i;
      close = closing;
    }
  }
  return spans;
}

/** How far before a count the policy-name patterns look. */
const POLICY_LOOK_BEHIND = 16;

interface NamePattern {
  /** what the pattern recognises, for the reader of this table */
  name: string;
  /** true when the count of `unit` starting at `start` is part of a name;
   * `before` is at most POLICY_LOOK_BEHIND characters ending at `start` */
  test: (before: string, unit: string) => boolean;
}

/** Named patterns for names written without quotes. */
const NAME_PATTERNS: readonly NamePattern[] = [
  {
    // A policy package is named by its aim and its number of articles:
    // 出台稳就业24条, 落实金融支持15条, 兑现促消费12条. The aim opens with a
    // policy verb (稳, 促, 支持…) right after a verb of issuing, which a real
    // count of 条 never has: 新建道路12条, 新开行航线8条 stay figures.
    name: 'policy package named by its number of articles',
    test: (before, unit) =>
      unit === '条' &&
      /(?:出台|印发|制定|发布|推出|实施|落实|用好|兑现|执行)了?(?:稳|促|保|助企|惠企|支持|扶持|纾困|金融支持)[\u4e00-\u9fff]{0,8}$/.test(
        before,
      ),
  },
  {
    // roads are named by their number: 对省道315部分路段进行路面大修, 国道220
    name: 'road number',
    test: (before) => /(?:国道|省道|县道|乡道)$/.test(before),
  },
];

/** Whether the figure [start, end) of `unit` is part of an unquoted name. */
export function isUnquotedName(text: string, start: number, unit: string): boolean {
  const before = text.slice(Math.max(0, start - POLICY_LOOK_BEHIND), start);
  return NAME_PATTERNS.some((p) => p.test(before, unit));
}

/** Keeps the spans that are not names: outside every short quotation and not
 * matched by a name pattern. `spans` must be in order; linear in their number. */
export function withoutNames<T extends { start: number; end: number; unit: string }>(
  text: string,
  spans: T[],
  options: NameOptions = {},
): T[] {
  if (spans.length === 0) return spans;
  const { maxQuotedNameLength } = { ...DEFAULT_NAME_OPTIONS, ...options };
  const quotes = quotedSpans(text, maxQuotedNameLength);
  const kept: T[] = [];
  let q = 0;
  for (const span of spans) {
    while (q < quotes.length && (quotes[q]?.[1] ?? Infinity) < span.end) q++;
    const quote = quotes[q];
    const quoted = quote !== undefined && quote[0] < span.start && span.end <= quote[1];
    if (quoted || isUnquotedName(text, span.start, span.unit)) continue;
    kept.push(span);
  }
  return kept;
}
