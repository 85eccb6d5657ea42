// What the sidebar of a report says beside its figures from the library:
// beside each headline target, last year's target for the same indicator and
// how it turned out ("去年目标 6.5%左右 · 实际 7.9% · 超额完成"); beside each
// result of the review part, the target it answers ("目标 6.5%左右"). Both
// come from the ledger (buildLedger) over the report and the library's other
// reports of its jurisdiction.

import { buildLedger, type LedgerMetric, type LedgerReport, type LedgerRow, type LedgerStatus } from './ledger';
import { halvesOf, indicatorKey, isCap } from './ledger-indicators';
import type { Qualifier, Relation } from './types';
import { lookupUnit } from './units';

export interface LedgerNote {
  /** 'last-year': beside a headline target; 'answers': beside a result */
  kind: 'last-year' | 'answers';
  /** the year the target was set for */
  year: number;
  target: { text: string; qualifier: Qualifier };
  outcome: { text: string } | null;
  status: LedgerStatus;
}

/** Notes by metric id. */
export type LedgerNotes = Record<string, LedgerNote>;

export type IdentifiedReport = Omit<LedgerReport, 'metrics'> & { metrics: readonly (LedgerMetric & { id: string })[] };

const RATES = new Set(['%', '‰', '个百分点']);

/** What a figure measures, for telling last year's growth target from its
 * level target of the same indicator: a change or a level, in which unit
 * family. A cap's 涨幅3%左右 (a level) and 上涨2% (a change) are one measure. */
function measureOf(figure: { relation: Relation; unit: string }, key: string): string {
  const unit = RATES.has(figure.unit) ? figure.unit : (lookupUnit(figure.unit)?.base ?? figure.unit);
  const change = figure.relation !== 'level' && !(isCap(key) && figure.unit === '%');
  return `${change ? 'change' : 'level'}:${unit}`;
}

function note(kind: LedgerNote['kind'], row: LedgerRow): LedgerNote | null {
  if (!row.target) return null;
  return {
    kind,
    year: row.year,
    target: { text: row.target.text, qualifier: row.target.qualifier },
    outcome: row.outcome ? { text: row.outcome.text } : null,
    status: row.status,
  };
}

/** The notes for `current`, given the library's other reports (older copies
 * of `current` itself left out by the caller). Reports of other
 * jurisdictions are ignored; no notes without a jurisdiction and a year. */
export function ledgerNotes(current: IdentifiedReport, library: readonly LedgerReport[]): LedgerNotes {
  const notes: LedgerNotes = {};
  const { jurisdiction, year } = current;
  if (!jurisdiction || year === null) return notes;
  const others = library.filter((report) => report.jurisdiction === jurisdiction);
  if (others.length === 0) return notes;
  const self = others.length;
  const ledger = buildLedger([...others, current]);

  for (const metric of current.metrics) {
    if (metric.kind !== 'target' || !metric.headline) continue;
    const keys = halvesOf(indicatorKey(metric.indicator));
    const lastYear = ledger.rows.find(
      (row) =>
        row.year === year - 1 &&
        row.target !== null &&
        row.target.report !== self &&
        keys.includes(row.indicator) &&
        measureOf(row.target, row.indicator) === measureOf(metric, row.indicator),
    );
    const made = lastYear ? note('last-year', lastYear) : null;
    if (made) notes[metric.id] = made;
  }

  for (const row of ledger.rows) {
    const outcome = row.outcome;
    if (!outcome || outcome.report !== self || row.target?.report === self) continue;
    for (const metric of current.metrics) {
      if (metric.kind !== 'actual' || notes[metric.id] || metric.text !== outcome.text || metric.sentence !== outcome.sentence) continue;
      const made = note('answers', row);
      if (made) notes[metric.id] = made;
    }
  }
  return notes;
}
