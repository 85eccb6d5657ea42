// Which indicators are the same statistic across years and wordings, for the
// ledger that sets each year's target beside the next year's outcome. Reports
// rename their figures (公共财政预算收入 became 一般公共预算收入 in 2015; 农民人均
// 纯收入 gave way to 农村居民人均可支配收入), and name them with or without the
// place (全省生产总值). One table of equivalents, each group with why; names
// not in it match only themselves, once normalised.

interface Equivalence {
  /** the group's name in the ledger */
  key: string;
  names: readonly string[];
  /** a figure kept under a ceiling (prices, unemployment, deficits): lower is
   * met, never "exceeded" */
  cap?: boolean;
}

const EQUIVALENTS: readonly Equivalence[] = [
  // GDP under its regional, national and municipal names, and the growth
  // targets that say only 经济增长
  { key: '地区生产总值', names: ['地区生产总值', '生产总值', '国内生产总值', 'GDP', '全市生产总值', '全省生产总值', '经济增长', '经济增速'] },
  // the general budget's revenue, before and after the 2014 budget law renamed it
  {
    key: '一般公共预算收入',
    names: ['一般公共预算收入', '地方一般公共预算收入', '公共财政预算收入', '地方公共财政预算收入', '一般公共财政预算收入', '公共财政收入', '地方财政一般预算收入'],
  },
  { key: '财政总收入', names: ['财政总收入', '地方财政总收入'] },
  // incomes: the urban and rural halves are kept apart, and apart from the whole
  { key: '居民人均可支配收入', names: ['居民人均可支配收入', '全体居民人均可支配收入'] },
  { key: '城镇居民人均可支配收入', names: ['城镇居民人均可支配收入', '城镇常住居民人均可支配收入', '城镇居民可支配收入'] },
  {
    key: '农村居民人均可支配收入',
    // 农民人均纯收入 is the rural income statistic the 2013 survey reform replaced
    names: ['农村居民人均可支配收入', '农村常住居民人均可支配收入', '农村牧区常住居民人均可支配收入', '农村居民可支配收入', '农民人均纯收入'],
  },
  { key: '居民消费价格', names: ['居民消费价格', '居民消费价格涨幅', '居民消费价格指数', 'CPI', '消费价格涨幅'], cap: true },
  { key: '城镇调查失业率', names: ['城镇调查失业率', '调查失业率'], cap: true },
  { key: '城镇登记失业率', names: ['城镇登记失业率', '登记失业率'], cap: true },
  { key: '赤字率', names: ['赤字率', '财政赤字率'], cap: true },
  { key: '城镇新增就业', names: ['城镇新增就业', '新增城镇就业', '新增就业', '城镇新增就业人数'] },
  { key: '固定资产投资', names: ['固定资产投资', '全社会固定资产投资', '固定资产投资（不含农户）'] },
  { key: '社会消费品零售总额', names: ['社会消费品零售总额', '社会消费品零售额'] },
  { key: '进出口总额', names: ['进出口总额', '外贸进出口总额', '货物进出口总额', '进出口', '外贸进出口', '货物贸易进出口总额'] },
  { key: '规模以上工业增加值', names: ['规模以上工业增加值', '规上工业增加值', '规模以上工业企业增加值'] },
  {
    key: '单位地区生产总值能耗',
    names: ['单位地区生产总值能耗', '单位国内生产总值能耗', '单位生产总值能耗', '单位GDP能耗', '万元GDP能耗', '能耗强度'],
  },
  { key: '粮食产量', names: ['粮食产量', '粮食总产量', '粮食总产'] },
  { key: '研发经费投入强度', names: ['研发经费投入强度', '研发投入强度', '全社会研发投入强度', '全社会研发经费投入强度'] },
];

/** Words a name may carry that change nothing in what it measures: the place
 * (全省生产总值), 全社会, quotation marks, spaces. */
const PLACE_PREFIX = /^(?:全国|全省|全市|全区|全县|全州|全盟|全旗|我省|我市|我区|我县)/;
const NOISE = /[“”"‘’《》「」\s]/g;

const BY_NAME = new Map<string, Equivalence>();
for (const group of EQUIVALENTS) for (const name of group.names) BY_NAME.set(name, group);

function normalise(name: string): string {
  return name
    .replace(NOISE, '')
    .replace(PLACE_PREFIX, '')
    .replace('全社会', '')
    .replace(/额$/, '')
    .replace(CITY_LEVEL, '市级')
    .replace(SOCIAL_INSURANCE, '社会保险基金')
    .replace(ACCOUNT_BUDGET, '$1$2')
    .replace(GENERAL_BUDGET_SIDE, '$1一般公共预算$2');
}

/** In a budget report 收入 and 支出 alone are the general budget's. */
const GENERAL_BUDGET_SIDE = /^(市级|县级|区级)?(收入|支出)$/;

/** Budget reports call the city's own budget 市级 and 市本级 alike. */
const CITY_LEVEL = /^市本级/;
const SOCIAL_INSURANCE = /社保基金/;
/** 政府性基金预算收入 and 政府性基金收入 are one account's revenue. */
const ACCOUNT_BUDGET = /(政府性基金|国有资本经营|社会保险基金)预算(收入|支出)/;

/** The ledger's name for an indicator: its group's key, or itself normalised. */
export function indicatorKey(name: string): string {
  const plain = name.replace(NOISE, '');
  return (BY_NAME.get(plain) ?? BY_NAME.get(normalise(plain)))?.key ?? normalise(plain);
}

/** Whether the indicator is kept under a ceiling (居民消费价格, 失业率, 赤字率). */
export function isCap(key: string): boolean {
  return EQUIVALENTS.some((group) => group.key === key && group.cap === true);
}

/** 城乡居民人均可支配收入分别增长7.5%: one target for both halves. */
export function halvesOf(key: string): string[] {
  const both = /^城乡居民(人均)?可支配收入$/.exec(key);
  return both ? ['城镇居民人均可支配收入', '农村居民人均可支配收入'] : [key];
}
