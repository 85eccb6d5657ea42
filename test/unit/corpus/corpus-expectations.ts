// Compares what the engine found with an expected.json written by reading
// the page (format: seeds/README.md). Each check returns the differences
// as sentences, so a failing test says what is wrong in words.
import type { Analysis, Block, Metric, OutlineNode } from '../../../src/core/types';

export interface ExpectedMetric {
  text: string;
  near?: string;
  indicator?: string;
  value?: number;
  upper?: number;
  unit?: string;
  relation?: string;
  qualifier?: string;
  kind?: string;
  period?: number | null;
  headline?: boolean;
  base?: string;
  scope?: string;
}

export interface Expected {
  source?: string;
  detection: { isReport: boolean | null; kind?: string; title?: string; jurisdiction?: string; year?: number };
  outline?: { level1?: string[]; level2Counts?: number[]; level2Titles?: Record<string, string[]>; appendix?: string[] };
  metrics?: { headline?: ExpectedMetric[]; sample?: ExpectedMetric[]; notFigures?: string[] };
  page?: { hidden?: string[]; visible?: string[] };
}

const METRIC_FIELDS = ['indicator', 'value', 'upper', 'unit', 'relation', 'qualifier', 'kind', 'period', 'headline'] as const;

function describeMetric(metric: Metric): string {
  return `${metric.text} [${metric.indicator} ${metric.relation} ${metric.qualifier} ${metric.kind}${metric.headline ? ' headline' : ''} ${metric.period ?? '-'}]`;
}

function fieldDifferences(expected: ExpectedMetric, actual: Metric): string[] {
  const differences: string[] = [];
  for (const field of METRIC_FIELDS) {
    if (!(field in expected)) continue;
    const want = expected[field];
    const got = actual[field];
    const same = typeof want === 'number' && typeof got === 'number' ? Math.abs(want - got) < 1e-9 * Math.max(1, Math.abs(want)) : want === got;
    if (!same) differences.push(`${expected.text}: ${field} is ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
  }
  return differences;
}

export function checkDetection(expected: Expected, analysis: Analysis): string[] {
  const differences: string[] = [];
  const { detection } = analysis;
  if (expected.detection.isReport !== null && detection.isReport !== expected.detection.isReport) {
    differences.push(`isReport is ${detection.isReport} (score ${detection.score.toFixed(2)}), expected ${expected.detection.isReport}`);
  }
  // a title is right when it holds the one written down, spaces aside: the
  // engine may add the year and place the title line leaves to the text
  // (政 府 工 作 报 告 → 2013年海拉尔区政府工作报告)
  const compact = (value: unknown): string => String(value).replace(/\s/g, '');
  for (const field of ['kind', 'title', 'jurisdiction', 'year'] as const) {
    const want = expected.detection[field];
    const same = field === 'title' ? compact(detection.title).includes(compact(want)) : detection[field] === want;
    if (want !== undefined && !same) {
      differences.push(`${field} is ${JSON.stringify(detection[field])}, expected ${JSON.stringify(want)}`);
    }
  }
  return differences;
}

export function checkOutline(expected: Expected, outline: OutlineNode[]): string[] {
  const want = expected.outline;
  if (!want) return [];
  const differences: string[] = [];
  const main = outline.filter((node) => !node.appendix);
  const titles = main.map((node) => node.title);
  if (want.level1 && JSON.stringify(titles) !== JSON.stringify(want.level1)) {
    differences.push(`level-1 titles are ${JSON.stringify(titles)}, expected ${JSON.stringify(want.level1)}`);
  }
  const counts = main.map((node) => node.children.length);
  if (want.level2Counts && JSON.stringify(counts) !== JSON.stringify(want.level2Counts)) {
    differences.push(`level-2 counts are ${JSON.stringify(counts)}, expected ${JSON.stringify(want.level2Counts)}`);
  }
  for (const [index, childTitles] of Object.entries(want.level2Titles ?? {})) {
    const got = main[Number(index)]?.children.map((child) => child.title) ?? [];
    if (JSON.stringify(got) !== JSON.stringify(childTitles)) {
      differences.push(`level-2 titles of section ${index} are ${JSON.stringify(got)}, expected ${JSON.stringify(childTitles)}`);
    }
  }
  if (want.appendix) {
    const appendix = outline.filter((node) => node.appendix).map((node) => node.title);
    if (JSON.stringify(appendix) !== JSON.stringify(want.appendix)) {
      differences.push(`appendix titles are ${JSON.stringify(appendix)}, expected ${JSON.stringify(want.appendix)}`);
    }
  }
  return differences;
}

export function checkHeadline(expected: Expected, metrics: Metric[]): string[] {
  const want = expected.metrics?.headline;
  if (!want) return [];
  const got = metrics.filter((metric) => metric.headline);
  const differences: string[] = [];
  if (got.map((m) => m.text).join(' | ') !== want.map((m) => m.text).join(' | ')) {
    differences.push(`headline figures are ${JSON.stringify(got.map(describeMetric))}, expected ${JSON.stringify(want.map((m) => m.text))}`);
  }
  want.forEach((expectedMetric, index) => {
    const actual = got[index];
    if (actual && actual.text === expectedMetric.text) {
      differences.push(...fieldDifferences({ kind: 'target', ...expectedMetric }, actual));
    }
  });
  return differences;
}

/** The engine's metric for an expected sample: the one with its text inside
 * the occurrence of `near` (the first in the line when near says nothing). */
export function locateSample(want: ExpectedMetric, metrics: Metric[], blocks: Block[]): Metric | undefined {
  const candidates = metrics.filter(
    (metric) => metric.text === want.text && (!want.near || (blocks[metric.block]?.text ?? '').includes(want.near)),
  );
  if (!want.near) return candidates[0];
  const inside = candidates.find((metric) => {
    const text = blocks[metric.block]?.text ?? '';
    for (let at = text.indexOf(want.near ?? ''); at !== -1; at = text.indexOf(want.near ?? '', at + 1)) {
      if (metric.start >= at && metric.end <= at + (want.near?.length ?? 0)) return true;
    }
    return false;
  });
  return inside ?? candidates[0];
}

export function checkSample(expected: Expected, metrics: Metric[], blocks: Block[]): string[] {
  const differences: string[] = [];
  for (const want of expected.metrics?.sample ?? []) {
    const actual = locateSample(want, metrics, blocks);
    if (!actual) {
      const sameText = metrics.filter((metric) => metric.text.includes(want.text) || want.text.includes(metric.text));
      differences.push(`${want.text} (near ${want.near ?? '-'}) not found${sameText.length ? `; similar: ${sameText.slice(0, 3).map(describeMetric).join(', ')}` : ''}`);
      continue;
    }
    differences.push(...fieldDifferences(want, actual));
  }
  return differences;
}

export function checkNotFigures(expected: Expected, metrics: Metric[], blocks: Block[]): string[] {
  const differences: string[] = [];
  const byBlock = new Map<number, Metric[]>();
  for (const metric of metrics) byBlock.set(metric.block, [...(byBlock.get(metric.block) ?? []), metric]);
  for (const phrase of expected.metrics?.notFigures ?? []) {
    blocks.forEach((block, index) => {
      for (let at = block.text.indexOf(phrase); at !== -1; at = block.text.indexOf(phrase, at + 1)) {
        const overlapping = (byBlock.get(index) ?? []).filter((m) => m.start < at + phrase.length && m.end > at);
        for (const metric of overlapping) differences.push(`"${phrase}" is (part of) the figure ${describeMetric(metric)}`);
      }
    });
  }
  return differences;
}
