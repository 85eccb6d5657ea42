// The ledger's pieces on real pairs of the corpus: which names are one
// indicator, the status rules per qualifier, and the rows built from reports.
import { describe, expect, it } from 'vitest';
import { buildLedger, statusOf, type LedgerMetric, type LedgerReport } from '../../../src/core/ledger';
import { halvesOf, indicatorKey, isCap } from '../../../src/core/ledger-indicators';
import { normalizeQuantity } from '../../../src/core/units';
import type { Qualifier, Relation } from '../../../src/core/types';

describe('indicatorKey: one statistic under its names', () => {
  it.each([
    ['地区生产总值', '国内生产总值'], // national and regional reports
    ['全省生产总值', '地区生产总值'], // hi-province-2026's 十五五 target
    ['公共财政预算收入', '一般公共预算收入'], // renamed in 2015 (county-nm-hailar-2014 → 2015)
    ['地方公共财政预算收入', '一般公共财政预算收入'],
    ['农民人均纯收入', '农村常住居民人均可支配收入'], // the rural income statistic before and after the survey reform
    ['居民消费价格涨幅', 'CPI'],
    ['区本级全社会固定资产投资额', '区本级固定资产投资'], // Hailar's 2013 result against its target
    ['市本级一般公共预算收入', '市级一般公共预算收入'], // Sanmenxia's budgets name the city level both ways
    ['市级社保基金收入', '市级社会保险基金预算收入'],
    ['市本级支出', '市级一般公共预算支出'],
  ])('%s is %s', (a, b) => {
    expect(indicatorKey(a)).toBe(indicatorKey(b));
  });

  it.each([
    ['城镇居民人均可支配收入', '农村居民人均可支配收入'], // the halves are kept apart
    ['居民人均可支配收入', '城镇居民人均可支配收入'],
    ['一般公共预算收入', '财政总收入'],
    ['城镇调查失业率', '城镇登记失业率'],
    ['市级一般公共预算收入', '一般公共预算收入'], // the city level is not the whole city
  ])('%s is not %s', (a, b) => {
    expect(indicatorKey(a)).not.toBe(indicatorKey(b));
  });

  it('knows the ceilings and splits 城乡 into its halves', () => {
    expect(['居民消费价格', '城镇调查失业率', '赤字率'].every((k) => isCap(indicatorKey(k)))).toBe(true);
    expect(isCap(indicatorKey('地区生产总值'))).toBe(false);
    expect(halvesOf('城乡居民人均可支配收入')).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入']);
  });
});

function quantity(value: number, unit: string, relation: Relation, qualifier: Qualifier, upper?: number) {
  const q = { value, unit, relation, qualifier, normalized: normalizeQuantity(value, unit, upper) };
  return upper === undefined ? q : { ...q, upper };
}

