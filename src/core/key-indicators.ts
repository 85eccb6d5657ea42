// Which figures a reader of a report looks for first. An analyst opening a
// work report or a communiqué reads the economy's few headline statistics
// (growth, the budget, investment, consumption, trade, incomes, jobs,
// prices, grain, energy) before anything else; the page and the sidebar
// give those weight, and the plain counts (12个项目, 27家企业, 2批) the least.
//
// Names are matched as the ledger matches them (ledger-indicators.ts: the
// equivalents of each statistic, place prefixes and 全社会 dropped), after the
// budget's level words (市本级, 区级) are dropped too: a county's 区本级固定资产投资
// is still its fixed-asset investment.
import { indicatorKey } from './ledger-indicators';
import type { Metric } from './types';

/** The key statistics by the ledger's name for them, with the names the
 * ledger's table does not know (the budget's spending side, 经济增长速度). */
const KEY_STATISTICS: readonly { key: string; names?: readonly string[] }[] = [
  { key: '地区生产总值', names: ['经济增长速度', '经济增长率', '地区生产总值增速'] },
  { key: '一般公共预算收入' },
  {
    key: '一般公共预算支出',
    names: ['一般公共预算支出', '地方一般公共预算支出', '公共财政预算支出', '一般公共财政预算支出', '公共财政支出', '地方财政一般预算支出'],
  },
  { key: '财政总收入' },
  { key: '固定资产投资' },
  { key: '社会消费品零售总额' },
  { key: '进出口总额', names: ['进出口总值', '外贸进出口总值', '货物进出口总值'] },
  { key: '规模以上工业增加值' },
  { key: '居民人均可支配收入', names: ['城乡居民人均可支配收入', '城乡居民可支配收入'] },
  { key: '城镇居民人均可支配收入' },
  { key: '农村居民人均可支配收入' },
  { key: '城镇新增就业' },
  { key: '城镇调查失业率' },
  { key: '城镇登记失业率' },
  { key: '居民消费价格' },
  { key: '粮食产量' },
  { key: '单位地区生产总值能耗' },
];

/** The named list, for the README and the tests: each key statistic under
 * the name the ledger gives it. */
export const KEY_INDICATORS: readonly string[] = KEY_STATISTICS.map((statistic) => statistic.key);

const KEYS = new Set(KEY_INDICATORS);
const EXTRA_NAMES = new Map<string, string>();
for (const statistic of KEY_STATISTICS) for (const name of statistic.names ?? []) EXTRA_NAMES.set(name, statistic.key);

/** The level of government a budget figure belongs to: the statistic is the
 * same whether the city's own (市本级) or the whole city's. */
const LEVEL_PREFIX = /^(?:[市区县旗州省]本级|[市区县旗州省]级|本级)/;
/** 涨幅 and 指数 name how a price is measured, not another statistic. */
const MEASURE_SUFFIX = /(?:涨幅|指数|增速|增长率)$/;

/** Answers already given: a report names the same indicators many times
 * (the 100,000-character bench page ~900 figures over a few hundred names),
 * and each answer is a chain of regular-expression replacements that cost
 * ~3.5 ms of the annotation's task there, cold. Bounded, for the background
 * and the command line, which read many reports in one process. */
const KEY_CACHE = new Map<string, string | null>();
const KEY_CACHE_LIMIT = 4096;

/** The key statistic an indicator names, or null. */
export function keyIndicatorOf(indicator: string): string | null {
  const known = KEY_CACHE.get(indicator);
  if (known !== undefined) return known;
  const key = findKeyIndicator(indicator);
  if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
  KEY_CACHE.set(indicator, key);
  return key;
}

function findKeyIndicator(indicator: string): string | null {
  const name = indicator.trim();
  if (!name) return null;
  for (const candidate of new Set([name, name.replace(LEVEL_PREFIX, '')])) {
    const direct = EXTRA_NAMES.get(candidate) ?? indicatorKey(candidate);
    if (KEYS.has(direct)) return direct;
    const stripped = candidate.replace(MEASURE_SUFFIX, '');
    const measured = EXTRA_NAMES.get(stripped) ?? indicatorKey(stripped);
    if (stripped !== candidate && KEYS.has(measured)) return measured;
  }
  return null;
}

export function isKeyIndicator(indicator: string): boolean {
  return keyIndicatorOf(indicator) !== null;
}

/** Units that count things (projects, firms, batches, schools): a figure in
 * one of them, unless a key statistic or a headline target, is one of many. */
export const COUNT_UNITS: ReadonlySet<string> = new Set([
  '个', '家', '项', '批', '件', '所', '条', '座', '套', '张', '辆', '台', '部', '处', '场', '种', '类',
  '枚', '起', '次', '人次', '只', '头', '栋', '间', '册', '宗', '块', '支', '艘', '架', '株', '期', '款',
  '户', '名', '位', '例', '篇', '轮', '届', '片', '颗',
]);

/** strong: a headline target or a key statistic; quiet: a plain count;
 * normal: every other result and target. */
export type Emphasis = 'strong' | 'normal' | 'quiet';

export function emphasisOf(metric: Pick<Metric, 'headline' | 'indicator' | 'unit' | 'normalized'>): Emphasis {
  if (metric.headline || isKeyIndicator(metric.indicator)) return 'strong';
  if (COUNT_UNITS.has(metric.normalized.unit) || COUNT_UNITS.has(metric.unit)) return 'quiet';
  return 'normal';
}
