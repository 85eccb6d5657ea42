// The ledger: each target a government set for year N (its report delivered
// in N, or the draft of a budget report) beside the outcome for N that a later
// report gives, per jurisdiction and indicator, with a status. The JSON is
// `report-lens-ledger/1` (README, "The ledger"); the same rows serve the
// command line (--ledger) and the extension's ledger page.

import type { Metric, Qualifier, Relation, ReportKind } from './types';
import { halvesOf, indicatorKey, isCap } from './ledger-indicators';
import { lookupUnit } from './units';

export type LedgerStatus = 'met' | 'exceeded' | 'missed' | 'no-outcome' | 'no-target';

/** What the ledger needs of a metric: a Metric, or a metric of the export. */
export type LedgerMetric = Pick<
  Metric,
  'text' | 'base' | 'scope' | 'value' | 'upper' | 'unit' | 'normalized' | 'indicator' | 'relation' | 'qualifier' | 'kind' | 'headline' | 'period' | 'sentence'
>;

export interface LedgerReport {
  source: string;
  title: string;
  jurisdiction: string | null;
  year: number | null;
  kind: ReportKind | null;
  metrics: readonly LedgerMetric[];
}

export interface LedgerTarget {
  text: string;
  value: number;
  upper: number | null;
  unit: string;
  relation: Relation;
  qualifier: Qualifier;
  sentence: string;
  /** index into the ledger's reports */
  report: number;
}

export interface LedgerOutcome {
  text: string;
  value: number;
  unit: string;
  relation: Relation;
  sentence: string;
  report: number;
}

export interface LedgerRow {
  jurisdiction: string;
  indicator: string;
  year: number;
  target: LedgerTarget | null;
  outcome: LedgerOutcome | null;
  status: LedgerStatus;
}

export interface Ledger {
  schema: 'report-lens-ledger/1';
  reports: { source: string; title: string; jurisdiction: string | null; year: number | null; kind: ReportKind | null }[];
  rows: LedgerRow[];
}

export const LEDGER_SCHEMA = 'report-lens-ledger/1';

/** How far 左右 reaches (README, "Status rules"): half a point for rates, 2%
 * of the target for levels and amounts. */
export const RATE_BAND = 0.5;
export const LEVEL_BAND_SHARE = 0.02;
const RATE_UNITS = new Set(['%', '‰', '个百分点']);

/** The totals of a budget draft, which are its main targets: the four
 * accounts' 收入 and 支出, of the whole jurisdiction or its own level. */
const BUDGET_TOTAL = /^(?:市本级|市级|县本级|县级|区本级|区级|本级)?(?:一般公共预算|政府性基金预算|政府性基金|国有资本经营预算|国有资本经营|社会保险基金预算|社会保险基金|社保基金)(?:收入|支出)(?:预算)?(?:总计)?$/;
/** A draft's own targets: 2019年全市一般公共预算收入增长目标为9%以上. */
const STATED_TARGET = /目标/;
/** Figures of a review that are not the year's own: five-year averages and
 * totals, changes against a plan's start (年均增长12.1%, 较“十三五”末增长33.6%). */
const NOT_THE_YEAR = /年均|五年|累计|十[一二三四五]五|“十/;
/** A figure after an adjustment (扣除房地产开发投资后) measures something narrower. */
const ADJUSTED = /扣除|剔除/;
/** Masses in kilograms, so that 252亿斤 and 1300万吨 of grain compare. */
/** How far above its value an outcome "more than" the value is taken to be. */
const ABOVE = 1e-9;
const KILOGRAMS: Readonly<Record<string, number>> = { 吨: 1000, 公斤: 1, 千克: 1, 斤: 0.5 };

/** The kind of quantity a figure is, for matching: a change or a level, in
 * which family of units. A growth rate never meets a level in 亿元. */
