import { describe, expect, it } from 'vitest';
import {
  parseArabicNumber,
  parseChineseNumber,
  readArabicNumber,
  readChineseNumeral,
} from '../../../src/core/numbers';
import { lookupUnit, matchUnitAt, normalizeQuantity } from '../../../src/core/units';

describe('parseChineseNumber', () => {
  it.each([
    ['三千', 3000],
    ['两万', 20000],
    ['十二亿三千万', 1_230_000_000],
    ['十', 10],
    ['十八', 18],
    ['一百二十', 120],
    ['一千零五', 1005],
    ['一万亿', 1e12],
    ['三点五', 3.5],
    ['二〇二〇', 2020],
    ['五', 5],
  ])('%s → %d', (numeral, value) => {
    expect(parseChineseNumber(numeral)).toBe(value);
  });

  it.each(['', '点五', '三点', '三个', 'abc'])('rejects %j', (numeral) => {
    expect(parseChineseNumber(numeral)).toBeNull();
  });
});

describe('parseArabicNumber', () => {
  it.each([
    ['221.46', 221.46],
    ['1,234.5', 1234.5],
    ['１２．５', 12.5],
    ['32074.7', 32074.7],
    ['0', 0],
  ])('%s → %d', (written, value) => {
    expect(parseArabicNumber(written)).toBe(value);
  });

  it.each(['', '1,23', '12a', '１，２３４'])('rejects %j', (written) => {
    expect(parseArabicNumber(written)).toBeNull();
  });
});

describe('readArabicNumber on spaced-out digits (1998 report)', () => {
  it('joins single digits separated by one space', () => {
    const text = '国内生产总值达到7 4 7 7 2 亿元';
    const read = readArabicNumber(text, text.indexOf('7'));
    expect(read).toEqual({ value: 74772, end: text.indexOf(' 亿元'), spaced: true });
  });

  it('reads a spaced full-width decimal point', () => {
    const text = '平均每年增长1 5 ．3 ％';
    expect(readArabicNumber(text, text.indexOf('1'))?.value).toBe(15.3);
  });

  it('does not join a multi-digit group with a following digit', () => {
    const text = '国道220 3';
    expect(readArabicNumber(text, 2)).toEqual({ value: 220, end: 5, spaced: false });
  });
});

describe('readChineseNumeral', () => {
  it('does not start a number with 万 or 千 (万名干部, 千家万户)', () => {
    expect(readChineseNumeral('万名干部', 0)).toBeNull();
    expect(readChineseNumeral('千家万户', 0)).toBeNull();
  });
  it('reads the longest run', () => {
    expect(readChineseNumeral('两百多家', 0)).toEqual({ value: 200, end: 2, spaced: false });
  });
});

describe('units', () => {
  it('prefers 个百分点 over 个 and keeps it apart from %', () => {
    expect(matchUnitAt('6.9个百分点', 3)?.unit).toBe('个百分点');
    expect(normalizeQuantity(6.9, '个百分点')).toEqual({ value: 6.9, unit: '个百分点' });
    expect(normalizeQuantity(6.9, '%')).toEqual({ value: 6.9, unit: '%' });
  });

  it.each([
    ['亿元', 221.46, { value: 22_146_000_000, unit: '元' }],
    ['万亩', 5.5, { value: 55_000, unit: '亩' }],
    ['万人', 1100, { value: 11_000_000, unit: '人' }],
    ['万亿斤', 1.3, { value: 1.3e12, unit: '斤' }],
    ['％', 8, { value: 8, unit: '%' }],
    ['成', 3, { value: 30, unit: '%' }],
    ['千瓦时', 5, { value: 5, unit: '千瓦时' }],
    ['亿千瓦时', 2, { value: 2e8, unit: '千瓦时' }],
  ])('%s normalizes', (unit, value, normalized) => {
    expect(normalizeQuantity(value, unit)).toEqual(normalized);
  });

  it('normalizes both ends of a range', () => {
    expect(normalizeQuantity(1, '万亩', 2)).toEqual({ value: 1e4, upper: 2e4, unit: '亩' });
  });

  it('knows nothing of 月 or 日 (dates are not quantities)', () => {
    expect(lookupUnit('月')).toBeNull();
    expect(lookupUnit('日')).toBeNull();
  });
});
