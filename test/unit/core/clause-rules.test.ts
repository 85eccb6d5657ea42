// The naming rules of clause-words.ts and extract-chain.ts, rule by rule, on
// sentences of the corpus (the report each comes from is named), each rule
// with cases it must match and cases it must leave alone.
import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../../src/core/extract';
import { findFigures } from '../../../src/core/figures';
import { readArabicNumber } from '../../../src/core/numbers';
import { buildOutline } from '../../../src/core/outline';
import type { Detection, Metric } from '../../../src/core/types';

function detection(kind: Detection['kind'], jurisdiction: string | null = null): Detection {
  return { isReport: true, kind, title: '', jurisdiction, year: 2025, score: 1 };
}
const work = detection('work-report');
const budget = detection('budget-report');

function figure(sentence: string, text: string, det = work): Metric {
  const found = extractMetrics([{ text: sentence }], [], det).find((m) => m.text === text);
  if (!found) throw new Error(`${text} not found in ${sentence}`);
  return found;
}

type Case = [rule: string, sentence: string, text: string, indicator: string, det?: Detection];

describe('the clause chain carries its subject', () => {
  it.each<Case>([
    ['a change after a level', '全年实现地区生产总值221.46亿元，同比增长7.9%', '7.9%', '地区生产总值'], // discuz-lijin-2020
    ['a level, a change and a growth of one account', '一般公共预算收入完成1313726万元，比上年增加53177万元，增长9.3%', '9.3%', '一般公共预算收入'],
    ['a completion rate is of the item named before', '实际完成1313726万元，为调整预算的102.4%，增长9.3%。', '102.4%', '', budget], // city-ha-sanmenxia-2019-budget, no subject in the sentence
    ['a 达到 level after a growth is the level', '地区生产总值增长7.5%,达到326.4亿元;', '326.4亿元', '地区生产总值'], // county-nm-hailar-2017
    ['the same unit carries the subject of that unit', '发生各类生产经营性伤亡事故20起，死亡21人，同比减少7起。', '7起', '生产经营性伤亡事故'], // county
    ['a bare measure takes the chain subject', '粮食播种面积稳定在1.2亿亩、产量1285万吨以上', '1285万吨以上', '粮食产量'],
    ['a verb before 房 names housing, and the chain carries it', '续建安置房7550套，新开工1000套以上', '1000套以上', '安置房'], // hl-province-2026-gwr
    ['value is added by the industry, not its enterprises', '规模以上工业企业达7.6万家、增加值增长3%', '3%', '规模以上工业增加值'], // gd-province-2026-gwr
    ['a sibling measure gives way to the measure after it', '地产蔬菜种植面积达到2万亩，产量达到15万吨', '15万吨', '地产蔬菜产量'], // county-nm-hailar-2014-gwr
    ['完成投资 after a 、 is done by what comes before it', '大力实施城市更新行动、完成投资220亿元', '220亿元', '城市更新行动完成投资'], // hi-province-2026-gwr
    ['总投资 is the chain subject\'s', '建设“四单合一”产业项目3800个，总投资1万亿元以上', '1万亿元以上', '四单合一产业项目总投资'], // hl-province-2026-gwr
    ['a clause without a figure that names a measure is the next one\'s subject', '对中亚五国、东盟进出口分别增长37.2％、19％，全省进出口总值创历史新高，达到5379亿元、增长18.5％', '5379亿元', '进出口总值'], // sn-province-2026-gwr
    ['…also first in its sentence', '经济总量跨过两个万亿元大关、超过6万亿元', '6万亿元', '经济总量'], // sc-province-2026-gwr
    ['but not a scope before the figure', '全年地区生产总值8651.7亿元，按不变价格计算，比上年增长6.0%', '6.0%', '地区生产总值'], // city-he-shijiazhuang-2025-communique
    ['nor a clause that does something to a measure', '一般公共预算收入1283130万元，执行中部分县按程序调整了收入，实际完成1313726万元', '1313726万元', '一般公共预算收入', budget], // city-ha-sanmenxia-2019-budget
    ['a change of the subject is of all of it', '全年居民消费价格比上年上涨0.6%，涨幅比上年缩小0.2个百分点', '0.2个百分点', '居民消费价格涨幅'], // city-hn-changsha-2025-communique
  ])('%s', (_rule, sentence, text, indicator, det = work) => {
    expect(figure(sentence, text, det).indicator).toBe(indicator);
  });

  it.each<Case>([
    ['a new subject starts a new chain', '城镇新增就业1244万人，城镇调查失业率平均为5.2%。', '5.2%', '城镇调查失业率'], // cn-national-2024
    ['a new sentence starts a new chain', '地区生产总值增长5%。城镇新增就业6128人。', '6128人', '城镇新增就业'],
  ])('but not when %s', (_rule, sentence, text, indicator) => {
    expect(figure(sentence, text).indicator).toBe(indicator);
  });
});