function familyOf(metric: { relation: Relation; unit: string }, cap: boolean): string {
  const info = lookupUnit(metric.unit);
  const category = info?.category ?? metric.unit;
  const unit = RATE_UNITS.has(metric.unit) ? metric.unit : category === 'mass' ? 'mass' : (info?.base ?? category);
  // a ceiling on a price rise is written as a level (涨幅3%左右) or a change (上涨2%)
  const change = metric.relation !== 'level' && !(cap && metric.unit === '%');
  return `${change ? 'change' : 'level'}:${unit}`;
}

interface Candidate {
  report: number;
  metric: LedgerMetric;
  key: string;
  year: number;
}

function isTarget(metric: LedgerMetric, report: LedgerReport): boolean {
  if (metric.kind !== 'target') return false;
  if (metric.headline) return true;
  // a budget report's draft for the next year: its totals and its stated
  // targets (the year's own restated budget is no target of the next)
  const draft = report.kind === 'budget-report' && report.year !== null && (metric.period ?? 0) > report.year;
  return draft && (BUDGET_TOTAL.test(metric.indicator) || STATED_TARGET.test(metric.sentence));
}

/** Outcomes in order of preference: the same unit, then a figure of the year
 * itself rather than of the plan period around it. */
function preference(target: LedgerMetric): (a: Candidate, b: Candidate) => number {
  const score = (c: Candidate): number =>
    (c.metric.unit === target.unit ? 2 : 0) + (NOT_THE_YEAR.test(aroundFigure(c.metric)) ? 0 : 4) + (c.metric.base && !/^(?:上年|去年|上年末)$/.test(c.metric.base) ? 0 : 1);
  return (a, b) => score(b) - score(a);
}

/** The words of a figure's sentence just before it. */
function aroundFigure(metric: LedgerMetric): string {
  const at = metric.sentence.indexOf(metric.text);
  return at < 0 ? metric.sentence : metric.sentence.slice(Math.max(0, at - 16), at);
}

/** Builds the ledger of every jurisdiction the reports cover. */
export function buildLedger(reports: readonly LedgerReport[]): Ledger {
  const ledger: Ledger = {
    schema: LEDGER_SCHEMA,
    reports: reports.map(({ source, title, jurisdiction, year, kind }) => ({ source, title, jurisdiction, year, kind })),
    rows: [],
  };
  const byJurisdiction = new Map<string, number[]>();
  reports.forEach((report, index) => {
    if (!report.jurisdiction) return;
    byJurisdiction.set(report.jurisdiction, [...(byJurisdiction.get(report.jurisdiction) ?? []), index]);
  });
  for (const [jurisdiction, indexes] of byJurisdiction) ledger.rows.push(...rowsOf(jurisdiction, indexes, reports));
  ledger.rows.sort((a, b) => a.jurisdiction.localeCompare(b.jurisdiction, 'zh') || a.year - b.year);
  return ledger;
}

