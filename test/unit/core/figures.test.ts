import { describe, expect, it } from 'vitest';
import { findFigures, type FigureSpan } from '../../../src/core/figures';

/** The one figure whose text is `text` in `sentence`; fails the test if there
 * is not exactly one. */
function figureIn(sentence: string, text: string): FigureSpan {
  const found = findFigures(sentence).filter((f) => f.text === text);
  expect(found, `${text} in ${sentence}`).toHaveLength(1);
  return found[0] as FigureSpan;
}

describe('findFigures: figures as the reports write them', () => {
  // [sentence from seeds (file noted), figure text, value, upper, unit, qualifier, normalized]
  const cases: [string, string, number, number | undefined, string, string, number, string][] = [
    // seeds/000 (利津 2020)
    ['全年实现地区生产总值221.46亿元,同比增长7.9%', '221.46亿元', 221.46, undefined, '亿元', 'exact', 22_146_000_000, '元'],
    ['全年实现地区生产总值221.46亿元,同比增长7.9%', '7.9%', 7.9, undefined, '%', 'exact', 7.9, '%'],
    ['年内新增城镇就业2262人', '2262人', 2262, undefined, '人', 'exact', 2262, '人'],
    ['治理耕地5.5万亩,发展设施农业1200亩', '5.5万亩', 5.5, undefined, '万亩', 'exact', 55_000, '亩'],
    ['地区生产总值增长6.5%左右;一般公共财政预算收入增长5%左右', '6.5%左右', 6.5, undefined, '%', 'about', 6.5, '%'],
    ['城镇登记失业率控制在3.5%以内。', '3.5%以内', 3.5, undefined, '%', 'at-most', 3.5, '%'],
    ['高新技术产业产值占比提高6.9个百分点。', '6.9个百分点', 6.9, undefined, '个百分点', 'exact', 6.9, '个百分点'],
    ['政府隐性债务率比上年压减5个百分点', '5个百分点', 5, undefined, '个百分点', 'exact', 5, '个百分点'],
    ['空气质量优良天数达到235天、同比增加24天', '24天', 24, undefined, '天', 'exact', 24, '天'],
    ['协调投入资金8500余万元,开工建设项目34个', '8500余万元', 8500, undefined, '万元', 'at-least', 85_000_000, '元'],
    ['谋划和储备200个以上补短板', '200个以上', 200, undefined, '个', 'at-least', 200, '个'],
    ['改造提升“四好农村路”68.3公里', '68.3公里', 68.3, undefined, '公里', 'exact', 68.3, '公里'],
    ['新增和提升绿化面积18万平方米', '18万平方米', 18, undefined, '万平方米', 'exact', 180_000, '平方米'],
    // cn-national-2019
    ['国内生产总值增长6%－6.5%；城镇新增就业1100万人以上', '6%－6.5%', 6, 6.5, '%', 'range', 6, '%'],
    ['国内生产总值增长6%－6.5%；城镇新增就业1100万人以上', '1100万人以上', 1100, undefined, '万人', 'at-least', 11_000_000, '人'],
    // cn-national-2022 and 2016
    ['粮食产量保持在1.3万亿斤以上', '1.3万亿斤以上', 1.3, undefined, '万亿斤', 'at-least', 1.3e12, '斤'],
    ['国内生产总值增长6.5%－7%，居民消费价格涨幅3%左右', '6.5%－7%', 6.5, 7, '%', 'range', 6.5, '%'],
    ['落后炼钢炼铁产能9000多万吨', '9000多万吨', 9000, undefined, '万吨', 'at-least', 90_000_000, '吨'],
    // a rate per 100,000 people, as health statistics write it (city-fj-quanzhou-2025-communique)
    ['甲乙类传染病报告发病率215.74/10万', '215.74/10万', 215.74, undefined, '/10万', 'exact', 215.74, '/10万'],
    ['孕产妇死亡率为8.5/十万', '8.5/十万', 8.5, undefined, '/10万', 'exact', 8.5, '/10万'],
    // jx-province-2026, with the contract's other range forms
    ['地区生产总值增长5%-5.5%，规模以上工业增加值增长7.3%以上', '5%-5.5%', 5, 5.5, '%', 'range', 5, '%'],
    ['增长4.5%至5%', '4.5%至5%', 4.5, 5, '%', 'range', 4.5, '%'],
    ['增长6.5%~7%', '6.5%~7%', 6.5, 7, '%', 'range', 6.5, '%'],
    // jx-province-2022-communique: footnote marker before the figure
    ['初步核算，全年地区生产总值[2]32074.7亿元，比上年增长4.7%。', '32074.7亿元', 32074.7, undefined, '亿元', 'exact', 3_207_470_000_000, '元'],
    // cn-national-1998: spaced digits and full-width signs
    ['1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元，按可', '7 4 7 7 2 亿元', 74772, undefined, '亿元', 'exact', 7_477_200_000_000, '元'],
    // the full-width ％ is named % (the text keeps it as written)
    ['经济增长速度8 ％，商品零售价格涨幅控制在3 ％以内', '3 ％以内', 3, undefined, '%', 'at-most', 3, '%'],
    ['工业增加值平均每年增长1 5 ．3 ％，产业结构', '1 5 ．3 ％', 15.3, undefined, '%', 'exact', 15.3, '%'],
    ['钢产量达到1 亿吨以上', '1 亿吨以上', 1, undefined, '亿吨', 'at-least', 1e8, '吨'],
    ['固定资产投资累计完成近1 0 万亿元。', '1 0 万亿元', 10, undefined, '万亿元', 'about', 1e13, '元'],
    // cn-national-2010: full-width percent
    ['国内生产总值增长8％左右；城镇新增就业900万人以上', '8％左右', 8, undefined, '%', 'about', 8, '%'],
    // cn-national-2019: a scale word with no unit after it is still a quantity
    ['农村贫困人口减少1386万，易地扶贫', '1386万', 1386, undefined, '万', 'exact', 13_860_000, ''],
    ['农村贫困人口减少1000万以上', '1000万以上', 1000, undefined, '万', 'at-least', 10_000_000, ''],
    // jx-province-2022-communique and county-jx-wanzai-2022-communique
    ['人口自然增长率比上年下降1.15个千分点', '1.15个千分点', 1.15, undefined, '个千分点', 'exact', 1.15, '个千分点'],
    ['PM2.5平均浓度为31μg/m³', '31μg/m³', 31, undefined, 'μg/m³', 'exact', 31, 'μg/m³'],
    ['人口出生率12.16‰', '12.16‰', 12.16, undefined, '‰', 'exact', 12.16, '‰'],
    // county-jx-wanzai-2015-communique: Chinese numerals
    ['（街道）财政收入超过五千万元', '五千万元', 5000, undefined, '万元', 'at-least', 50_000_000, '元'],
    // Chinese numeral forms the contract names
    ['治理耕地两万亩', '两万亩', 2, undefined, '万亩', 'exact', 20_000, '亩'],
    ['培训三千人', '三千人', 3000, undefined, '人', 'exact', 3000, '人'],
    ['投资十二亿三千万元', '十二亿三千万元', 1_230_000_000, undefined, '元', 'exact', 1_230_000_000, '元'],
    ['能耗下降百分之五', '百分之五', 5, undefined, '%', 'exact', 5, '%'],
    ['占比近三成，', '三成', 3, undefined, '成', 'about', 30, '%'],
    ['收入增长一倍', '一倍', 1, undefined, '倍', 'exact', 1, '倍'],
    ['约5亿元', '5亿元', 5, undefined, '亿元', 'about', 500_000_000, '元'],
    ['不低于2300人以上', '2300人以上', 2300, undefined, '人', 'at-least', 2300, '人'],
  ];

  it.each(cases)('%s → %s', (sentence, text, value, upper, unit, qualifier, normalizedValue, normalizedUnit) => {
    const figure = figureIn(sentence, text);
    expect(figure.value).toBe(value);
    expect(figure.upper).toBe(upper);
    expect(figure.unit).toBe(unit);
    expect(figure.qualifier).toBe(qualifier);
    expect(figure.normalized.value).toBe(normalizedValue);
    expect(figure.normalized.unit).toBe(normalizedUnit);
    expect(sentence.slice(figure.start, figure.end)).toBe(text);
  });

  it('keeps leading qualifier words outside text and says where they start', () => {
    const sentence = '城镇登记失业率控制在3.5%以内';
    const figure = figureIn(sentence, '3.5%以内');
    expect(sentence.slice(figure.leadStart, figure.start)).toBe('控制在');
    const near = figureIn('近14亿人口', '14亿人');
    expect(near.leadStart).toBe(0);
    expect(near.start).toBe(1);
    expect(near.qualifier).toBe('about');
  });

  it('does not read the 约 of 条约 as "about" (cn-national-1998)', () => {
    const figure = figureIn('五年来，我国缔结或者参加国际条约1 8 7 个', '1 8 7 个');
    expect(figure.qualifier).toBe('exact');
    expect(figure.leadStart).toBe(figure.start);
    expect(figureIn('高新技术企业约7.7万家', '7.7万家').qualifier).toBe('about'); // gd-province-2025
  });

  it('reads 不超过 as at-most, not as 超过', () => {
    expect(figureIn('赤字率不超过3%', '3%').qualifier).toBe('at-most');
    expect(figureIn('赤字率超过3%', '3%').qualifier).toBe('at-least');
  });

  it('finds every figure of a list, in order, without overlaps', () => {
    const sentence = '安全生产事故起数、死亡人数同比分别下降33.3%、50%。';
    expect(findFigures(sentence).map((f) => f.text)).toEqual(['33.3%', '50%']);
  });
});

