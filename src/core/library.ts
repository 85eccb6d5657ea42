// The report library: every report a user reads, kept in their own browser,
// so that a target of one year can be set beside the outcome the next
// year's report gives. Pure: what a record is, which records are the same
// report, and how a new or imported copy merges with the ones kept. The
// extension's store (src/ext/library-store.ts) applies the plan in one
// IndexedDB transaction.

import type { ExportDocument } from './export';
import type { LedgerReport } from './ledger';
import type { ReportKind } from './types';

export type JurisdictionLevel = 'national' | 'province' | 'city' | 'county';
export const JURISDICTION_LEVELS: readonly JurisdictionLevel[] = ['national', 'province', 'city', 'county'];

/** One kept report: what the library lists it by, and its export (docs/contract.md §2). */
export interface LibraryRecord {
  /** the store's key; absent until stored */
  id?: number;
  /** kind, jurisdiction, year and title: a report read again under another URL is the same report */
  identity: string;
  url: string;
  title: string;
  jurisdiction: string | null;
  level: JurisdictionLevel | null;
  year: number | null;
  kind: ReportKind | null;
  /** ISO 8601, UTC: when the report was first and last read */
  firstSeen: string;
  lastSeen: string;
  report: ExportDocument;
}

const MUNICIPALITIES = new Set(['北京市', '上海市', '天津市', '重庆市']);

/** The level of government a jurisdiction's name says. Only the name is
 * known, so a county-level city (满洲里市) reads as a city; the four
 * municipalities are provinces. Null for a name that says none. */
export function levelOf(jurisdiction: string | null): JurisdictionLevel | null {
  if (!jurisdiction) return null;
  const name = jurisdiction.trim();
  if (/^(?:全国|中国|中华人民共和国|国务院)$/.test(name)) return 'national';
  if (MUNICIPALITIES.has(name) || /(?:省|自治区|特别行政区)$/.test(name)) return 'province';
  // 大兴安岭地区 is a prefecture, though it ends like a district
  if (/地区$/.test(name)) return 'city';
  // 自治县 and 自治旗 end like counties, 自治州 like a city
  if (/(?:县|旗|区)$/.test(name)) return 'county';
  if (/(?:市|州|盟)$/.test(name)) return 'city';
  return null;
}

const REPORT_KINDS: readonly ReportKind[] = ['work-report', 'statistical-communique', 'budget-report', 'plan', 'other-report'];

export function reportKindOf(kind: string | null): ReportKind | null {
  return (REPORT_KINDS as readonly string[]).includes(kind ?? '') ? (kind as ReportKind) : null;
}

/** Same kind, jurisdiction, year and title: the same report. Empty without a
 * title, which alone could not tell two reports apart. */
export function identityOf(report: ExportDocument): string {
  const { detection, title } = report;
  if (!title.trim()) return '';
  return [detection.kind ?? '', detection.jurisdiction ?? '', detection.year ?? '', title.trim()].join('|');
}

/** A page's address without its fragment: #top and #p3 are the same page. */
export function pageAddress(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** A record for a report read at `seenAt`; everything it is listed by comes
 * from the export itself, so an imported record cannot contradict its report. */
export function recordOf(report: ExportDocument, seen: { firstSeen: string; lastSeen: string }): LibraryRecord {
  const { detection } = report;
  return {
    identity: identityOf(report),
    url: pageAddress(report.url),
    title: report.title,
    jurisdiction: detection.jurisdiction,
    level: levelOf(detection.jurisdiction),
    year: detection.year,
    kind: reportKindOf(detection.kind),
    firstSeen: seen.firstSeen,
    lastSeen: seen.lastSeen,
    report,
  };
}

/** What the ledger reads of a kept report. */
export function ledgerReportOf(record: LibraryRecord): LedgerReport {
  return {
    source: record.url || record.title,
    title: record.title,
    jurisdiction: record.jurisdiction,
    year: record.year,
    kind: record.kind,
    metrics: record.report.metrics,
  };
}

export interface MergePlan {
  /** records to write: new ones without an id, kept ones with theirs */
  put: LibraryRecord[];
  /** ids of records another copy replaced */
  remove: number[];
  added: number;
  replaced: number;
  /** incoming copies older than (or as new as) the one kept */
  unchanged: number;
}

/** Two copies of one report: the same URL, or the same kind, jurisdiction, year and title. */
export function sameReport(a: LibraryRecord, b: LibraryRecord): boolean {
  return (a.url !== '' && a.url === b.url) || (a.identity !== '' && a.identity === b.identity);
}

interface Slot {
  record: LibraryRecord;
  changed: boolean;
}

/** How incoming copies merge with the kept ones: a copy replaces every kept
 * copy of the same report (same URL, or same kind, jurisdiction, year and
 * title) when it was seen later, and is dropped otherwise; either way the
 * report keeps the earliest first sight. A report just read is the newest
 * copy there is; an imported library's copies compete on their dates. */
export function mergeRecords(kept: readonly LibraryRecord[], incoming: readonly LibraryRecord[]): MergePlan {
  const slots: Slot[] = kept.map((record) => ({ record, changed: false }));
  const remove: number[] = [];
  const plan = { added: 0, replaced: 0, unchanged: 0 };
  for (const copy of incoming) {
    const matches = slots.filter((slot) => sameReport(slot.record, copy));
    if (matches.length === 0) {
      slots.push({ record: { ...copy, id: undefined }, changed: true });
      plan.added += 1;
      continue;
    }
    const firstSeen = [copy, ...matches.map((slot) => slot.record)].map((r) => r.firstSeen).sort()[0] ?? copy.firstSeen;
    const newest = matches.reduce((best, slot) => (slot.record.lastSeen > best.record.lastSeen ? slot : best));
    const copyWins = copy.lastSeen > newest.record.lastSeen;
    const winner = copyWins ? matches[0] : newest;
    if (!winner) continue;
    const base = copyWins ? copy : winner.record;
    const merged: LibraryRecord = { ...base, id: winner.record.id, firstSeen };
    winner.changed ||= copyWins || merged.firstSeen !== winner.record.firstSeen;
    winner.record = merged;
    for (const slot of matches) {
      if (slot === winner) continue;
      if (slot.record.id !== undefined) remove.push(slot.record.id);
      slots.splice(slots.indexOf(slot), 1);
    }
    if (copyWins) plan.replaced += 1;
    else plan.unchanged += 1;
  }
  const put = slots.filter((slot) => slot.changed).map((slot) => slot.record);
  return { put: put.map(withoutUndefinedId), remove, ...plan };
}

/** IndexedDB's put with a key generator refuses an explicit `id: undefined`. */
function withoutUndefinedId(record: LibraryRecord): LibraryRecord {
  if (record.id !== undefined) return record;
  const { id: _id, ...rest } = record;
  return rest;
}
