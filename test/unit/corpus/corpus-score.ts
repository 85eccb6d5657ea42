// Scores the engine against the hand-written expectations of seeds/: per
// case and overall, how many headline targets come out with every field
// right, how many sampled results and targets with the right value, unit,
// indicator and kind, and how many non-figures are taken for figures.
// `npm run score` prints it; test/unit/corpus/corpus-score.test.ts holds it to the
// thresholds of the extraction issue.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeReport, signalsFromText } from '../../../src/core/analyze';
import { blocksFromText } from '../../../src/core/text';
import type { Analysis, Block, Metric } from '../../../src/core/types';
import { buildLedger, type LedgerReport } from '../../../src/core/ledger';
import { indicatorKey } from '../../../src/core/ledger-indicators';
import { checkNotFigures, locateSample, type Expected, type ExpectedMetric } from './corpus-expectations';
import { readHtmlPage } from './read-html-page';
import { repoPath } from '../../fixtures/paths';

export const SEEDS = repoPath('seeds');

export interface Tally {
  right: number;
  total: number;
}

export interface CaseScore {
  name: string;
  kind: string;
  figures: number;
  headline: Tally;
  results: Tally;
  targets: Tally;
  /** base and scope where the expectation names them */
  baseScope: Tally;
  /** non-figure phrases of the expectation that a figure overlaps */
  nonFiguresFlagged: number;
  nonFigures: number;
  /** one line per miss, for reading */
  misses: string[];
}

export interface CorpusCase {
  name: string;
  expected: Expected;
  read(): { analysis: Analysis; blocks: Block[] };
}

/** Every seeds/ case that has an expected.json, reports then pages. */
export function corpusCases(filter = ''): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const folder of ['reports', 'pages'] as const) {
    const dir = join(SEEDS, folder);
    for (const name of readdirSync(dir).sort()) {
      const where = join(dir, name);
      if (!`${folder}/${name}`.includes(filter) || !existsSync(join(where, 'expected.json'))) continue;
      const expected = JSON.parse(readFileSync(join(where, 'expected.json'), 'utf8')) as Expected;
      const read =
        folder === 'reports'
          ? () => {
              const text = readFileSync(join(where, 'report.txt'), 'utf8');
              const blocks = blocksFromText(text);
              return { analysis: analyzeReport(signalsFromText(text, name), blocks), blocks };
            }
          : () => readHtmlPage(readFileSync(join(where, 'index.html')), `http://127.0.0.1/pages/${name}/index.html`);
      cases.push({ name: `${folder}/${name}`, expected, read });
    }
  }
  return cases;
}

/** Indicators are compared as written, but for quotation marks, spaces and
 * the width of brackets, which no reader would call a different name. */
export function sameIndicator(a: string, b: string): boolean {
  // …nor for the 的 of 占Y的比重, which some write and some leave out
  const normal = (s: string): string =>
    s.replace(/[“”"‘’《》「」\s]/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/的(?=比重|比例)/g, '');
  return normal(a) === normal(b);
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a));
}

const HEADLINE_FIELDS = ['indicator', 'value', 'upper', 'unit', 'relation', 'qualifier', 'period'] as const;
/** What the issue scores results and targets on. */
const CORE_FIELDS = ['value', 'unit', 'indicator', 'kind'] as const;

function fieldMisses(want: ExpectedMetric, got: Metric, fields: readonly (keyof ExpectedMetric & keyof Metric)[]): string[] {
  const misses: string[] = [];
  for (const field of fields) {
    if (!(field in want)) continue;
    const w = want[field];
    const g = got[field];
    let same: boolean;
    if (field === 'indicator') same = typeof g === 'string' && sameIndicator(String(w), g);
    else if (typeof w === 'number' && typeof g === 'number') same = sameNumber(w, g);
    else same = w === g;
    if (!same) misses.push(`${field} ${JSON.stringify(g)} ≠ ${JSON.stringify(w)}`);
  }
  return misses;
}

function describe(metric: ExpectedMetric): string {
  return `${metric.text}${metric.near ? ` «${metric.near}»` : ''}`;
}

/** The engine's metric for an expected sample (corpus-expectations.ts). */
function findSample(want: ExpectedMetric, metrics: Metric[], blocks: Block[]): Metric | undefined {
  return locateSample(want, metrics, blocks);
}