describe('findFigures: what is not a figure', () => {
  // [text from the seeds, the string that must not be (part of) a figure]
  const cases: [string, string][] = [
    ['—— 2020年5月20日在利津县第十八届人民代表大会', '2020年5月20日'],
    ['—— 2020年5月20日在利津县第十八届人民代表大会', '第十八届'],
    ['第四次会议上', '第四次'],
    ['一、2019年工作回顾', '2019年'],
    ['全力推进县委“148”工作体系落实', '“148”'],
    ['(四)三大攻坚战成效显著。', '三大'],
    ['全力做好“六稳”“六保”工作', '六稳'],
    ['“十四五”时期', '十四五'],
    ['一批世界500强企业项目相继签约落地', '500'],
    ['年内县城区实现5G全覆盖，新增上云企业137家', '5G'],
    ['重点地区细颗粒物（PM2.5）浓度继续下降', '2.5'],
    ['国道220大修工程顺利完工', '220'],
    ['成功举办G20杭州峰会', '20'],
    ['（一）经济实现平稳健康发展', '（一）'],
    ['(三)乡村振兴战略深入实施', '(三)'],
    ['1.加快发展现代产业体系', '1.'],
    ['①坚持稳中求进', '①'],
    ['1-4月全县规模以上工业', '1-4月'],
    ['实施了一批实事、好事', '一批'],
    ['做到“两个维护”', '两个'],
    ['深入开展夯实基层基础三年行动', '三年'],
    ['同志分别获评2018—2021年度江西省群众', '2018—2021年'],
    ['20.2026年10件民生实事：加大', '20.2026年'],
    ['签到天数: 2 天', '2 天'],
    ['一成不变', '一成'],
    ['初步核算，全年地区生产总值[2]32074.7亿元', '[2]'],
    ['20世纪80年代以来', '80年'],
    ['ABS树脂项目', 'ABS'],
    ['发表于 2021-1-4 15:18:15', '2021-1-4'],
    // seeds/000: a road's number before 部分 (part of), not 315 部
    ['对省道315部分路段进行路面大修', '315部'],
    ['实现省道316改线工程贯通', '316'],
  ];

  it.each(cases)('%s: %s', (text, notFigure) => {
    const at = text.indexOf(notFigure);
    expect(at).toBeGreaterThanOrEqual(0);
    const notEnd = at + notFigure.length;
    for (const figure of findFigures(text)) {
      const overlaps = figure.start < notEnd && figure.end > at;
      expect(overlaps, `${figure.text} overlaps ${notFigure}`).toBe(false);
    }
  });

  it('finds nothing in empty text, punctuation or text without digits', () => {
    expect(findFigures('')).toEqual([]);
    expect(findFigures('各位代表：')).toEqual([]);
    expect(findFigures('%%%个百分点')).toEqual([]);
  });
});

