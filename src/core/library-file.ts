// The whole library as one JSON file, for a team to share: written by the
// ledger page's export, read back by its import. A file is checked whole
// before anything is stored, so a malformed one changes nothing and says
// where it went wrong.

import { EXPORT_SCHEMA, type ExportDocument } from './export';
import { recordOf, type LibraryRecord } from './library';

export const LIBRARY_SCHEMA = 'report-lens-library/1';

/** A record as the file holds it: without the store's key. */
export type LibraryFileEntry = Omit<LibraryRecord, 'id'>;

export interface LibraryFile {
  schema: typeof LIBRARY_SCHEMA;
  exportedAt: string;
  reports: LibraryFileEntry[];
}

export function libraryFile(records: readonly LibraryRecord[], exportedAt: string): LibraryFile {
  return {
    schema: LIBRARY_SCHEMA,
    exportedAt,
    reports: records.map(({ id: _id, ...entry }) => entry),
  };
}

export type LibraryFileReading = { ok: true; records: LibraryRecord[] } | { ok: false; problem: string };

const RELATIONS = ['level', 'increase', 'decrease'];
const QUALIFIERS = ['about', 'at-least', 'at-most', 'range', 'exact'];
const METRIC_KINDS = ['actual', 'target'];
/** A date as the library writes it (toISOString), or any date Date.parse reads. */
const isDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

type Check = (value: unknown) => boolean;
const isString: Check = (v) => typeof v === 'string';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isBoolean: Check = (v) => typeof v === 'boolean';
const nullOr = (check: Check): Check => (v) => v === null || check(v);
const oneOf = (values: readonly string[]): Check => (v) => typeof v === 'string' && values.includes(v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fields of a metric the ledger and the page read, and what each must be. */
const METRIC_FIELDS: Record<string, Check> = {
  id: isString,
  text: isString,
  value: isNumber,
  unit: isString,
  indicator: isString,
  relation: oneOf(RELATIONS),
  qualifier: oneOf(QUALIFIERS),
  kind: oneOf(METRIC_KINDS),
  headline: isBoolean,
  period: nullOr(isNumber),
  sentence: isString,
};

function metricProblem(metric: unknown, path: string): string | null {
  if (!isObject(metric)) return `${path} is not an object`;
  for (const [field, check] of Object.entries(METRIC_FIELDS)) {
    if (!check(metric[field])) return `${path}.${field} is missing or not what a figure has`;
  }
  if (metric.upper !== undefined && !isNumber(metric.upper)) return `${path}.upper is not a number`;
  const normalized = metric.normalized;
  if (!isObject(normalized) || !isNumber(normalized.value) || !isString(normalized.unit)) return `${path}.normalized is not a value with a unit`;
  return null;
}

/** Why `value` is not an export document (docs/contract.md §2), or null when it is one. */
export function exportProblem(value: unknown, path: string): string | null {
  if (!isObject(value)) return `${path} is not an object`;
  if (value.schema !== EXPORT_SCHEMA) return `${path}.schema is not "${EXPORT_SCHEMA}"`;
  if (!isString(value.url) || !isString(value.title)) return `${path} has no url or title`;
  const detection = value.detection;
  if (!isObject(detection)) return `${path}.detection is missing`;
  if (!nullOr(isString)(detection.kind) || !nullOr(isString)(detection.jurisdiction) || !nullOr(isNumber)(detection.year)) {
    return `${path}.detection has no kind, jurisdiction or year`;
  }
  if (!Array.isArray(value.outline)) return `${path}.outline is not a list`;
  if (!Array.isArray(value.metrics)) return `${path}.metrics is not a list`;
  for (const [index, metric] of value.metrics.entries()) {
    const problem = metricProblem(metric, `${path}.metrics[${index}]`);
    if (problem) return problem;
  }
  return null;
}

/** Reads a library file: every record, or the first thing wrong with it. */
export function readLibraryFile(text: string): LibraryFileReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problem: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!isObject(parsed) || parsed.schema !== LIBRARY_SCHEMA) return { ok: false, problem: `no "schema": "${LIBRARY_SCHEMA}"` };
  if (!Array.isArray(parsed.reports)) return { ok: false, problem: '"reports" is not a list' };
  const records: LibraryRecord[] = [];
  for (const [index, entry] of parsed.reports.entries()) {
    const path = `reports[${index}]`;
    if (!isObject(entry)) return { ok: false, problem: `${path} is not an object` };
    if (!isDate(entry.firstSeen) || !isDate(entry.lastSeen)) return { ok: false, problem: `${path} has no firstSeen or lastSeen date` };
    const problem = exportProblem(entry.report, `${path}.report`);
    if (problem) return { ok: false, problem };
    const firstSeen = new Date(entry.firstSeen).toISOString();
    const lastSeen = new Date(entry.lastSeen).toISOString();
    // the address the user saw it at, when the entry gives one; the listing fields come from the report
    const report = entry.report as unknown as ExportDocument;
    const record = recordOf(isString(entry.url) && entry.url ? { ...report, url: entry.url as string } : report, { firstSeen, lastSeen });
    records.push({ ...record, report });
  }
  return { ok: true, records };
}