export function scoreCase(corpusCase: CorpusCase): CaseScore {
  const { expected } = corpusCase;
  const { analysis, blocks } = corpusCase.read();
  const score: CaseScore = {
    name: corpusCase.name,
    kind: expected.detection.kind ?? (expected.detection.isReport ? 'report' : 'not-a-report'),
    figures: analysis.metrics.length,
    headline: { right: 0, total: 0 },
    results: { right: 0, total: 0 },
    targets: { right: 0, total: 0 },
    baseScope: { right: 0, total: 0 },
    nonFiguresFlagged: 0,
    nonFigures: expected.metrics?.notFigures?.length ?? 0,
    misses: [],
  };

  // headline: the statement's figures in order, every field right
  const headline = analysis.metrics.filter((m) => m.headline);
  let from = 0;
  for (const want of expected.metrics?.headline ?? []) {
    score.headline.total++;
    const at = headline.findIndex((m, i) => i >= from && m.text === want.text);
    const got = at === -1 ? undefined : headline[at];
    if (!got) {
      score.misses.push(`headline ${describe(want)}: not found among ${headline.map((m) => m.text).join(' | ') || 'none'}`);
      continue;
    }
    from = at + 1;
    const misses = fieldMisses({ kind: 'target', ...want }, got, [...HEADLINE_FIELDS, 'kind']);
    if (misses.length === 0) score.headline.right++;
    else score.misses.push(`headline ${describe(want)}: ${misses.join(', ')}`);
  }

  // a figure that measures two things at once (城乡居民人均可支配收入分别增长7.5%)
  // is written down once per indicator; the engine gives it one name, so the
  // figure counts once and is right when that name is one of them
  const groups = new Map<string, ExpectedMetric[]>();
  for (const want of expected.metrics?.sample ?? []) {
    const key = `${want.text}\u0000${want.near ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), want]);
  }
  for (const group of groups.values()) {
    const first = group[0] as ExpectedMetric;
    const tally = first.kind === 'target' ? score.targets : score.results;
    tally.total++;
    const got = findSample(first, analysis.metrics, blocks);
    if (!got) {
      score.misses.push(`${first.kind ?? 'sample'} ${describe(first)}: not found`);
      continue;
    }
    const candidates = group.map((want) => ({ want, misses: fieldMisses(want, got, CORE_FIELDS) }));
    const best = candidates.find((c) => c.misses.length === 0) ?? (candidates[0] as (typeof candidates)[number]);
    if (best.misses.length === 0) tally.right++;
    else score.misses.push(`${first.kind ?? 'sample'} ${describe(first)}: ${best.misses.join(', ')}`);
    const want = best.want;
    for (const field of ['base', 'scope'] as const) {
      if (want[field] === undefined) continue;
      score.baseScope.total++;
      if (sameIndicator(got[field] ?? '', want[field] ?? '')) score.baseScope.right++;
      else score.misses.push(`${field} of ${describe(want)}: ${JSON.stringify(got[field])} ≠ ${JSON.stringify(want[field])}`);
    }
  }

  const flagged = checkNotFigures(expected, analysis.metrics, blocks);
  score.nonFiguresFlagged = flagged.length;
  score.misses.push(...flagged.map((line) => `not a figure: ${line}`));
  return score;
}

export function addTallies(tallies: Tally[]): Tally {
  return tallies.reduce((sum, t) => ({ right: sum.right + t.right, total: sum.total + t.total }), { right: 0, total: 0 });
}

export function ratio(tally: Tally): number {
  return tally.total === 0 ? 1 : tally.right / tally.total;
}

interface ExpectedLedgerHalf {
  report: string;
  text: string;
  near: string;
}

interface ExpectedLedgerRow {
  indicator: string;
  year: number;
  target: ExpectedLedgerHalf;
  outcome: ExpectedLedgerHalf | null;
  status: string;
}

export interface LedgerScore {
  name: string;
  rows: Tally;
  misses: string[];
}

/** Each seeds/ledger/<name>/expected.json against the ledger built from its
 * reports: a row is right when its target, its outcome (or the lack of one)
 * and its status are those written down. */
export function scoreLedgers(filter = ''): LedgerScore[] {
  const dir = join(SEEDS, 'ledger');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.includes(filter) && existsSync(join(dir, name, 'expected.json')))
    .sort()
    .map((name) => {
      const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as { reports: string[]; rows: ExpectedLedgerRow[] };
      const reports: LedgerReport[] = expected.reports.map((folder) => {
        const text = readFileSync(join(SEEDS, 'reports', folder, 'report.txt'), 'utf8');
        const analysis = analyzeReport(signalsFromText(text, folder), blocksFromText(text));
        const { detection } = analysis;
        return { source: folder, title: detection.title, jurisdiction: detection.jurisdiction, year: detection.year, kind: detection.kind, metrics: analysis.metrics };
      });
      const ledger = buildLedger(reports);
      const source = (index: number | undefined): string => (index === undefined ? '' : (ledger.reports[index]?.source ?? ''));
      const score: LedgerScore = { name: `ledger/${name}`, rows: { right: 0, total: 0 }, misses: [] };
      for (const want of expected.rows) {
        score.rows.total++;
        const row = ledger.rows.find(
          (r) =>
            r.year === want.year &&
            indicatorKey(r.indicator) === indicatorKey(want.indicator) &&
            r.target?.text === want.target.text &&
            source(r.target?.report) === want.target.report,
        );
        const label = `${want.year} ${want.indicator} ${want.target.text}`;
        if (!row) {
          score.misses.push(`${label}: no row`);
          continue;
        }
        // the outcome by its value: a figure's text keeps its qualifier (5.3%以下),
        // which some readers leave off
        const wantOutcome = want.outcome as (ExpectedLedgerHalf & { value?: number }) | null;
        const outcomeRight =
          wantOutcome === null
            ? row.outcome === null
            : row.outcome !== null && source(row.outcome.report) === wantOutcome.report && (row.outcome.text === wantOutcome.text || row.outcome.value === wantOutcome.value);
        if (outcomeRight && row.status === want.status) score.rows.right++;
        else score.misses.push(`${label}: outcome ${row.outcome?.text ?? 'none'} ${row.status} ≠ ${want.outcome?.text ?? 'none'} ${want.status}`);
      }
      return score;
    });
}
