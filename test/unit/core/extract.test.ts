import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../../src/core/extract';
import { blocksFromText } from '../../../src/core/text';
import type { Block, Detection, Metric, OutlineLevel, OutlineNode } from '../../../src/core/types';
import { repoPath } from '../../fixtures/paths';

function readSeed(path: string): Block[] {
  return blocksFromText(readFileSync(repoPath(`seeds/${path}`), 'utf8'));
}

function detection(kind: Detection['kind'], year: number | null): Detection {
  return { isReport: true, kind, title: '', jurisdiction: null, year, score: 1 };
}

/** An outline node written by hand: the heading's block is found by its text. */
function heading(
  blocks: Block[],
  id: string,
  level: OutlineLevel,
  label: string,
  title: string,
  children: OutlineNode[] = [],
): OutlineNode {
  const block = blocks.findIndex((b) => b.text.trim().startsWith(label + title));
  if (block < 0) throw new Error(`no heading ${label}${title}`);
  const start = blocks[block]?.text.indexOf(label) ?? 0;
  return { id, level, label, title, block, start, end: start + label.length + title.length, children };
}

/** The metric with this text in the block whose text contains `near`. */
function metricNear(metrics: Metric[], blocks: Block[], text: string, near: string): Metric {
  const found = metrics.filter((m) => m.text === text && (blocks[m.block]?.text.includes(near) ?? false));
  expect(found.length, `${text} near ${near}`).toBeGreaterThan(0);
  const inSentence = found.filter((m) => m.sentence.includes(near));
  return (inSentence[0] ?? found[0]) as Metric;
}