describe('relations', () => {
  it.each<[rule: string, sentence: string, text: string, relation: Metric['relation']]>([
    ['a rate that quickened rose', '规模以上工业增加值增长5.1%，增速比上年加快0.3个百分点', '0.3个百分点', 'increase'],
    ['a rate that slowed fell', '全市进出口增长8%，增速放缓1.2个百分点', '1.2个百分点', 'decrease'],
    ['a fall that narrowed fell', '工业品出厂价格下降2.2%，降幅收窄1.6个百分点', '1.6个百分点', 'decrease'],
    ['加快 opening a clause is a work verb', '要加快建设100个重点项目', '100个', 'level'],
    ['放缓 opening a clause says nothing of the count', '放缓审批的项目30个', '30个', 'level'],
  ])('%s', (_rule, sentence, text, relation) => {
    expect(figure(sentence, text).relation).toBe(relation);
  });
});

describe('base and scope, as written', () => {
  it.each([
    ['比上年 is the base of the changes after it', '年末常住人口488403人，比上年末增加353人，增长0.1%', '0.1%', 'base', '上年末'],
    ['为调整预算的 is the base of a completion rate', '实际完成1313726万元，为调整预算的102.4%', '102.4%', 'base', '调整预算'],
    ['占 names the whole of a share', '工业机器人产量增长31.2%、占全国44%', '44%', 'base', '全国'], // gd-province-2025
    ['a scope clause holds for the rest of the sentence', '按不变价格计算，比上年增长5.3%', '5.3%', 'scope', '按不变价格计算'],
    ['an adjustment is a scope', '剔除虚增空转因素后完成10.4亿元', '10.4亿元', 'scope', '剔除虚增空转因素后'], // county-nm-hailar-2018
    ['规模以上 in a name is its scope', '规模以上工业增加值增长9.2%', '9.2%', 'scope', '规模以上'],
  ] as const)('%s', (_rule, sentence, text, field, value) => {
    expect(figure(sentence, text)[field]).toBe(value);
  });

  it.each([
    ['同比 names no base', '规模以上工业增加值同比增长9.2%', '9.2%', 'base'],
    ['a completion base does not carry to the growth after it', '实际完成1313726万元，为调整预算的102.4%，增长9.3%。', '9.3%', 'base'],
    ['a level has no base', '年末常住人口488403人，比上年末增加353人', '488403人', 'base'],
  ] as const)('%s', (_rule, sentence, text, field) => {
    expect(figure(sentence, text)[field]).toBeUndefined();
  });
});

describe('a share\'s whole, written once', () => {
  const sentence = '第一产业增加值占地区生产总值比重为6.6%；第二产业增加值比重为27.8%；第三产业增加值比重为65.6%。年末城镇人口比重为60%。';
  it('carries over the clauses of its sentence', () => {
    // city-he-shijiazhuang-2025-communique; city-xj-hami-2025-communique writes the same with ，
    expect(figure(sentence, '27.8%')).toMatchObject({ indicator: '第二产业增加值占地区生产总值比重', base: '地区生产总值' });
    expect(figure(sentence.replace(/；/g, '，'), '65.6%').indicator).toBe('第三产业增加值占地区生产总值比重');
  });

  it('but not into the next sentence', () => {
    expect(figure(sentence, '60%').indicator).toBe('城镇人口比重');
  });

  it('names a share written as 占 alone, a level of the clause chain\'s subject', () => {
    // city-ln-yingkou-2025-communique
    const investment = '全年第一产业投资比上年下降58.2%，占固定资产投资的比重为1.4%；第二产业投资下降27.1%，占61.0%。';
    expect(figure(investment, '61.0%')).toMatchObject({ indicator: '第二产业投资占固定资产投资比重', relation: 'level', base: '固定资产投资' });
  });
});