function rowsOf(jurisdiction: string, indexes: number[], reports: readonly LedgerReport[]): LedgerRow[] {
  const targets: Candidate[] = [];
  const outcomes: Candidate[] = [];
  for (const index of indexes) {
    const report = reports[index] as LedgerReport;
    for (const metric of report.metrics) {
      const year = metric.period ?? report.year;
      if (year === null) continue;
      if (isTarget(metric, report)) {
        for (const key of halvesOf(indicatorKey(metric.indicator))) targets.push({ report: index, metric, key, year });
      } else if (metric.kind === 'actual') {
        outcomes.push({ report: index, metric, key: indicatorKey(metric.indicator), year });
      }
    }
  }
  const rows: LedgerRow[] = [];
  const seen = new Set<string>();
  for (const target of targets) {
    const cap = isCap(target.key);
    const family = familyOf(target.metric, cap);
    const id = `${target.key}|${target.year}|${family}|${target.report}|${target.metric.text}|${target.metric.sentence}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const outcome = outcomes
      .filter(
        (o) =>
          o.key === target.key &&
          o.year === target.year &&
          o.report !== target.report &&
          familyOf(o.metric, cap) === family &&
          !NOT_THE_YEAR.test(aroundFigure(o.metric)) &&
          (o.metric.scope === undefined || !ADJUSTED.test(o.metric.scope)),
      )
      .sort(preference(target.metric))[0];
    rows.push(row(jurisdiction, target, outcome ?? null, cap));
  }
  return rows;
}

function row(jurisdiction: string, target: Candidate, outcome: Candidate | null, cap: boolean): LedgerRow {
  const t = target.metric;
  const ledgerTarget: LedgerTarget = {
    text: t.text,
    value: t.value,
    upper: t.upper ?? null,
    unit: t.unit,
    relation: t.relation,
    qualifier: t.qualifier,
    sentence: t.sentence,
    report: target.report,
  };
  const ledgerOutcome: LedgerOutcome | null = outcome
    ? {
        text: outcome.metric.text,
        value: outcome.metric.value,
        unit: outcome.metric.unit,
        relation: outcome.metric.relation,
        sentence: outcome.metric.sentence,
        report: outcome.report,
      }
    : null;
  return {
    jurisdiction,
    indicator: target.key,
    year: target.year,
    target: ledgerTarget,
    outcome: ledgerOutcome,
    status: outcome ? statusOf(t, outcome.metric, cap) : 'no-outcome',
  };
}

type Quantity = Pick<LedgerMetric, 'value' | 'upper' | 'unit' | 'normalized' | 'relation' | 'qualifier'>;

/** The outcome's value in the target's terms: in the target's unit (亿元
 * against 万元 through the base unit), and signed as the target's change
 * (下降1.2% against 增长3% is −1.2). */
function outcomeInTargetTerms(target: Quantity, outcome: Omit<Quantity, 'upper'>): number {
  let value = outcome.value;
  const inKilograms = (q: { normalized: { value: number; unit: string } }) => q.normalized.value * (KILOGRAMS[q.normalized.unit] ?? NaN);
  if (outcome.unit !== target.unit && outcome.normalized.unit === target.normalized.unit && target.value !== 0) {
    value = (outcome.normalized.value / target.normalized.value) * target.value;
  } else if (outcome.unit !== target.unit && Number.isFinite(inKilograms(outcome) / inKilograms(target)) && target.value !== 0) {
    value = (inKilograms(outcome) / inKilograms(target)) * target.value;
  }
  // a fall answers a rise or a level written without a sign (a price cap 3%左右 met by 下降0.3%) as a negative one
  const opposite =
    (target.relation !== 'decrease' && outcome.relation === 'decrease') || (target.relation === 'decrease' && outcome.relation === 'increase');
  return opposite ? -value : value;
}

/** The README's status rules, one per qualifier; caps are met at or below. */
export function statusOf(target: Quantity, outcome: Omit<Quantity, 'upper'>, cap: boolean): LedgerStatus {
  const v = target.value;
  // an outcome stated as a floor (降幅超过3%) lies above its value
  const o = outcomeInTargetTerms(target, outcome) + (outcome.qualifier === 'at-least' ? ABOVE : 0);
  const band = RATE_UNITS.has(target.unit) ? RATE_BAND : Math.abs(v) * LEVEL_BAND_SHARE;
  if (cap) return o <= (target.qualifier === 'about' ? v + band : v) ? 'met' : 'missed';
  switch (target.qualifier) {
    case 'at-most':
      return o <= v ? 'met' : 'missed';
    case 'range': {
      const upper = target.upper ?? v;
      return o < v ? 'missed' : o > upper ? 'exceeded' : 'met';
    }
    case 'about':
      return o < v - band ? 'missed' : o > v + band ? 'exceeded' : 'met';
    default:
      return o < v ? 'missed' : o > v + band ? 'exceeded' : 'met';
  }
}