describe('extractMetrics on the seed (2020 利津县政府工作报告)', () => {
  const blocks = readSeed('000_ad147ba315cb1764.txt');
  const review = heading(blocks, 's1', 1, '一、', '2019年工作回顾', [
    heading(blocks, 's1.1', 2, '(一)', '经济实现平稳健康发展'),
    heading(blocks, 's1.3', 2, '(三)', '乡村振兴战略深入实施'),
  ]);
  const outline: OutlineNode[] = [
    review,
    heading(blocks, 's2', 1, '二、', '2020年总体要求'),
    heading(blocks, 's3', 1, '三、', '2020年主要工作', [heading(blocks, 's3.8', 2, '(八)', '聚力抓好环境打造')]),
    heading(blocks, 's4', 1, '四、', '加强政府自身建设'),
  ];
  const metrics = extractMetrics(blocks, outline, detection('work-report', 2020));

  it('finds exactly the six main targets, in order', () => {
    const headline = metrics.filter((m) => m.headline);
    expect(headline.map((m) => [m.indicator, m.relation, m.text, m.qualifier])).toEqual([
      ['地区生产总值', 'increase', '6.5%左右', 'about'],
      ['一般公共财政预算收入', 'increase', '5%左右', 'about'],
      ['固定资产投资', 'increase', '7%左右', 'about'],
      ['社会消费品零售总额', 'increase', '5%左右', 'about'],
      ['居民人均可支配收入', 'increase', '7%左右', 'about'],
      ['城镇登记失业率', 'level', '3.5%以内', 'at-most'],
    ]);
    for (const m of headline) {
      expect(m.kind).toBe('target');
      expect(m.period).toBe(2020);
      expect(m.sectionId).toBe('s2');
      expect(m.unit).toBe('%');
    }
    // sentences end at ； and ; too, so only the first keeps the statement's opening
    expect(headline[0]?.sentence).toBe('经济社会发展主要预期目标是:地区生产总值增长6.5%左右;');
    expect(headline[5]?.sentence).toBe('城镇登记失业率控制在3.5%以内。');
    expect(headline[0]?.value).toBe(6.5);
    expect(headline[5]?.value).toBe(3.5);
  });

  it('reads the 2019 results as actual figures of 2019', () => {
    const expected: [string, string, string, Metric['relation'], string][] = [
      ['221.46亿元', '地区生产总值221.46亿元', '地区生产总值', 'level', 's1.1'],
      ['7.9%', '同比增长7.9%', '地区生产总值', 'increase', 's1.1'],
      ['18.01亿元', '一般公共预算收入18.01亿元', '一般公共预算收入', 'level', 's1.1'],
      ['10.2%', '同口径增长10.2%', '一般公共预算收入', 'increase', 's1.1'],
      ['2262人', '新增城镇就业2262人', '新增城镇就业', 'level', 's1.1'],
      ['5.5万亩', '治理耕地5.5万亩', '耕地', 'level', 's1.3'],
    ];
    for (const [text, near, indicator, relation, sectionId] of expected) {
      const m = metricNear(metrics, blocks, text, near);
      expect(m.kind, text).toBe('actual');
      expect(m.headline, text).toBe(false);
      expect(m.period, text).toBe(2019);
      expect(m.indicator, text).toBe(indicator);
      expect(m.relation, text).toBe(relation);
      expect(m.sectionId, text).toBe(sectionId);
    }
    const gdp = metricNear(metrics, blocks, '221.46亿元', '地区生产总值221.46亿元');
    expect(gdp.normalized).toEqual({ value: 22_146_000_000, unit: '元' });
    // the seed writes ASCII ";" here
    expect(gdp.sentence).toBe('全年实现地区生产总值221.46亿元,同比增长7.9%;');
  });

  it('reads figures of the plan part as 2020 targets that are not headline', () => {
    const m = metricNear(metrics, blocks, '20家', '年内新增“四上企业”20家');
    expect(m.kind).toBe('target');
    expect(m.headline).toBe(false);
    expect(m.period).toBe(2020);
    expect(m.indicator).toContain('四上企业');
    expect(m.sectionId).toBe('s3.8');
  });

  it('makes no figure of dates, ordinals or slogans', () => {
    for (const not of ['2020年5月20日', '第十八届', '第四次', '“148”']) {
      for (const m of metrics) {
        const text = blocks[m.block]?.text ?? '';
        let at = text.indexOf(not);
        while (at >= 0) {
          expect(m.start < at + not.length && m.end > at, `${m.text} overlaps ${not}`).toBe(false);
          at = text.indexOf(not, at + 1);
        }
      }
    }
  });

  it('dates the opening lines by their own words: 今年年初…疫情 is 2020', () => {
    // "今年年初,一场突如其来的全球性新冠肺炎疫情…选派240名机关干部下沉企业一线"
    const cadres = metricNear(metrics, blocks, '240名', '选派240名机关干部');
    expect(cadres).toMatchObject({ period: 2020, kind: 'actual', sectionId: null });
    // the next paragraph goes on about the same epidemic without naming a year
    expect(metricNear(metrics, blocks, '9名', '我县9名援鄂医护人员').period).toBe(2020);
    // the policy packages of that sentence are names, not figures
    const line = blocks[cadres.block]?.text ?? '';
    expect(metrics.filter((m) => m.block === cadres.block).map((m) => m.text)).toEqual(['240名']);
    expect(line).toContain('“稳就业24条”');
  });

  it('numbers metrics m1, m2, … in document order with offsets into their blocks', () => {
    metrics.forEach((m, i) => {
      expect(m.id).toBe(`m${i + 1}`);
      expect(blocks[m.block]?.text.slice(m.start, m.end)).toBe(m.text);
    });
    const before = metrics.filter((m) => m.block < review.block);
    expect(before.every((m) => m.sectionId === null)).toBe(true);
  });
});