describe('what is not the thing measured', () => {
  it.each<Case>([
    ['a verb of making before a count', '新建公厕28座', '28座', '公厕'], // the extraction issue's own example
    ['an adverb with its verb', '全面完成1074户危旧房屋的新建、维修、拆除工作', '1074户', '危旧房屋'], // county-nm-hailar-2018
    ['a relative clause and a year inside', '省财政厅核定我市2019年政府债务限额1865009万元', '1865009万元', '政府债务限额'], // city-ha-sanmenxia-2019-budget
    ['examples before 等', '完成旧城道路等城市主次干道61条', '61条', '城市主次干道'], // county-nm-hailar-2018
    ['the report\'s own place', '泉州市区新建商品住宅销售价格同比下降2.3%', '2.3%', '新建商品住宅销售价格', detection('statistical-communique', '泉州市')],
    ['a verb inside cuts who did it', '具有资质等级的总承包和专业承包建筑企业完成建筑业总产值增长0.8%', '0.8%', '建筑业总产值'], // city-fj-quanzhou-2025-communique
    ['but a reform task is not a reform', '全年完成43项改革任务', '43项', '改革任务'], // county-nm-hailar-2018-gwr
    ['a task is what is done', '完成40期国家援外培训任务', '40期', '国家援外培训'],
    ['a building task is the thing built', '年内完成2万平方米仓储库、400亩大棚建设任务', '400亩', '大棚'], // county-nm-hailar-2016
    ['a renovation task counted is the renovation', '全年完成棚户区改造任务2619户', '2619户', '棚户区改造'], // county-nm-hailar-2015
    ['a time phrase', '年底前全面完成棚户区改造3800户', '3800户', '棚户区改造'],
    ['占有率 is no share', '重点行业场所替代品占有率达84%', '84%', '重点行业场所替代品占有率'], // hi-province-2026-gwr
    ['供应 and 新创建 are verbs', '筹措供应“新时代城市建设者管理者之家”床位3万张以上', '3万张以上', '新时代城市建设者管理者之家床位'], // sh-municipality-2026-gwr
    ['a verb before a list', '实施住宅小区、道路、下立交积水改善工程52个', '52个', '住宅小区、道路、下立交积水改善工程'], // sh-municipality-2026-gwr
    ['an amount after a counted noun, with 的 and its own noun', '全力完成今年66个重点项目54亿元的投资计划', '54亿元', '投资计划'], // county-nm-hailar-2016-gwr
    ['the same verb done before to a noun of the sentence', '拟连续几年发行超长期特别国债，专项用于国家重大战略实施，今年先发行1万亿元', '1万亿元', '超长期特别国债'], // cn-national-2024-gwr
    ['a preposition\'s phrase, up to the verb', '围绕市委二十件大事要事抽选30个项目', '30个', '项目'], // city-sx-lvliang-2025-budget
    ['given to us is named after us', '中央和省对我市一般公共预算转移支付272.94亿元', '272.94亿元', '一般公共预算转移支付', budget], // city-sx-lvliang-2025-budget
    ['who did it where, inside the clause, up to the verb', '全区健儿在国际国内大赛喜摘奖牌111枚', '111枚', '奖牌'], // xz-province-2026-gwr
    ['where it is done, up to the verb', '在14个市州城区和兰州新区增补义务教育学位2万个', '2万个', '义务教育学位'], // gs-province-2026-gwr
    ['examples before the quoted name of their group', '新能源汽车、光伏产品、锂电池“新三样”出口增长69.4%', '69.4%', '新三样出口'], // sc-province-2026-gwr
    ['a modifier before 的, after the count', '建成4座现代化的垃圾中转站', '4座', '垃圾中转站'], // county-nm-hailar-2017
    ['新增 before the count is part of the measure', '新增50家以上先进智能工厂', '50家以上', '新增先进智能工厂'], // sh-municipality-2026-gwr
    ['digits joined to a letter are part of the noun', '新建成的4个4S店', '4个', '4S店'], // county-nm-hailar-2014-gwr
    ['who cleared and found them is not the thing counted', '2025年全市财政系统清理查找问题1262个，完成整改1055个', '1055个', '问题', budget], // city-hn-yiyang-2025-budget
    ['a verb inside the clause cuts what came before', '省内转化重大科技成果662项', '662项', '重大科技成果'], // hl-province-2026-gwr
    ['an event after 的 is not what is counted', '2015年空港旅客吞吐量实现183万人次的历史性突破', '183万人次', '空港旅客吞吐量'], // county-nm-hailar-2016-gwr
    ['trains run are counted in 列, and 开行 is the verb', '中欧班列（西安）开行6037列、增长21.1％', '21.1％', '中欧班列（西安）'], // sn-province-2026-gwr
    ['a verb after the counted noun', '年内实现5家以上企业入驻', '5家以上', '企业'], // county-nm-hailar-2016
    ['突破 after the counted noun', '6个县市区突破10亿元', '6个', '县市区'], // city-hn-yiyang-2025-budget
    ['技术改造 after the counted noun', '推动1万家工业企业技术改造', '1万家', '工业企业'], // gd-province-2026-gwr
    ['提供 after the counted noun', '为全市934户市场主体提供融资担保服务', '934户', '市场主体'], // city-hn-yiyang-2025-budget
    ['创建 after the counted noun', '完成9所标准化学校创建', '9所', '标准化学校'], // county-nm-hailar-2016-gwr
    ['支持 after the noun of an amount', '增发1万亿元国债支持灾后恢复重建', '1万亿元', '国债'], // cn-national-2024-gwr
    ['用于 after the noun of an amount', '安排3000万元专项资金用于乡村振兴', '3000万元', '专项资金'],
    ['装修 after the counted noun', '年内完成335座保暖房装修', '335座', '保暖房'], // county-nm-hailar-2017-gwr
    ['改善 after the counted noun', '支持20所普通高中改善办学条件', '20所', '普通高中'], // gs-province-2026-gwr
    ['people counted by what they do', '年末全市共有0.15万人享受城市最低生活保障', '0.15万人', '享受城市最低生活保障人数'], // city-xj-hami-2025-communique
    ['a phase is no thing measured', '完成二期170万平方米供热改造', '170万平方米', '供热改造'], // county-nm-hailar-2015-gwr
    ['but a verb that opens a noun is the noun', '实施3000个技改项目', '3000个', '技改项目'],
    ['a clause that only says where', '东山组团城市框架初步形成，组团内9条主次干道实现通车', '9条', '主次干道'], // county-nm-hailar-2015-gwr
    ['审批事项 is the matters, not a verb', '削减审批事项62项', '62项', '审批事项'], // county-nm-hailar-2016-gwr
    ['the predicate 有', '今年，我区初步安排的重点调度项目有66个', '66个', '重点调度项目'], // county-nm-hailar-2016
    ['qualities listed before 的', '打造40个吸引力强、带动面广的消费场景', '40个', '消费场景'], // sc-province-2026-gwr
  ])('%s', (_rule, sentence, text, indicator, det = work) => {
    expect(figure(sentence, text, det).indicator).toBe(indicator);
  });

  it.each<Case>([
    ['a verb that makes a name with its noun', '建设用地供应1.2万亩', '1.2万亩', '建设用地供应'],
    ['供应链 is a noun', '产业链供应链项目30个', '30个', '产业链供应链项目'],
    ['新建 in the name of a statistic', '新建商品住宅销售价格同比下降2.3%', '2.3%', '新建商品住宅销售价格'],
    ['an adverb that is part of the noun', '实施重点项目47个', '47个', '重点项目'], // county-nm-hailar-2018
    ['inside and outside together', '境内外上市公司总量达1224家', '1224家', '境内外上市公司总量'],
    ['examples of a noun too short to name anything alone', '改造水热气等管网3656公里', '3656公里', '水热气等管网'], // hl-province-2026-gwr
    ['转化 in a name', '科技成果转化企业新增1013家', '1013家', '科技成果转化企业'],
    ['a statistical basis in parentheses is a note', '进出口总额（海关口径）2776亿元，折合401.9亿美元', '401.9亿美元', '进出口总额'], // city-hn-changsha-2025-communique
    ['a formula in parentheses is a note', '货物进出口顺差（出口减进口）比上年增加0.35亿美元', '0.35亿美元', '货物进出口顺差'], // city-xj-hami-2025-communique
    ['a 化 before the verb makes one term', '完成1.6万户特殊困难家庭适老化改造', '1.6万户', '特殊困难家庭适老化改造'], // sn-province-2026-gwr
    ['verbs listed with 、 are one doing', '全年共新建、改建公路148.54公里', '148.54公里', '公路'], // city-fj-quanzhou-2025-communique
    ['有 before every level and kind', '全市有各级各类学校684所', '684所', '学校'], // city-ln-yingkou-2025-communique
    ['who at every level does it', '2019年全市各级政府和部门一般性支出均压减10%以上', '10%以上', '一般性支出'], // city-ha-sanmenxia-2019-budget
    ['存在 is no 在', '存在问题12个', '12个', '存在问题'],
    ['再 of 再就业', '城镇新增就业6790人，再就业1582人', '1582人', '再就业'], // county-nm-hailar-2017
    ['等 inside a word', '中等职业学校17所', '17所', '中等职业学校'], // city-fj-quanzhou-2025
    ['新增 before the noun counts the new ones', '新增城镇就业1.12万人', '1.12万人', '新增城镇就业'],
    ['a measure after 投入 keeps its whole name', '研发投入强度3.6%左右', '3.6%左右', '研发投入强度'], // gd-province-2025
    ['开发区 is a noun', '开发区和工业园区由162个整合为123个', '123个', '开发区和工业园区'], // sn-province-2026-gwr
    ['a short alternative in parentheses goes with the counted noun', '实施3000个老旧小区、120个老旧街区（厂区）改造', '120个', '老旧街区（厂区）'], // sc-province-2026-gwr
    ['of every level and kind says nothing', '建成各级各类概念验证中心和中试熟化平台230个以上', '230个以上', '概念验证中心和中试熟化平台'], // sc-province-2026-gwr
    ['but 各类 in a statistic\'s name stays', '亿元GDP各类安全事故死亡人数0.0089人', '0.0089人', '亿元GDP各类安全事故死亡人数'],
    ['a noun before 的 and what was done to it', '完成16条背街巷道的综合整治', '16条', '背街巷道'],
    ['nouns listed after counts', '新建大棚320个、仓储库2万平方米', '2万平方米', '仓储库'],
  ])('keeps %s', (_rule, sentence, text, indicator) => {
    expect(figure(sentence, text).indicator).toBe(indicator);
  });
});