describe('statusOf: the README rules on real pairs', () => {
  it.each([
    // [pair, target, outcome, cap, status]
    ['national GDP 2019: 6%－6.5% → 6.1%', quantity(6, '%', 'increase', 'range', 6.5), quantity(6.1, '%', 'increase', 'exact'), false, 'met'],
    ['national GDP 2024: 5%左右 → 5%', quantity(5, '%', 'increase', 'about'), quantity(5, '%', 'increase', 'exact'), false, 'met'],
    ['Hailar GDP 2013: 20% → 10.1%', quantity(20, '%', 'increase', 'exact'), quantity(10.1, '%', 'increase', 'exact'), false, 'missed'],
    ['Hailar revenue 2013: 20% → 20.3%', quantity(20, '%', 'increase', 'exact'), quantity(20.3, '%', 'increase', 'exact'), false, 'met'],
    ['Hailar revenue 2015: 7% → 10.3%', quantity(7, '%', 'increase', 'exact'), quantity(10.3, '%', 'increase', 'exact'), false, 'exceeded'],
    ['national CPI 2019: 3%左右 → 2.9%', quantity(3, '%', 'level', 'about'), quantity(2.9, '%', 'increase', 'exact'), true, 'met'],
    ['Tibet unemployment 2025: 5%以内 → 5%以内', quantity(5, '%', 'level', 'at-most'), quantity(5, '%', 'level', 'at-most'), true, 'met'],
    ['national energy 2024: 下降2.5%左右 → 降幅超过3%', quantity(2.5, '%', 'decrease', 'about'), quantity(3, '%', 'decrease', 'at-least'), false, 'exceeded'],
    ['a price cap as a level against a fall: 2%左右 → 下降3%', quantity(2, '%', 'level', 'about'), quantity(3, '%', 'decrease', 'exact'), true, 'met'],
    ['a growth floor against a fall: 3%以上 → 下降1%', quantity(3, '%', 'level', 'at-least'), quantity(1, '%', 'decrease', 'exact'), false, 'missed'],
    ['a decrease target against an increase', quantity(3, '%', 'decrease', 'at-least'), quantity(1, '%', 'increase', 'exact'), false, 'missed'],
    ['Gansu grain 2025: 252亿斤以上 → 1300万吨', quantity(252, '亿斤', 'level', 'at-least'), quantity(1300, '万吨', 'level', 'exact'), false, 'exceeded'],
    ['Sanmenxia city revenue 2019: 160000万元 → 160060万元', quantity(160000, '万元', 'level', 'exact'), quantity(160060, '万元', 'level', 'exact'), false, 'met'],
    ['a level in 亿元 against 万元', quantity(14.6, '亿元', 'level', 'exact'), quantity(150700, '万元', 'level', 'exact'), false, 'exceeded'],
  ])('%s', (_pair, target, outcome, cap, status) => {
    expect(statusOf(target, outcome, cap)).toBe(status);
  });
});

function metric(fields: Partial<LedgerMetric> & Pick<LedgerMetric, 'text' | 'value' | 'unit' | 'indicator'>): LedgerMetric {
  return {
    relation: 'increase',
    qualifier: 'exact',
    kind: 'target',
    headline: false,
    period: null,
    sentence: fields.text,
    normalized: normalizeQuantity(fields.value, fields.unit),
    ...fields,
  };
}

describe('buildLedger', () => {
  const report2019: LedgerReport = {
    source: 'a-2019', title: '2019年某市政府工作报告', jurisdiction: '某市', year: 2019, kind: 'work-report',
    metrics: [
      metric({ text: '6.5%左右', value: 6.5, unit: '%', indicator: '地区生产总值', qualifier: 'about', headline: true, period: 2019 }),
      metric({ text: '300亿元', value: 300, unit: '亿元', indicator: '地区生产总值', relation: 'level', headline: true, period: 2019 }),
      metric({ text: '5%', value: 5, unit: '%', indicator: '进出口总额', headline: true, period: 2019 }),
    ],
  };
  const report2020: LedgerReport = {
    source: 'a-2020', title: '2020年某市政府工作报告', jurisdiction: '某市', year: 2020, kind: 'work-report',
    metrics: [
      metric({ text: '310亿元', value: 310, unit: '亿元', indicator: '生产总值', relation: 'level', kind: 'actual', period: 2019 }),
      metric({ text: '12.1%', value: 12.1, unit: '%', indicator: '生产总值', kind: 'actual', period: 2019, sentence: '五年来年均增长12.1%' }),
      metric({ text: '7.9%', value: 7.9, unit: '%', indicator: '生产总值', kind: 'actual', period: 2019 }),
    ],
  };
  const ledger = buildLedger([report2019, report2020]);

  it('sets each target beside the outcome in the same terms, a growth rate beside a growth rate', () => {
    expect(ledger.schema).toBe('report-lens-ledger/1');
    expect(ledger.rows.map((r) => [r.indicator, r.year, r.target?.text, r.outcome?.text ?? null, r.status])).toEqual([
      ['地区生产总值', 2019, '6.5%左右', '7.9%', 'exceeded'], // not the five-year average 12.1%
      ['地区生产总值', 2019, '300亿元', '310亿元', 'exceeded'],
      ['进出口总额', 2019, '5%', null, 'no-outcome'],
    ]);
    expect(ledger.rows[0]?.outcome?.report).toBe(1);
  });

  it('keeps jurisdictions apart', () => {
    const other = { ...report2020, jurisdiction: '另一市' };
    expect(buildLedger([report2019, other]).rows.every((r) => r.outcome === null)).toBe(true);
  });
});