describe('extractMetrics: the main-targets statement', () => {
  it('takes the figures from the line after "主要预期目标是：" (2010 national)', () => {
    const blocks = readSeed('reports/cn-national-2010-gwr/report.txt');
    const outline = [
      heading(blocks, 's1', 1, '一、', '2009年工作回顾'),
      heading(blocks, 's2', 1, '二、', '2010年主要任务'),
    ];
    const metrics = extractMetrics(blocks, outline, detection('work-report', 2010));
    const headline = metrics.filter((m) => m.headline);
    expect(headline.map((m) => [m.text, m.indicator, m.qualifier])).toEqual([
      ['8％左右', '国内生产总值', 'about'],
      ['900万人以上', '城镇新增就业', 'at-least'],
      ['4.6％以内', '城镇登记失业率', 'at-most'],
      ['3％左右', '居民消费价格涨幅', 'about'],
    ]);
    expect(headline.every((m) => m.kind === 'target' && m.period === 2010)).toBe(true);
    expect(headline[0]?.normalized).toEqual({ value: 8, unit: '%' });
  });

  it('uses the statement in the plan part, with a range and a decrease (2019 national)', () => {
    const blocks = readSeed('reports/cn-national-2019-gwr/report.txt');
    const outline = [
      heading(blocks, 's1', 1, '一、', '2018年工作回顾'),
      heading(blocks, 's2', 1, '二、', '2019年经济社会发展总体要求和政策取向'),
      heading(blocks, 's3', 1, '三、', '2019年政府工作任务'),
    ];
    const metrics = extractMetrics(blocks, outline, detection('work-report', 2019));
    const headline = metrics.filter((m) => m.headline);
    expect(headline[0]).toMatchObject({
      text: '6%－6.5%', value: 6, upper: 6.5, qualifier: 'range', indicator: '国内生产总值', relation: 'increase',
    });
    expect(headline.every((m) => m.sectionId === 's2' && m.period === 2019)).toBe(true);
    expect(headline.map((m) => m.text)).toContain('1100万人以上');
    const energy = headline.find((m) => m.indicator === '单位国内生产总值能耗');
    expect(energy).toMatchObject({ text: '3%左右', relation: 'decrease' });
    const growth = metricNear(metrics, blocks, '6.6%', '国内生产总值增长6.6%');
    expect(growth).toMatchObject({ kind: 'actual', period: 2018, headline: false, relation: 'increase' });
  });
});

describe('extractMetrics on a statistical communiqué', () => {
  it('reads every figure as an actual figure of the communiqué year', () => {
    const blocks = readSeed('reports/jx-province-2022-communique/report.txt');
    const metrics = extractMetrics(blocks, [], detection('statistical-communique', 2022));
    expect(metrics.every((m) => m.kind === 'actual' && !m.headline)).toBe(true);
    const gdp = metricNear(metrics, blocks, '32074.7亿元', '全年地区生产总值[2]32074.7亿元');
    expect(gdp).toMatchObject({ indicator: '地区生产总值', period: 2022, relation: 'level', sectionId: null });
    const growth = metricNear(metrics, blocks, '4.7%', '比上年增长4.7%');
    expect(growth).toMatchObject({ indicator: '地区生产总值', relation: 'increase', period: 2022 });
  });
});