describe('lists', () => {
  it.each<Case>([
    ['分别 with a head joined by 和', '城镇和农村居民人均可支配收入分别提高到58794元和23184元。', '23184元', '农村居民人均可支配收入'],
    ['城乡 is 城镇 and 农村', '城乡居民人均可支配收入分别增长7%左右和8%左右', '8%左右', '农村居民人均可支配收入'], // xz-province-2026
    ['later items measure the first item\'s subject', '安全生产事故起数、死亡人数同比分别下降33.3%、50%。', '50%', '安全生产事故死亡人数'],
    ['存贷款 is deposits and loans', '金融机构本外币存贷款余额分别突破1.5万亿元、1.4万亿元', '1.4万亿元', '金融机构本外币贷款余额'],
    ['nouns sharing one figure are named together', '诊所、卫生所、医务室3003个', '3003个', '诊所、卫生所、医务室'], // city-fj-quanzhou-2025
    ['as many figures as listed nouns, the subject shared', '国内游客人次、总花费增长5.6％、7.5％', '7.5％', '国内游客总花费'], // sn-province-2026
    ['a class of the breakdown', '重点项目105个，其中工业类3个、城市建设类28个', '28个', '城市建设类重点项目'], // county-nm-hailar-2017
    ['a part of the population named alone', '居民恩格尔系数为32.5%，其中城镇为30.6%，农村为38.3%', '38.3%', '农村居民恩格尔系数'], // city-fj-quanzhou-2025-communique
    ['a grade of the chain\'s noun', '国家高新技术企业2730家，其中国家级2个', '2个', '国家级国家高新技术企业'],
    ['a grade of a noun named with grades', '全年共实施省、市各级各类科技计划项目522项，其中省级112项、市级410项', '410项', '市级科技计划项目'], // city-fj-quanzhou-2025-communique
    ['the entries of a list are counted', '入选各级非物质文化遗产项目名录733项，其中世界级8项，国家级36项', '36项', '国家级非物质文化遗产项目'], // city-fj-quanzhou-2025-communique
    ['the total after the new ones is of all of them', '新增境内外上市公司45家、总量达1224家', '1224家', '境内外上市公司'], // gd-province-2026-gwr
    ['a total reached after the new ones', '新增经济总量超200亿元县2个、达到29个', '29个', '经济总量超200亿元县'], // sn-province-2026-gwr
    ['a per-head base keeps what it has', '每千人拥有3岁以下婴幼儿托位数4.59个', '4.59个', '每千人拥有3岁以下婴幼儿托位数'], // gs-province-2026-gwr
    ['a scope opening the list holds for every item', '限额以上通讯器材、家用电器、新能源汽车零售额分别增长40.9％、27.1％、30.6％', '27.1％', '限额以上家用电器零售额'], // sn-province-2026-gwr
    ['a per-head base opening the list holds for every item', '每千人托位、养老床位数分别达到4.7个、27.3张', '27.3张', '每千人养老床位数'], // sn-province-2026-gwr
    ['存、贷款 is 存款 and 贷款 of one holder', '金融机构本外币存、贷款余额分别突破1.5万亿元、1.4万亿元', '1.5万亿元', '金融机构本外币存款余额'], // hi-province-2026-gwr
    ['a second 分别 hands out the same nouns again', '城乡居民人均可支配收入从2021年的46503元和16935元分别提高到58794元和23184元', '58794元', '城镇居民人均可支配收入'], // xz-province-2026-gwr
    ['分别 hands out the nouns of the clause before', '企业退休人员基本养老金、城镇低保标准、社区干部生活补贴和环卫工人工资再次提高，月人均分别提高221元、90元、350元和300元', '350元', '社区干部生活补贴'], // county-nm-hailar-2013-gwr
    ['an owner opening the first item holds for all', '主要工业企业二氧化硫排放量与化学需氧量排放量比2010年分别降低5.2%和11.5%', '11.5%', '主要工业企业化学需氧量排放量'], // county-nm-hailar-2016-gwr
    ['trade with each partner listed', '对共建“一带一路”国家、非洲、欧洲出口分别增长11.6%、28.4%、10.5%', '28.4%', '对非洲出口'], // hl-province-2026-gwr
    ['内外资 is 内资 and 外资', '实际使用内外资分别增长10％、6.4％', '6.4％', '实际使用外资'], // sn-province-2026-gwr
    ['numeral heads, the ordinal written once', '第一、二、三产业对经济增长的贡献率分别为3.8%、28.5%和67.7%', '28.5%', '第二产业对经济增长的贡献率'], // city-hn-changsha-2025-communique
    ['two numeral heads with the ordinal written once', '第二、三产业增加值分别为20亿元和30亿元', '20亿元', '第二产业增加值'],
    ['numeral heads sharing one figure', '全市社区卫生服务中心预约二、三级医院专家号源31.3万个、增长46.1%', '31.3万个', '二、三级医院专家号源'], // sh-municipality-2026-gwr
    ['numeral heads, no ordinal at all', '一、二、三产业增加值分别为10亿元、20亿元和30亿元', '10亿元', '第一产业增加值'],
    ['short whole heads before a longer one', '原煤、原油、天然气产量分别达到7000万吨、1280万吨、10亿立方米', '1280万吨', '原油产量'], // gs-province-2026-gwr
    ['产业增加值 is shared whole', '有色冶金、石化化工、装备制造产业增加值年均分别增长17.8%、4.8%、9.9%', '4.8%', '石化化工产业增加值'], // gs-province-2026-gwr
    ['but an industry named 业 takes 增加值 alone', '装备制造业、高技术制造业、战略性新兴产业增加值分别增长6.8%、12.3%、7.8%', '12.3%', '高技术制造业增加值'],
    ['whole heads of different lengths share the measure', '农业、工业、服务业增加值分别增长3%、5%和6%', '3%', '农业增加值'],
    ['a short head replaces the last head\'s start', '城镇、农村居民人均可支配收入分别增长5%和6%', '5%', '城镇居民人均可支配收入'],
  ])('%s', (_rule, sentence, text, indicator) => {
    expect(figure(sentence, text).indicator).toBe(indicator);
  });

  it('a completion rate of a task keeps the task as its base', () => {
    expect(figure('全年新增就业5300人，分别完成目标任务的117%', '117%').base).toBe('目标任务');
  });

  it('新增 opens a list of counts, but not past a ，', () => {
    expect(figure('新增规上工业企业1494家、专精特新中小企业1003户', '1003户').indicator).toBe('新增专精特新中小企业');
    expect(figure('全年新增城区绿地面积144亩、造林面积5845亩', '5845亩').indicator).toBe('新增造林面积'); // county-nm-hailar-2017-gwr
    expect(figure('全年实现新增就业5300人、再就业1500人', '1500人').indicator).toBe('再就业'); // county-nm-hailar-2016-gwr
    expect(figure('新增就业5300人、城镇登记失业率3%', '3%').indicator).toBe('城镇登记失业率');
    // city-hn-yiyang-2025-budget: 新增 of a later item opens nothing
    expect(figure('预计到位超长期特别国债资金28.6亿元、新增一般债券14.3亿元、上级竞争性资金144亿元', '144亿元').indicator).toBe('上级竞争性资金');
    expect(figure('新增高新技术和科技型中小企业60家，培育认定创新型、专精特新中小企业110家', '110家').indicator).toBe('创新型、专精特新中小企业'); // xz-province-2026-gwr
  });

  it('a clause before without a list hands out nothing', () => {
    expect(figure('经济运行稳中有进，分别增长5%和6%', '6%').indicator).toBe('');
  });

  it('a 、 between figures is no shared list: each figure has its noun', () => {
    expect(figure('新建成蔬菜大棚320个、仓储库2万平方米', '2万平方米').indicator).toBe('仓储库'); // county-nm-hailar-2017
  });
});

