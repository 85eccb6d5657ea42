// Units of measure as Chinese government reports write them, and how each one
// maps onto a base unit. Scale words (万, 亿, 万亿, 千) in front of a unit are
// composed here rather than listed one by one, so that "亿千瓦时" or "万人次"
// work without an entry of their own.

export type UnitCategory =
  | 'money'
  | 'ratio'
  | 'area'
  | 'length'
  | 'mass'
  | 'volume'
  | 'energy'
  | 'time'
  | 'concentration'
  | 'count';

export interface UnitInfo {
  /** the unit's name, scale word included: "亿元"; a variant spelling is
   * named by its usual form ("％" is "%") */
  unit: string;
  /** the unit exactly as written in the text: "％" */
  written: string;
  /** the unit values are normalized to: "元" */
  base: string;
  /** multiply a value in `unit` by this to get it in `base` */
  factor: number;
  category: UnitCategory;
  /** counting words and durations: a Chinese numeral with one of these is
   * usually an idiom (一批, 两个维护, 三年行动), so it needs a larger number to
   * count as a figure */
  classifier: boolean;
}

interface BaseUnit {
  unit: string;
  category: UnitCategory;
  /** scale words cannot stand in front (no "万%") */
  scalable: boolean;
  classifier?: boolean;
  /** a unit that is itself a multiple of another base, e.g. 公斤 = 1000 克 is
   * not needed, but 成 = 10 % is */
  base?: string;
  factor?: number;
  /** another spelling of the unit named here: ％ is %, 百分点 is 个百分点 */
  spellingOf?: string;
}

const BASE_UNITS: readonly BaseUnit[] = [
  // money: 元 and foreign currencies; 万元/亿元/万亿元 come from the scale words
  { unit: '元', category: 'money', scalable: true },
  { unit: '美元', category: 'money', scalable: true },
  { unit: '港元', category: 'money', scalable: true },
  { unit: '欧元', category: 'money', scalable: true },
  // ratios are kept as written: a percentage and a percentage-point change are
  // different quantities and must never be merged
  { unit: '%', category: 'ratio', scalable: false },
  { unit: '％', category: 'ratio', scalable: false, spellingOf: '%' },
  { unit: '‰', category: 'ratio', scalable: false },
  // rates per 100,000 people in health statistics: 报告发病率215.74/10万, 孕产妇死亡率8.5/10万
  { unit: '/10万', category: 'ratio', scalable: false },
  { unit: '/十万', category: 'ratio', scalable: false, spellingOf: '/10万' },
  { unit: '个百分点', category: 'ratio', scalable: false },
  { unit: '百分点', category: 'ratio', scalable: false, spellingOf: '个百分点' },
  { unit: '个千分点', category: 'ratio', scalable: false },
  { unit: '千分点', category: 'ratio', scalable: false, spellingOf: '个千分点' },
  { unit: '成', category: 'ratio', scalable: false, base: '%', factor: 10 },
  { unit: '倍', category: 'ratio', scalable: false },
  // area
  { unit: '亩', category: 'area', scalable: true },
  { unit: '平方米', category: 'area', scalable: true },
  { unit: '平方公里', category: 'area', scalable: true },
  { unit: '公顷', category: 'area', scalable: true },
  // length
  { unit: '公里', category: 'length', scalable: true },
  { unit: '千米', category: 'length', scalable: true, base: '公里', factor: 1 },
  { unit: '米', category: 'length', scalable: true },
  // mass and volume
  { unit: '吨', category: 'mass', scalable: true },
  { unit: '斤', category: 'mass', scalable: true },
  { unit: '公斤', category: 'mass', scalable: true },
  { unit: '千克', category: 'mass', scalable: true, base: '公斤', factor: 1 },
  { unit: '立方米', category: 'volume', scalable: true },
  // 天然气产量10亿方: 方 is the cubic metre of gas and water statistics
  { unit: '方', category: 'volume', scalable: true, base: '立方米', factor: 1 },
  { unit: '标箱', category: 'volume', scalable: true },
  { unit: '标准箱', category: 'volume', scalable: true, base: '标箱', factor: 1 },
  // energy and power
  { unit: '千瓦时', category: 'energy', scalable: true },
  { unit: '千瓦', category: 'energy', scalable: true },
  { unit: '度', category: 'energy', scalable: false, classifier: true },
  // energy consumption in coal equivalent: 综合能源消费量1522.1万吨标准煤
  { unit: '吨标准煤', category: 'energy', scalable: true },
  // transport turnover: 公路货物运输周转量151.95亿吨公里, 旅客周转量20.1亿人公里
  { unit: '吨公里', category: 'count', scalable: true },
  { unit: '人公里', category: 'count', scalable: true },
  // temperature (年平均气温14.8℃)
  { unit: '℃', category: 'concentration', scalable: false },
  // air quality (PM2.5 平均浓度为31μg/m³)
  { unit: 'μg/m³', category: 'concentration', scalable: false },
  { unit: '微克/立方米', category: 'concentration', scalable: false },
  { unit: '微克每立方米', category: 'concentration', scalable: false },
  // a scale word with nothing after it still makes a quantity: 减少1386万,
  // 1000万以上; its base is a plain number, named ""
  { unit: '万亿', category: 'count', scalable: false, classifier: true, base: '', factor: 1e12 },
  { unit: '亿', category: 'count', scalable: false, classifier: true, base: '', factor: 1e8 },
  { unit: '万', category: 'count', scalable: false, classifier: true, base: '', factor: 1e4 },
  // durations; a year as a date is rejected by the figure finder, not here
  { unit: '天', category: 'time', scalable: false, classifier: true },
  { unit: '个月', category: 'time', scalable: false, classifier: true },
  { unit: '个工作日', category: 'time', scalable: false, classifier: true },
  { unit: '工作日', category: 'time', scalable: false, classifier: true },
  { unit: '小时', category: 'time', scalable: true, classifier: true },
  { unit: '年', category: 'time', scalable: false, classifier: true },
  { unit: '岁', category: 'time', scalable: false, classifier: true },
  // counts with their classifiers
  ...[
    '人', '人次', '家', '个', '项', '户', '套', '处', '座', '所', '名', '件', '条', '批', '次',
    '辆', '台', '张', '支', '部', '艘', '架', '宗', '位', '只', '头', '株', '棵', '间', '栋',
    '场', '种', '篇', '册', '床', '家次', '起', '例', '枚', '块', '项次', '笔', '款', '期', '头只', '台(件)', '台（件）',
    '头（只）', '头(只)',
    // trains run (中欧班列开行6037列) and flights flown (起降12万架次)
    '列', '架次',
  ].map((unit): BaseUnit => ({ unit, category: 'count', scalable: true, classifier: true })),
];