describe('extractMetrics: indicators from real sentences', () => {
  const work = detection('work-report', 2025);
  const communique = detection('statistical-communique', 2022);
  // [sentence (source), figure text, indicator, relation]
  const cases: [string, Detection, string, string, Metric['relation']][] = [
    // xz-province-2025: 分别 hands the figures to the listed nouns in order
    ['城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内。', work, '5%', '城镇调查失业率', 'level'],
    ['城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内。', work, '3%以内', '居民消费价格涨幅', 'level'],
    // seeds/000
    ['安全生产事故起数、死亡人数同比分别下降33.3%、50%。', work, '33.3%', '安全生产事故起数', 'decrease'],
    // …with the subject the later measures share written out
    ['安全生产事故起数、死亡人数同比分别下降33.3%、50%。', work, '50%', '安全生产事故死亡人数', 'decrease'],
    ['财政用于民生支出达到24.1亿元,占一般公共预算支出的80.2%。', work, '24.1亿元', '财政用于民生支出', 'level'],
    // county-jx-wanzai-2015-communique: an abbreviation in parentheses is dropped
    ['2015年，全县实现生产总值(GDP)1102284万元，比上年增长9.3％。', communique, '1102284万元', '生产总值', 'level'],
    ['2015年，全县实现生产总值(GDP)1102284万元，比上年增长9.3％。', communique, '9.3％', '生产总值', 'increase'],
    // jx-province-2022-communique: a Chinese name in parentheses is the measure's name
    ['其中，城镇常住人口2810.52万人，占总人口的比重（常住人口城镇化率）为62.07%。', communique, '62.07%', '常住人口城镇化率', 'level'],
    // jx-yichun-2022-communique
    ['全年居民消费价格（CPI）同比上涨2.1%。', communique, '2.1%', '居民消费价格', 'increase'],
    ['全市现有各类体育场地26570个。', communique, '26570个', '体育场地', 'level'],
    // cn-national-2025 and 2010: budget and target wording
    ['今年赤字率拟按4%左右安排、比上年提高1个百分点。', work, '4%左右', '赤字率', 'level'],
    ['今年赤字率拟按4%左右安排、比上年提高1个百分点。', work, '1个百分点', '赤字率', 'increase'],
    ['广义货币M2增长目标为17％左右。', work, '17％左右', '广义货币M2', 'increase'],
    // sh-municipality-2025 keeps its own name for GDP; 全国 stays in national accounts
    ['全市生产总值增长5%左右，', work, '5%左右', '全市生产总值', 'increase'],
    ['全国财政收入增长10.7%。', work, '10.7%', '全国财政收入', 'increase'],
    ['全省地区生产总值迈上14万亿元。', work, '14万亿元', '地区生产总值', 'level'],
    // gd-province-2025: rates per head
    ['散居孤儿（含艾滋病病毒感染儿童）从每人每月1484元提高到1536元，', work, '1484元', '散居孤儿', 'level'],
    // lists whose items share the last item's noun: heads (城镇、农村…, 第二、三…)
    // and measures (…增加值, …出口)
    ['城镇、农村居民人均可支配收入分别增长4.3%、5.7%。', work, '4.3%', '城镇居民人均可支配收入', 'increase'],
    ['城镇、农村居民人均可支配收入分别增长4.3%、5.7%。', work, '5.7%', '农村居民人均可支配收入', 'increase'],
    ['第二、三产业分别同比增长15.2%、6.2%。', communique, '15.2%', '第二产业', 'increase'],
    ['第二、三产业分别同比增长15.2%、6.2%。', communique, '6.2%', '第三产业', 'increase'],
    ['高技术制造业、装备制造业增加值分别增长8.9%、7.7%。', work, '8.9%', '高技术制造业增加值', 'increase'],
    ['集成电路、汽车零配件、锂电池出口分别增长107.9%、46.7%、57.4%。', work, '46.7%', '汽车零配件出口', 'increase'],
    // jx-province-2026: what follows 分别 is not part of the noun
    ['城镇新增就业、新增发放创业担保贷款分别完成年计划的118.2%、248.57%。', work, '248.57%', '新增发放创业担保贷款', 'level'],
    // gd-province-2025: a share of the national total is the share of the noun before
    ['工业机器人产量增长31.2%、占全国44%，', work, '44%', '工业机器人产量占全国比重', 'level'],
    // verbs of reaching a level, streaks and adverbs are not part of the noun
    ['常住人口城镇化率提高至64.8%，', work, '64.8%', '常住人口城镇化率', 'level'], // jx-province-2026
    ['粮食产量连续13年稳定在430亿斤以上，', work, '13年', '粮食产量', 'level'], // jx-province-2026
    ['居民人均可支配收入实际增长5.1%，', work, '5.1%', '居民人均可支配收入', 'increase'], // cn-national-2025
    ['城乡居民基础养老金最低标准再提高20元，', work, '20元', '城乡居民基础养老金最低标准', 'increase'], // cn-national-2025
    ['发放租赁补贴惠及6.2万户。', work, '6.2万户', '租赁补贴', 'level'], // gd-province-2025
    ['全国首创制度性创新案例新增22个、累计达到70个。', work, '22个', '全国首创制度性创新案例', 'level'], // sh-municipality-2025
    // counts whose noun is written after them: after a verb, after 等, and up
    // to the verb that follows the noun (gs-province-2025, seeds/000)
    ['新开通4条国际货运包机航线，货运量增长', work, '4条', '国际货运包机航线', 'level'],
    ['建成投运100个乡镇综合养老服务中心、300个村级互助幸福院', work, '100个', '乡镇综合养老服务中心', 'level'],
    ['为5.58万名农民工追回工资7.2亿元。', work, '5.58万名', '农民工', 'level'],
    ['70个县实现五大急危重症救治中心全覆盖。', work, '70个', '县', 'level'],
    ['为10323名低保困难老年人免费实施白内障手术', work, '10323名', '低保困难老年人', 'level'],
    ['选派240名机关干部下沉企业一线', work, '240名', '机关干部', 'level'],
    ['为14家企业应急转贷2.59亿元', work, '14家', '企业', 'level'],
    ['我县9名援鄂医护人员义无反顾、不辱使命、凯旋归来', work, '9名', '援鄂医护人员', 'level'],
    ['实施智联农创等22个产业化项目,完善提升5处现代农业产业园', work, '22个', '产业化项目', 'level'],
    ['重点项目观摩评议、“双招双引”等18项指标列全市第一位', work, '18项', '指标', 'level'],
    // seeds/000: counts listed one after another each count the noun after them
    ['三年打造1个行业领先的互联网平台、1个智能工厂和5个数字化车间。', work, '5个', '数字化车间', 'level'],
    // jx-yichun-2022-communique
    ['16个单位和12名同志分别获评2018—2021年度江西省群众', communique, '12名', '同志', 'level'],
    // jx-province-2026: 余 between the scale word and the classifier
    ['1.4万余家企业实施改造，', work, '1.4万余家', '企业', 'level'],
    // county-jx-wanzai-2022-communique: a change written as one verb keeps the noun before
    ['全年一般公共预算收入17.9亿元，比上年增收1.4亿元，增长8.6%。', communique, '1.4亿元', '一般公共预算收入', 'increase'],
    // 实现 between the subject and the measure (county-jx-wanzai-2015-communique, jx-province-2022-communique)
    ['全年全县服务业实现增加值112.5亿元，比上年增长4.0%', communique, '112.5亿元', '服务业增加值', 'level'],
    ['营利性服务业实现增加值18.5亿元，增长2.9%', communique, '18.5亿元', '营利性服务业增加值', 'level'],
    // …but the 有 of 实有 stays (county-jx-wanzai-2015-communique)
    ['家禽年末实有143.3万羽', communique, '143.3万', '家禽年末实有', 'level'],
    // jx-yichun-2022-communique: what 的 qualifies is named after the bound before it
    // …and a bound before 的 names the class the count is of (超 is "more than")
    ['营业收入超200亿元的园区9个，超300亿元的8个', communique, '9个', '营业收入超200亿元的园区', 'level'],
    // cn-national-2010: a share with no whole named
    // (the listed items share the one figure: the share is of all three)
    ['保障性住房、农村民生工程、社会事业投资占44%，', work, '44%', '保障性住房、农村民生工程、社会事业投资占比', 'level'],
    // county-jx-wanzai-2015-communique: a comparison year is not part of the noun
    ['2015年旅游接待总人数比2010年增长262.21%，', communique, '262.21%', '旅游接待总人数', 'increase'],
    // cn-national-2025
    ['优良天数比例上升至87.2%，地表水优良水质断面比例提高到90.4%', work, '87.2%', '优良天数比例', 'level'],
    // cn-national-1998: spans of time and comparison bases are not nouns; 条约 is one
    ['1 9 9 7 年粮食产量达到4 9 2 5 0 万吨，比五年前增加5 0 0 0 万吨', work, '5 0 0 0 万吨', '粮食产量', 'increase'],
    ['城镇居民人均可支配收入达到5 1 6 0 元，五年来年均实际增长6 ％；', work, '6 ％', '城镇居民人均可支配收入', 'increase'],
    ['五年中有3 0 0 0 万贫困人口解决了温饱问题。', work, '3 0 0 0 万', '贫困人口', 'level'],
    ['五年来，我国缔结或者参加国际条约1 8 7 个', work, '1 8 7 个', '国际条约', 'level'],
    ['其中：早稻109924吨，比上年减产849吨，晚稻183961吨，比上年增产4546吨', communique, '849吨', '早稻', 'decrease'],
    ['其中：早稻109924吨，比上年减产849吨，晚稻183961吨，比上年增产4546吨', communique, '4546吨', '晚稻', 'increase'],
  ];

  it.each(cases)('%s → %s', (sentence, det, text, indicator, relation) => {
    const metrics = extractMetrics([{ text: sentence }], [], det);
    const m = metrics.find((x) => x.text === text);
    expect(m, text).toBeDefined();
    expect(m?.indicator).toBe(indicator);
    expect(m?.relation).toBe(relation);
  });

  // [sentence (source), figure text, words its indicator must not hold]
  const leftovers: [string, string, string][] = [
    ['我县9名援鄂医护人员义无反顾、不辱使命、凯旋归来', '9名', '义无'], // seeds/000
    ['选派240名机关干部下沉企业一线', '240名', '下沉'], // seeds/000
    ['为14家企业应急转贷2.59亿元', '14家', '2.'], // seeds/000
    ['粮食产量连续13年稳定在430亿斤以上，', '13年', '连续'], // jx-province-2026
    ['进出口总额突破9万亿元、增长9.8%，总量连续39年居全国首位。', '39年', '连续'], // gd-province-2025
    ['工业机器人产量增长31.2%、占全国44%，', '44%', '占全国4'], // gd-province-2025
    ['全年全县服务业实现增加值112.5亿元，', '112.5亿元', '实现'], // county-jx-wanzai-2015-communique
    ['第七届中国国际进口博览会圆满成功举办，按一年计意向成交金额800.1亿美元、增长2%', '800.1亿美元', '按一年计'], // sh-municipality-2025
    ['常住人口城镇化率提高至64.8%，', '64.8%', '提高至'], // jx-province-2026
  ];

  it.each(leftovers)('%s → %s has no %s', (sentence, text, leftover) => {
    const m = extractMetrics([{ text: sentence }], [], work).find((x) => x.text === text);
    expect(m, text).toBeDefined();
    expect(m?.indicator).not.toContain(leftover);
    expect(m?.indicator).not.toBe('');
  });

  it('writes out the noun that 城镇、农村… share (jx-province-2026)', () => {
    const metrics = extractMetrics([{ text: '城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右。' }], [], work);
    expect(metrics.map((m) => m.indicator)).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入']);
  });
});

