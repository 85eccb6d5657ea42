// Reading numbers as these reports write them: ASCII and full-width digits,
// thousands separators, decimals, digits spaced out by old typesetting
// ("7 4 7 7 2", "1 5 ．3"), and Chinese numerals (三千, 两万, 十二亿三千万).
// Every reader works at an offset and returns where it stopped, so the figure
// finder can scan a block once.

export interface NumberRead {
  value: number;
  /** offset just past the last character of the number */
  end: number;
  /** the digits were spaced out one by one ("1 9 9 8"); such a number may be
   * followed by a space before its unit */
  spaced: boolean;
}

/** Value of an ASCII or full-width digit, or -1. */
export function digitValue(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

export function isDigit(ch: string): boolean {
  return ch.length > 0 && digitValue(ch) >= 0;
}

/** "." and the full-width "．" both mark decimals in these texts. */
function isDecimalPoint(ch: string): boolean {
  return ch === '.' || ch === '．';
}

/** Only the ASCII space separates spaced-out digits; the sources that do it
 * (typeset PDFs turned into text) use nothing else. */
const SPACED_DIGIT_GAP = ' ';

function isSpacedToken(text: string, at: number): number {
  // returns the token length (1 for "7", 2 for "．3") or 0
  const ch = text.charAt(at);
  if (isDigit(ch)) return isDigit(text.charAt(at + 1)) ? 0 : 1;
  if (isDecimalPoint(ch) && isDigit(text.charAt(at + 1)) && !isDigit(text.charAt(at + 2))) return 2;
  return 0;
}

/**
 * Reads a number written with digits at `offset`. Thousands separators are
 * ASCII commas followed by exactly three digits (a full-width "，" is clause
 * punctuation in these texts). Returns null if no digit is at `offset`.
 */
export function readArabicNumber(text: string, offset: number): NumberRead | null {
  if (!isDigit(text.charAt(offset))) return null;
  const spaced = readSpacedDigits(text, offset);
  if (spaced) return spaced;
  let digits = '';
  let i = offset;
  let groups = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    const d = digitValue(ch);
    if (d >= 0) {
      digits += String(d);
      i++;
      continue;
    }
    if (ch === ',' && hasThousandsGroupAt(text, i + 1) && digits.length > 0 && !digits.includes('.')) {
      i++;
      groups++;
      continue;
    }
    // a stray space after a separator inside a grouped number ("3,594, 026万元",
    // as some budget tables are typed): only once the number has a group, so
    // that a list "5, 6" stays two numbers
    if (ch === ',' && groups > 0 && text.charAt(i + 1) === ' ' && hasThousandsGroupAt(text, i + 2) && !digits.includes('.')) {
      i += 2;
      groups++;
      continue;
    }
    if (isDecimalPoint(ch) && isDigit(text.charAt(i + 1)) && !digits.includes('.')) {
      digits += '.';
      i++;
      continue;
    }
    break;
  }
  // a run too long for a double reads as Infinity; callers reject it, but the
  // end is still reported so nobody re-reads the run from every position
  return { value: Number(digits), end: i, spaced: false };
}

function hasThousandsGroupAt(text: string, at: number): boolean {
  return (
    isDigit(text.charAt(at)) &&
    isDigit(text.charAt(at + 1)) &&
    isDigit(text.charAt(at + 2)) &&
    !isDigit(text.charAt(at + 3))
  );
}

/** "7 4 7 7 2" or "1 5 ．3": single-character tokens separated by one space.
 * Only read when every token is a single digit (or a decimal point with one
 * digit), which ordinary prose never produces. */
function readSpacedDigits(text: string, offset: number): NumberRead | null {
  if (isSpacedToken(text, offset) !== 1) return null;
  let digits = '';
  let i = offset;
  let tokens = 0;
  for (;;) {
    const len = isSpacedToken(text, i);
    if (len === 0) break;
    const token = text.slice(i, i + len);
    if (len === 2) {
      if (digits.includes('.')) break;
      digits += '.' + String(digitValue(token.charAt(1)));
    } else {
      digits += String(digitValue(token));
    }
    tokens++;
    i += len;
    if (text.charAt(i) !== SPACED_DIGIT_GAP || isSpacedToken(text, i + 1) === 0) break;
    i++;
  }
  if (tokens < 2) return null;
  return { value: Number(digits), end: i, spaced: true };
}

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
/** multipliers inside a section of four digits */
const CHINESE_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
/** multipliers that close a section */
const CHINESE_BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };
const CHINESE_DECIMAL_POINT = '点';