/** Scale words that can stand between a number and its unit. Longest first so
 * that 万亿 wins over 万. 千 and 百 only scale (千人, 百亿元 is written as
 * 百亿 + 元 by the numeral parser) where no base unit starts with them. */
const SCALE_WORDS: readonly { word: string; factor: number }[] = [
  { word: '万亿', factor: 1e12 },
  { word: '亿', factor: 1e8 },
  { word: '万', factor: 1e4 },
  { word: '千', factor: 1e3 },
];

function buildUnitTable(): Map<string, UnitInfo> {
  const table = new Map<string, UnitInfo>();
  for (const b of BASE_UNITS) {
    const name = b.spellingOf ?? b.unit;
    const base = b.base ?? name;
    const factor = b.factor ?? 1;
    const classifier = b.classifier ?? false;
    table.set(b.unit, { unit: name, written: b.unit, base, factor, category: b.category, classifier });
    if (!b.scalable) continue;
    for (const s of SCALE_WORDS) {
      const unit = s.word + b.unit;
      // an explicit base unit (千瓦, 千米) wins over the composed reading
      if (table.has(unit)) continue;
      table.set(unit, { unit, written: unit, base, factor: factor * s.factor, category: b.category, classifier });
    }
  }
  return table;
}

const UNIT_TABLE = buildUnitTable();

/** Units grouped by first character, longest first, so a lookup at a position
 * costs a handful of startsWith calls and never scans the table. */
const UNITS_BY_FIRST_CHAR: Map<string, UnitInfo[]> = (() => {
  const index = new Map<string, UnitInfo[]>();
  for (const info of UNIT_TABLE.values()) {
    const first = info.written.charAt(0);
    const list = index.get(first) ?? [];
    list.push(info);
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.written.length - a.written.length);
  return index;
})();

/** The longest unit written at `offset` in `text`, or null. */
export function matchUnitAt(text: string, offset: number): UnitInfo | null {
  const candidates = UNITS_BY_FIRST_CHAR.get(text.charAt(offset));
  if (!candidates) return null;
  for (const info of candidates) {
    if (text.startsWith(info.written, offset)) return info;
  }
  return null;
}

export function lookupUnit(unit: string): UnitInfo | null {
  return UNIT_TABLE.get(unit) ?? null;
}

/** A value in `unit` expressed in the unit's base; units not in the table are
 * returned unchanged. Rounded to 12 significant digits so that 221.46亿元
 * becomes 22146000000 and not 22146000000.000004. */
export function normalizeQuantity(
  value: number,
  unit: string,
  upper?: number,
): { value: number; upper?: number; unit: string } {
  const info = lookupUnit(unit);
  if (!info) return upper === undefined ? { value, unit } : { value, upper, unit };
  const scaled = roundSignificant(value * info.factor);
  if (upper === undefined) return { value: scaled, unit: info.base };
  return { value: scaled, upper: roundSignificant(upper * info.factor), unit: info.base };
}

function roundSignificant(n: number): number {
  if (!Number.isFinite(n) || n === 0) return n;
  return Number(n.toPrecision(12));
}