describe('findFigures: names with a number are not figures', () => {
  // [sentence from the seeds (file noted), the name that must not be (part of) a figure]
  const names: [string, string][] = [
    // seeds/000 (利津 2020, preface): titles of two policy packages
    ['配套出台“支持中小企业共渡难关16条”“稳就业24条”,选派240名机关干部下沉企业一线', '16条'],
    ['配套出台“支持中小企业共渡难关16条”“稳就业24条”,选派240名机关干部下沉企业一线', '24条'],
    // seeds/000: a slogan and a work system
    ['确保实现责任主体、目标任务、工作标准、时限要求“四明确”。', '四明确'],
    ['全力推进县委“148”工作体系落实', '148'],
    // gd-province-2025
    ['出台“科技金融15条”，科技信贷', '15条'],
    ['森林抚育提升“两个200万亩”任务', '200万亩'],
    // sh-municipality-2025
    ['高水平制度型开放总体方案“80条”基本完成，', '80条'],
    ['实施减轻企业负担“20条”等政策，', '20条'],
    // the same package names without quotes (written for the pattern; the
    // corpus always quotes them)
    ['配套出台稳就业24条，', '24条'],
    ['落实金融支持15条，', '15条'],
  ];

  it.each(names)('%s: %s', (text, name) => {
    const at = text.indexOf(name);
    expect(at).toBeGreaterThanOrEqual(0);
    for (const figure of findFigures(text)) {
      expect(figure.start < at + name.length && figure.end > at, `${figure.text} overlaps ${name}`).toBe(false);
    }
  });

  // counts of 条 and other figures next to names stay: [sentence (file), figure text]
  const counts: [string, string][] = [
    ['配套出台“支持中小企业共渡难关16条”“稳就业24条”,选派240名机关干部下沉企业一线', '240名'],
    // seeds/000
    ['实施津五路北延、利五路中段贯通等6条道路建设工程', '6条'],
    ['对前南路和3条乡道进行改造提升,建设“四好农村路”21.52公里', '3条'],
    ['对前南路和3条乡道进行改造提升,建设“四好农村路”21.52公里', '21.52公里'],
    // gd-province-2025 and sh-municipality-2025
    ['“组合港”（一港通）新开行航线8条，', '8条'],
    ['实施新一轮优化营商环境58条改革举措。', '58条'],
    ['基本建成129条乡村振兴示范带', '129条'],
  ];

  it.each(counts)('%s → %s', (sentence, text) => {
    figureIn(sentence, text);
  });

  it('keeps the figures of a long quotation (a citation, not a name)', () => {
    // written for the threshold: no report of the corpus quotes a figure in a
    // quotation longer than a name
    const citation = '提出“力争到2025年粮食产量稳定在1.3万亿斤以上，耕地保有量不低于18亿亩的目标”';
    expect(findFigures(citation).map((f) => f.text)).toContain('1.3万亿斤以上');
  });
});