describe('budget reports', () => {
  it.each<Case>([
    ['支出预算 in an account\'s paragraph is that account\'s expenditure', '一般公共预算收入完成1313726万元。年初支出预算合计1945474万元', '1945474万元', '一般公共预算支出', budget],
    ['the level of the budget is kept', '市本级一般公共预算收入年初预算为160000万元。支出预算为354925万元', '354925万元', '市本级一般公共预算支出', budget],
    ['a restated budget is the year\'s target', '人代会批准的2019年一般公共预算收入年初预算合计1283130万元', '1283130万元', '一般公共预算收入', budget],
  ])('%s', (_rule, sentence, text, indicator, det = budget) => {
    expect(figure(sentence, text, det).indicator).toBe(indicator);
  });

  it('marks a restated budget as a target and the execution as a result', () => {
    const metrics = extractMetrics([{ text: '一般公共预算收入年初预算合计1283130万元，实际完成1313726万元。' }], [], budget);
    expect(metrics.map((m) => m.kind)).toEqual(['target', 'actual']);
  });
});

describe('numbers that measure nothing', () => {
  it.each([
    ['a bound on a class', '完成500万元以上固定资产投资项目', '500万元以上'],
    ['a bound before 的', '年主营业务收入2000万元及以上的工业企业', '2000万元及以上'], // jx-yichun-2022-communique
    ['an age bounding a class', '为全区60岁以上在籍老人免费办理意外伤害保险', '60岁以上'], // county-nm-hailar-2017
    ['service hours', '公园24小时开放', '24小时'],
    ['a size class', '建成20万吨级泊位', '20万吨'], // hi-province-2026
    ['the bar a count passed', '6个县市区突破10亿元', '10亿元'], // city-hn-yiyang-2025-budget
    ['a package of rules named by its number', '严格落实中央八项规定、自治区28条配套规定', '28条'], // county-nm-hailar-2016
  ])('%s', (_rule, sentence, text) => {
    expect(findFigures(sentence).map((f) => f.text)).not.toContain(text);
  });

  it.each([
    ['a bound that is itself the target', '新增规模以上工业企业100家以上，', '100家以上'], // the extraction issue's own example
    ['a share of a class is a figure', '90%以上的行政村实现通客车', '90%以上'],
    ['a count of more than N', '谋划和储备200个以上重大项目', '200个以上'], // sh-municipality-2025
    ['a level at a new stage', '城市经济规模进入了5万亿元以上的新阶段', '5万亿元以上'], // sh-municipality-2025
    ['life expectancy is an age that measures', '人均预期寿命达到78.5岁', '78.5岁'],
    ['a count of policy measures', '推出8个方面90项政策措施', '90项'], // cn-national-2020
  ])('keeps %s', (_rule, sentence, text) => {
    expect(findFigures(sentence).map((f) => f.text)).toContain(text);
  });
});

