// Section numbers in these reports are written either in Chinese numerals
// (一 … 九十九) or in Arabic digits; the outline needs them as integers to
// check that a run of headings counts up without gaps.

const DIGIT_VALUES: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Value of a Chinese numeral between 1 and 99 ("十一" → 11, "二十" → 20),
 * or null when the text is not one. Larger numbers never number sections. */
export function chineseNumeralValue(numeral: string): number | null {
  if (numeral.length === 0 || numeral.length > 3) return null;
  const tenAt = numeral.indexOf('十');
  if (tenAt < 0) {
    if (numeral.length !== 1) return null;
    return DIGIT_VALUES[numeral] ?? null;
  }
  if (numeral.indexOf('十', tenAt + 1) >= 0) return null;
  const before = numeral.slice(0, tenAt);
  const after = numeral.slice(tenAt + 1);
  const tens = before === '' ? 1 : (DIGIT_VALUES[before] ?? null);
  const units = after === '' ? 0 : (DIGIT_VALUES[after] ?? null);
  if (tens === null || units === null || tens === 0 || before.length > 1 || after.length > 1) return null;
  return tens * 10 + units;
}

/** Arabic digits as written, full-width digits included; null when not all digits. */
export function arabicNumeralValue(digits: string): number | null {
  if (digits.length === 0 || digits.length > 4) return null;
  let value = 0;
  for (const ch of digits) {
    const code = ch.charCodeAt(0);
    const digit = code >= 0x30 && code <= 0x39 ? code - 0x30 : code >= 0xff10 && code <= 0xff19 ? code - 0xff10 : -1;
    if (digit < 0) return null;
    value = value * 10 + digit;
  }
  return value;
}
