// Communiqué tables as text (tab-separated rows under a caption): each number
// named by its row and the measure its column, header or caption names.
import { describe, expect, it } from 'vitest';
import { readTableFigures } from '../../../src/core/table-figures';
import { blocksFromText } from '../../../src/core/text';

function figures(text: string) {
  const found = readTableFigures(blocksFromText(text));
  return [...found.values()].flat().map((f) => ({ text: f.text, indicator: f.indicator, unit: f.unit, relation: f.relation, base: f.base }));
}

describe('readTableFigures', () => {
  it('takes the unit from a 单位 column and the measure from the header (city-ha-sanmenxia-2025)', () => {
    const found = figures('表3 2025年三门峡市规模以上工业主要产品产量及其增长速度\n\n产品名称\t单位\t产量\t比上年增长（%）\n原煤\t万吨\t774\t20.1\n发电量\t亿千瓦时\t195\t-5.4');
    expect(found).toEqual([
      { text: '774', indicator: '原煤产量', unit: '万吨', relation: 'level', base: undefined },
      { text: '20.1', indicator: '原煤产量', unit: '%', relation: 'increase', base: '上年' },
      { text: '195', indicator: '发电量', unit: '亿千瓦时', relation: 'level', base: undefined },
      { text: '-5.4', indicator: '发电量', unit: '%', relation: 'increase', base: '上年' },
    ]);
  });

  it('pairs a level and a change under each measure of a two-row header (city-xj-hami-2025)', () => {
    const found = figures(
      '表1  2025年分区县地区生产总值及其增长速度\n\n区 县\n地区生产总值（亿元）\t第一产业增加值（亿元）\n比上年增长（%）\t比上年增长（%）\n伊州区\t664.08\t7.6\t33.65\t-0.7',
    );
    expect(found.map((f) => [f.text, f.indicator, f.unit, f.relation])).toEqual([
      ['664.08', '伊州区地区生产总值', '亿元', 'level'],
      ['7.6', '伊州区地区生产总值', '%', 'increase'],
      ['33.65', '伊州区第一产业增加值', '亿元', 'level'],
      ['-0.7', '伊州区第一产业增加值', '%', 'increase'],
    ]);
  });

  it('reads side-by-side halves and takes the measure from the caption (city-xj-hami-2025)', () => {
    const found = figures('表5  2025年分行业固定资产投资（不含农户）增长速度\n\n行业\t比上年增长（%）\t行业\t比上年增长（%）\n采矿业\t35.6\t租赁和商务服务业\t-83.7\n总计\t35.9\t金融业\t—');
    expect(found.map((f) => [f.text, f.indicator])).toEqual([
      ['35.6', '采矿业固定资产投资'],
      ['-83.7', '租赁和商务服务业固定资产投资'],
      ['35.9', '固定资产投资'],
    ]);
  });

  it('drops list numbering and 其中 from row labels', () => {
    const found = figures('表2  主要农作物播种面积、总产量及其增长速度\n\n指标名称\t计量单位\t2025年\t比上年增长（%）\n1.1.粮食播种面积\t万亩\t29.90\t-14.5\n其中：小麦\t万亩\t21.94\t0.5');
    expect(found.map((f) => f.indicator)).toEqual(['粮食播种面积', '粮食播种面积', '小麦播种面积', '小麦播种面积']);
  });

  it.each([
    ['an index without unit', '以上年同期为100\n类别\t指数\n居民消费价格总指数\t99.5\n其中：食品烟酒\t97.6'],
    ['prose with one tab', '全年地区生产总值\t1000亿元，增长5%。'],
    ['a header only', '指标\t单位\t绝对数'],
  ])('takes nothing from %s', (_name, text) => {
    expect(figures(text)).toEqual([]);
  });
});