describe('numbers as typed', () => {
  it.each([
    ['a stray space after a separator', '3,594, 026万元', 3594026],
    ['ordinary separators', '1,731,600万元', 1731600],
  ])('reads %s', (_case, text, value) => {
    expect(readArabicNumber(text, 0)?.value).toBe(value);
  });

  it('keeps a list "5, 600" as two numbers', () => {
    expect(readArabicNumber('5, 600', 0)?.value).toBe(5);
  });

  it('reads a negative figure with its sign', () => {
    expect(findFigures('年度收支结余-16966万元').map((f) => [f.text, f.value])).toEqual([['-16966万元', -16966]]); // city-ha-sanmenxia-2018-budget
    expect(findFigures('增长7%-8%').map((f) => f.text)).toEqual(['7%-8%']);
  });
});

describe('a paragraph\'s owner', () => {
  const communique = { ...work, kind: 'statistical-communique' as const };
  it.each<Case>([
    ['enterprises own a profit', '全年全市规模以上工业企业营业收入2224.97亿元，比上年增长12.4%；利润总额95.37亿元，下降5.8%。', '95.37亿元', '规模以上工业企业利润总额'], // city-ln-yingkou-2025-communique
    ['enterprises written before a measure no head names', '全年规模以上工业企业每百元营业收入中的成本为86.91元；营业收入利润率5.6%，下降0.3个百分点。', '5.6%', '规模以上工业企业营业收入利润率'],
    ['a population owns the parts of its income', '城镇居民人均可支配收入48647元，比上年增长5.8%，其中，工资性收入31496元，增长6.9%；经营净收入4022元，长3.0%。', '4022元', '城镇居民人均经营净收入'], // city-xj-hami-2025-communique
    ['a population owns a per-head income', '城镇居民人均可支配收入52000元，增长5%；人均消费支出31000元。', '31000元', '城镇居民人均消费支出'],
  ])('%s', (_rule, sentence, text, indicator) => {
    expect(extractMetrics([{ text: sentence }], [], communique).find((m) => m.text === text)?.indicator).toBe(indicator);
  });

  it('gives no profit to a population, nor an income to enterprises', () => {
    const sentence = '城镇居民人均可支配收入52000元；利润总额95.37亿元。规模以上工业企业营业收入2224亿元；人均消费支出31000元。';
    const named = extractMetrics([{ text: sentence }], [], communique);
    expect(named.find((m) => m.text === '95.37亿元')?.indicator).toBe('利润总额');
    expect(named.find((m) => m.text === '31000元')?.indicator).toBe('人均消费支出');
  });

  it('brings its scope', () => {
    const sentence = '全年全市规模以上工业企业营业收入2224.97亿元；利润总额95.37亿元。';
    expect(extractMetrics([{ text: sentence }], [], communique).find((m) => m.text === '95.37亿元')?.scope).toBe('规模以上');
  });
});