export function isChineseNumeralChar(ch: string): boolean {
  return (
    ch in CHINESE_DIGITS ||
    ch in CHINESE_SMALL_UNITS ||
    ch in CHINESE_BIG_UNITS ||
    ch === CHINESE_DECIMAL_POINT
  );
}

/**
 * Value of a Chinese numeral: 三千 → 3000, 两万 → 20000, 十二亿三千万 →
 * 1230000000, 三点五 → 3.5, 二〇二〇 → 2020. Returns null for strings that
 * are not a well-formed numeral (empty, stray characters, "点" at an end).
 */
export function parseChineseNumber(numeral: string): number | null {
  if (numeral.length === 0) return null;
  const pointAt = numeral.indexOf(CHINESE_DECIMAL_POINT);
  const integerPart = pointAt >= 0 ? numeral.slice(0, pointAt) : numeral;
  const fractionPart = pointAt >= 0 ? numeral.slice(pointAt + 1) : '';
  if (pointAt >= 0 && (integerPart.length === 0 || fractionPart.length === 0)) return null;
  const integer = parseChineseInteger(integerPart);
  if (integer === null) return null;
  if (pointAt < 0) return integer;
  let fractionDigits = '';
  for (const ch of fractionPart) {
    const d = CHINESE_DIGITS[ch];
    if (d === undefined) return null;
    fractionDigits += String(d);
  }
  return Number(`${integer}.${fractionDigits}`);
}

function parseChineseInteger(numeral: string): number | null {
  let total = 0; // everything closed by 亿
  let section = 0; // everything closed by 万, below 亿
  let group = 0; // the current group below 万
  let digit = 0;
  let digitPending = false;
  let previousWasDigit = false;
  for (const ch of numeral) {
    const d = CHINESE_DIGITS[ch];
    if (d !== undefined) {
      // consecutive digits are positional: 二〇二〇, 一五
      digit = previousWasDigit ? digit * 10 + d : d;
      digitPending = true;
      previousWasDigit = true;
      continue;
    }
    previousWasDigit = false;
    const small = CHINESE_SMALL_UNITS[ch];
    if (small !== undefined) {
      group += (digitPending ? digit : 1) * small;
      digit = 0;
      digitPending = false;
      continue;
    }
    const big = CHINESE_BIG_UNITS[ch];
    if (big === undefined) return null;
    const closed = group + (digitPending ? digit : 0);
    if (big === 1e8) {
      total = (total + section + closed || 1) * big;
      section = 0;
    } else {
      section = (section + (closed || 1)) * big;
    }
    group = 0;
    digit = 0;
    digitPending = false;
  }
  return total + section + group + (digitPending ? digit : 0);
}

/**
 * Reads the longest run of Chinese numeral characters at `offset` and its
 * value. A run must start with a digit or 十: runs that start with 百, 千, 万 or
 * 亿 are idioms (千家万户, 万名干部, 百年) far more often than numbers.
 */
export function readChineseNumeral(text: string, offset: number): NumberRead | null {
  const first = text.charAt(offset);
  if (!(first in CHINESE_DIGITS) && first !== '十') return null;
  let end = offset;
  while (end < text.length && isChineseNumeralChar(text.charAt(end))) end++;
  // a trailing 点 belongs to the prose ("一点"), not to the number
  while (end > offset && text.charAt(end - 1) === CHINESE_DECIMAL_POINT) end--;
  const value = parseChineseNumber(text.slice(offset, end));
  if (value === null) return null;
  return { value, end, spaced: false };
}

/** A number written with digits, full-width digits or thousands separators:
 * "1,234.5" → 1234.5, "１２．５" → 12.5. Null unless the whole string is one. */
export function parseArabicNumber(written: string): number | null {
  const read = readArabicNumber(written, 0);
  if (!read || read.end !== written.length || !Number.isFinite(read.value)) return null;
  return read.value;
}
