import { describe, expect, it } from 'vitest';
import { COUNT_UNITS, emphasisOf, isKeyIndicator, KEY_INDICATORS, keyIndicatorOf } from '../../../src/core/key-indicators';
import type { Metric } from '../../../src/core/types';
import { metric } from '../../fixtures/ui-fixtures';

describe('key indicators', () => {
  it('names the statistics the issue lists, under the ledger\'s names', () => {
    for (const key of [
      '地区生产总值', '一般公共预算收入', '一般公共预算支出', '固定资产投资', '社会消费品零售总额', '进出口总额',
      '居民人均可支配收入', '城镇新增就业', '城镇调查失业率', '居民消费价格', '粮食产量', '单位地区生产总值能耗',
    ]) {
      expect(KEY_INDICATORS, key).toContain(key);
    }
  });

  // names as the engine gives them in the corpus's reports, and the statistic they are
  it.each([
    ['地区生产总值', '地区生产总值'],
    ['国内生产总值', '地区生产总值'],
    ['全市生产总值', '地区生产总值'],
    ['生产总值', '地区生产总值'],
    ['GDP', '地区生产总值'],
    ['经济增长速度', '地区生产总值'],
    ['地方一般公共预算收入', '一般公共预算收入'],
    ['公共财政预算收入', '一般公共预算收入'],
    ['一般公共财政预算收入', '一般公共预算收入'],
    ['一般公共预算支出', '一般公共预算支出'],
    ['地方一般公共预算支出', '一般公共预算支出'],
    ['市本级一般公共预算收入', '一般公共预算收入'],
    ['全社会固定资产投资', '固定资产投资'],
    ['区本级固定资产投资', '固定资产投资'],
    ['社会消费品零售额', '社会消费品零售总额'],
    ['外贸进出口总值', '进出口总额'],
    ['进出口', '进出口总额'],
    ['规上工业增加值', '规模以上工业增加值'],
    ['全体居民人均可支配收入', '居民人均可支配收入'],
    ['城乡居民人均可支配收入', '居民人均可支配收入'],
    ['城镇常住居民人均可支配收入', '城镇居民人均可支配收入'],
    ['农村牧区常住居民人均可支配收入', '农村居民人均可支配收入'],
    ['农民人均纯收入', '农村居民人均可支配收入'],
    ['新增城镇就业', '城镇新增就业'],
    ['调查失业率', '城镇调查失业率'],
    ['城镇登记失业率', '城镇登记失业率'],
    ['居民消费价格涨幅', '居民消费价格'],
    ['居民消费价格指数', '居民消费价格'],
    ['粮食总产量', '粮食产量'],
    ['单位GDP能耗', '单位地区生产总值能耗'],
    ['单位国内生产总值能耗', '单位地区生产总值能耗'],
  ])('%s is the key statistic %s', (name, key) => {
    expect(keyIndicatorOf(name)).toBe(key);
    expect(isKeyIndicator(name)).toBe(true);
  });

  // close to a key statistic in wording, but another figure
  it.each([
    '地区生产总值占全省比重',
    '一产增加值',
    '规模以上工业企业利润总额',
    '一般公共预算收入中税收收入',
    '税收收入',
    '商品零售价格涨幅',
    '单位地区生产总值二氧化碳排放',
    '粮食播种面积',
    '新增就业岗位',
    '常住人口城镇化率',
    '居民消费',
    '固定资产投资项目',
    '重大项目完成投资',
    '',
  ])('%s is not a key statistic', (name) => {
    expect(keyIndicatorOf(name)).toBeNull();
    expect(isKeyIndicator(name)).toBe(false);
  });
});

describe('emphasisOf', () => {
  const figure = (text: string, value: number, unit: string, extra: Partial<Metric> = {}) =>
    metric({ id: 'm', text, value, unit, ...extra });

  it.each([
    // a headline target is strong whatever it measures
    ['headline target', figure('5所', 5, '所', { indicator: '新建学校', kind: 'target', headline: true }), 'strong'],
    ['key statistic as a result', figure('221.46亿元', 221.46, '亿元', { indicator: '地区生产总值', normalized: { value: 22146000000, unit: '元' } }), 'strong'],
    ['key statistic in a count unit', figure('2300人', 2300, '人', { indicator: '城镇新增就业' }), 'strong'],
    ['key statistic as a change', figure('6.2%', 6.2, '%', { indicator: '居民消费价格涨幅', relation: 'increase' }), 'strong'],
    ['a plain count of firms', figure('27家', 27, '家', { indicator: '高新技术企业' }), 'quiet'],
    ['a plain count of batches', figure('2批', 2, '批', { indicator: '' }), 'quiet'],
    ['a count in 万户', figure('1.2万户', 1.2, '万户', { indicator: '市场主体', normalized: { value: 12000, unit: '户' } }), 'quiet'],
    ['a count of items', figure('30个', 30, '个', { indicator: '重点项目', kind: 'target' }), 'quiet'],
    ['a non-key result in money', figure('12.5亿元', 12.5, '亿元', { indicator: '农业增加值', normalized: { value: 1.25e9, unit: '元' } }), 'normal'],
    ['a non-key target in %', figure('10%', 10, '%', { indicator: '高新技术产业增加值', kind: 'target', relation: 'increase' }), 'normal'],
    ['people are not a plain count', figure('1200人', 1200, '人', { indicator: '农村劳动力培训' }), 'normal'],
  ])('%s', (_name, figureToRate, expected) => {
    expect(emphasisOf(figureToRate)).toBe(expected);
  });

  it('counts things, not amounts, rates or people', () => {
    for (const unit of ['个', '家', '项', '批', '所', '件', '户']) expect(COUNT_UNITS.has(unit), unit).toBe(true);
    for (const unit of ['元', '%', '个百分点', '吨', '亩', '人', '公里']) expect(COUNT_UNITS.has(unit), unit).toBe(false);
  });
});