describe('a header naming the measure of its breakdown', () => {
  const sentence = '全年规模以上工业企业主要产品产量中，生铁1444.6万吨，下降0.8%；粗钢1518.3万吨，增长0.3%。'; // city-ln-yingkou-2025-communique
  it('gives it to every category of the list, over its ；', () => {
    expect(figure(sentence, '1444.6万吨').indicator).toBe('生铁产量');
    expect(figure(sentence, '1518.3万吨').indicator).toBe('粗钢产量');
  });
  it('but a header that names no measure adds nothing', () => {
    expect(figure('全市学校中，小学120所。', '120所').indicator).toBe('小学');
  });
});

describe('words that make a figure a goal', () => {
  it('are not the 要 of 主要 nor the 将 of 将近', () => {
    const sentence = '主要产品中，生铁1444.6万吨，将近上年的两倍。';
    expect(extractMetrics([{ text: '三、2025年工作回顾以外' }, { text: sentence }], [], work).find((m) => m.text === '1444.6万吨')?.kind).toBe('actual');
  });
  it('but 要 alone is', () => {
    expect(figure('全年要新建公厕28座。', '28座').kind).toBe('target');
  });
});

describe('a paragraph looking back inside the part that plans', () => {
  const blocks = [
    { text: '一、2025年工作回顾' },
    { text: '全市生产总值增长5.4%。' },
    { text: '二、关于“十五五”规划纲要（草案）的说明' },
    { text: '“十四五”时期，上海发展历程极不寻常。这五年，全员劳动生产率提高到42万元/人以上，单位生产总值能耗累计下降14%。' },
    { text: '“十五五”时期，全员劳动生产率要提高到50万元/人。' },
  ];
  // sh-municipality-2026-gwr: the 十四五 paragraph sits in the section on the 十五五 plan
  const metrics = extractMetrics(blocks, buildOutline(blocks), { ...work, year: 2026 });
  const byText = (text: string) => metrics.find((m) => m.text === text);

  it('gives results of the stretch\'s last year', () => {
    expect(byText('42万元/人以上')).toMatchObject({ kind: 'actual', period: 2025 });
    expect(byText('14%')).toMatchObject({ kind: 'actual', period: 2025 });
  });

  it('but a plan period still ahead is planned', () => {
    expect(byText('50万元/人')).toMatchObject({ kind: 'target' });
  });
});
