// What the ledger page shows, derived from the library's records: reports
// grouped by jurisdiction and year, a jurisdiction's ledger (buildLedger)
// under the reader's filters, its rows as measures × years, and the band a
// target allows. Pure: the page's components render these.

import { buildLedger, LEVEL_BAND_SHARE, RATE_BAND, type Ledger, type LedgerRow, type LedgerTarget } from '../core/ledger';
import { isCap } from '../core/ledger-indicators';
import { JURISDICTION_LEVELS, ledgerReportOf, type JurisdictionLevel, type LibraryRecord } from '../core/library';
import type { Relation } from '../core/types';

export interface YearGroup {
  year: number | null;
  records: LibraryRecord[];
}

export interface JurisdictionGroup {
  /** '' for reports whose jurisdiction the detector did not find */
  name: string;
  level: JurisdictionLevel | null;
  years: YearGroup[];
}

export interface LedgerFilters {
  level: JurisdictionLevel | 'all';
  from: number | null;
  to: number | null;
  headlineOnly: boolean;
}

export const NO_FILTERS: LedgerFilters = { level: 'all', from: null, to: null, headlineOnly: false };

const levelRank = (level: JurisdictionLevel | null) => (level === null ? JURISDICTION_LEVELS.length : JURISDICTION_LEVELS.indexOf(level));

/** National first, then provinces, cities, counties, each by name; years
 * newest first; reports without a jurisdiction last. */
export function groupRecords(records: readonly LibraryRecord[], level: LedgerFilters['level'] = 'all'): JurisdictionGroup[] {
  const byName = new Map<string, JurisdictionGroup>();
  for (const record of records) {
    if (level !== 'all' && record.level !== level) continue;
    const name = record.jurisdiction ?? '';
    let group = byName.get(name);
    if (!group) byName.set(name, (group = { name, level: record.level, years: [] }));
    let year = group.years.find((entry) => entry.year === record.year);
    if (!year) group.years.push((year = { year: record.year, records: [] }));
    year.records.push(record);
  }
  const groups = [...byName.values()];
  for (const group of groups) group.years.sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
  return groups.sort((a, b) => {
    if ((a.name === '') !== (b.name === '')) return a.name === '' ? 1 : -1;
    return levelRank(a.level) - levelRank(b.level) || a.name.localeCompare(b.name, 'zh-Hans-CN');
  });
}

/** The years any kept report is of, oldest first: the choices of the year filter. */
export function libraryYears(records: readonly LibraryRecord[]): number[] {
  return [...new Set(records.flatMap((record) => (record.year === null ? [] : [record.year])))].sort((a, b) => a - b);
}

export interface JurisdictionLedger {
  /** the ledger of every kept report of the jurisdiction; `report` indexes `records` */
  ledger: Ledger;
  records: readonly LibraryRecord[];
}

export function jurisdictionLedger(records: readonly LibraryRecord[], jurisdiction: string): JurisdictionLedger {
  const own = records.filter((record) => record.jurisdiction === jurisdiction);
  return { ledger: buildLedger(own.map(ledgerReportOf)), records: own };
}

/** Whether a row's target was one of its report's main targets (主要预期目标),
 * rather than a budget draft's account total. */
export function isHeadlineRow(row: LedgerRow, records: readonly LibraryRecord[]): boolean {
  const target = row.target;
  if (!target) return false;
  const metrics = records[target.report]?.report.metrics ?? [];
  return metrics.some((metric) => metric.headline && metric.text === target.text && metric.sentence === target.sentence);
}

export function filterRows({ ledger, records }: JurisdictionLedger, filters: LedgerFilters): LedgerRow[] {
  return ledger.rows.filter(
    (row) =>
      (filters.from === null || row.year >= filters.from) &&
      (filters.to === null || row.year <= filters.to) &&
      (!filters.headlineOnly || isHeadlineRow(row, records)),
  );
}

/** The ledger document of the rows shown, for copying and downloading. */
export function shownLedger({ ledger }: JurisdictionLedger, rows: readonly LedgerRow[]): Ledger {
  return { ...ledger, rows: [...rows] };
}

/** One line of the table and one chart: an indicator measured one way (its
 * growth in %, or its level in 亿元), with its rows by year. */
export interface Measure {
  key: string;
  indicator: string;
  relation: Relation;
  unit: string;
  byYear: Map<number, LedgerRow[]>;
}

function measureKey(row: LedgerRow): string {
  const target = row.target as LedgerTarget;
  return `${row.indicator}|${target.relation === 'level' ? 'level' : 'change'}|${target.unit}`;
}

/** The rows as measures, in the order the ledger first names them. */
export function measuresOf(rows: readonly LedgerRow[]): Measure[] {
  const measures = new Map<string, Measure>();
  for (const row of rows) {
    if (!row.target) continue;
    const key = measureKey(row);
    let measure = measures.get(key);
    if (!measure) measures.set(key, (measure = { key, indicator: row.indicator, relation: row.target.relation, unit: row.target.unit, byYear: new Map() }));
    measure.byYear.set(row.year, [...(measure.byYear.get(row.year) ?? []), row]);
  }
  return [...measures.values()];
}

export function yearsOf(rows: readonly LedgerRow[]): number[] {
  return [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b);
}

const RATES = new Set(['%', '‰', '个百分点']);

/** What the target allows, as the status rules read it (seeds/ledger/README.md):
 * 左右 ± its band, a range from its lower to its upper end, a floor (以上,
 * and a plain growth target) from its value up, a ceiling (以内, or a cap
 * such as 居民消费价格) from its value down. */
export type TargetShape =
  | { kind: 'band'; value: number; low: number; high: number }
  | { kind: 'range'; low: number; high: number }
  | { kind: 'floor'; value: number }
  | { kind: 'ceiling'; value: number };

export function targetShape(target: LedgerTarget, indicator: string): TargetShape {
  const { value } = target;
  const band = RATES.has(target.unit) ? RATE_BAND : Math.abs(value) * LEVEL_BAND_SHARE;
  if (target.qualifier === 'about') return { kind: 'band', value, low: value - band, high: value + band };
  if (target.qualifier === 'range') return { kind: 'range', low: value, high: target.upper ?? value };
  if (target.qualifier === 'at-most' || isCap(indicator)) return { kind: 'ceiling', value };
  return { kind: 'floor', value };
}

/** The outcome in the target's terms for drawing: negated when the report
 * gives it as the opposite change (下降1.2% against a growth target); null in
 * another unit, which the chart cannot put on the same axis. */
export function outcomeValue(row: LedgerRow): number | null {
  const { target, outcome } = row;
  if (!target || !outcome || outcome.unit !== target.unit) return null;
  const opposite =
    (target.relation === 'increase' && outcome.relation === 'decrease') || (target.relation === 'decrease' && outcome.relation === 'increase');
  return opposite ? -outcome.value : outcome.value;
}
