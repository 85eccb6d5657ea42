// The extraction issue's measures, on every report of the corpus: headline
// targets with every field right, results and plan targets with the right
// value, unit, indicator and kind, no non-figure taken for a figure, and
// budget reports no worse than the others. `npm run score` prints the same
// numbers per report. The issue asks for 97% of results and 95% of plan
// targets; the engine names 97.0% (1507/1553) and 95.3% (542/569) today, so
// the floors are the issue's own.
const RESULTS_FLOOR = 0.97;
const TARGETS_FLOOR = 0.95;
import { describe, expect, it } from 'vitest';
import { addTallies, corpusCases, ratio, scoreCase, scoreLedgers, type CaseScore } from './corpus-score';

const scores: CaseScore[] = corpusCases()
  .filter((c) => c.expected.detection.isReport)
  .map(scoreCase);

const sum = (list: CaseScore[], pick: (s: CaseScore) => CaseScore['results']) => addTallies(list.map(pick));
const misses = (list: CaseScore[], prefix: RegExp) =>
  list.flatMap((s) => s.misses.filter((m) => prefix.test(m)).map((m) => `${s.name}: ${m}`));

describe('extraction over the whole corpus', () => {
  it('finds every headline target with every field right', () => {
    expect(misses(scores, /^headline/)).toEqual([]);
  });
  it(`names at least ${RESULTS_FLOOR * 100}% of the sampled results right (value, unit, indicator, kind)`, () => {
    expect(ratio(sum(scores, (s) => s.results))).toBeGreaterThanOrEqual(RESULTS_FLOOR);
  });
  it(`names at least ${TARGETS_FLOOR * 100}% of the sampled plan targets right`, () => {
    expect(ratio(sum(scores, (s) => s.targets))).toBeGreaterThanOrEqual(TARGETS_FLOOR);
  });
  it('takes no non-figure for a figure', () => {
    expect(misses(scores, /^not a figure/)).toEqual([]);
  });
  it('does no worse on budget reports than on the others', () => {
    const budget = scores.filter((s) => s.kind === 'budget-report');
    const others = scores.filter((s) => s.kind !== 'budget-report');
    const both = (list: CaseScore[]) => ratio(addTallies([sum(list, (s) => s.results), sum(list, (s) => s.targets)]));
    expect(budget.length).toBeGreaterThanOrEqual(4);
    expect(both(budget)).toBeGreaterThanOrEqual(both(others));
  });
});

describe('the ledger over the corpus\'s consecutive reports', () => {
  it('sets at least 95% of the headline targets written down beside the right outcome, with the right status', () => {
    const ledgers = scoreLedgers();
    expect(ledgers.length).toBeGreaterThanOrEqual(7);
    expect(ratio(addTallies(ledgers.map((l) => l.rows)))).toBeGreaterThanOrEqual(0.95);
  });
});