describe('findFigures: ranges and old typesetting', () => {
  it('reads a range whose ends use different scales in the lower end\'s unit', () => {
    // the form of cn-national-2022's "100万元至300万元" with the upper end in 亿元
    const figure = figureIn('单个项目补助5000万元至1亿元。', '5000万元至1亿元');
    expect(figure).toMatchObject({ value: 5000, upper: 10_000, unit: '万元', qualifier: 'range' });
    expect(figure.normalized).toEqual({ value: 50_000_000, upper: 100_000_000, unit: '元' });
    // cn-national-2022, same unit at both ends
    expect(figureIn('年应纳税所得额100万元至300万元部分', '100万元至300万元')).toMatchObject({ value: 100, upper: 300 });
  });

  it('never makes one range of a percentage and percentage points', () => {
    const texts = findFigures('增长5％至6个百分点').map((f) => f.text);
    expect(texts).toEqual(['5％', '6个百分点']);
  });

  it('reads 多 and 余 after spaced digits and after a bare scale word', () => {
    // cn-national-1998
    expect(figureIn('失业保险逐步扩大，3 0 0 多个城市建立了', '3 0 0 多个')).toMatchObject({
      value: 300,
      unit: '个',
      qualifier: 'at-least',
    });
    // jx-province-2026
    expect(figureIn('66个产业集群和园区开展试点，1.4万余家企业实施改造', '1.4万余家')).toMatchObject({
      value: 1.4,
      unit: '万家',
      qualifier: 'at-least',
      normalized: { value: 14_000, unit: '家' },
    });
  });
});