describe('extractMetrics on small inputs', () => {
  it('returns nothing for no blocks, blank blocks or text without figures', () => {
    expect(extractMetrics([], [], detection(null, null))).toEqual([]);
    expect(extractMetrics([{ text: '' }, { text: '   ' }, { text: '各位代表：' }], [], detection(null, null))).toEqual([]);
  });

  it('leaves period null when neither the text nor the detection gives a year', () => {
    const [m] = extractMetrics([{ text: '治理耕地5.5万亩。' }], [], detection('work-report', null));
    expect(m).toMatchObject({ text: '5.5万亩', indicator: '耕地', period: null, kind: 'actual' });
  });

  it('takes a year written in the sentence over the defaults', () => {
    const [m] = extractMetrics([{ text: '力争到2027年粮食产量达到1.4万亿斤以上。' }], [], detection('work-report', 2025));
    expect(m).toMatchObject({ period: 2027, kind: 'target', qualifier: 'at-least', indicator: '粮食产量' });
  });

  it('leaves out the tail of a number broken across two lines', () => {
    // the 1998 report's wording, broken where old typeset text breaks it
    const blocks = [{ text: '1 9 9 7 年，城镇居民人均可支配收入达到5 1' }, { text: '6 0 元，年均实际增长6 ％。' }];
    const texts = extractMetrics(blocks, [], detection('work-report', 1998)).map((m) => m.text);
    expect(texts).toEqual(['6 ％']);
    // a line that starts with a figure after a line that ends in words keeps it
    const whole = [{ text: '城镇居民人均可支配收入达到' }, { text: '5 1 6 0 元，年均实际增长6 ％。' }];
    expect(extractMetrics(whole, [], detection('work-report', 1998)).map((m) => m.text)).toEqual(['5 1 6 0 元', '6 ％']);
  });

  it('does not take a comparison year as the period', () => {
    const [m] = extractMetrics([{ text: '工业增加值比2019年增长8%。' }], [], detection('statistical-communique', 2022));
    expect(m?.period).toBe(2022);
  });
});
