// How the ledger's statuses and the sidebar's notes are said, in the UI's
// language. Pure, like format.ts: the sidebar, the card and the ledger page
// say a status the same way.
import type { LedgerNote } from '../core/ledger-notes';
import type { LedgerStatus } from '../core/ledger';
import type { Qualifier, Relation } from '../core/types';
import { qualifierWords, relationWords, type UiLanguage } from './format';

type Translate = (key: string, substitutions?: string | string[]) => string;

const STATUS_KEYS: Record<LedgerStatus, string> = {
  met: 'status_met',
  exceeded: 'status_exceeded',
  missed: 'status_missed',
  'no-outcome': 'status_noOutcome',
  'no-target': 'status_noTarget',
};

export function statusWords(status: LedgerStatus, t: Translate): string {
  return t(STATUS_KEYS[status]);
}

/** A target as written, with its qualifier in words where the figure does
 * not say it in a way every reader knows: "6.5%左右 (about)", "20%". */
export function targetWords(target: { text: string; qualifier: Qualifier }, language: UiLanguage): string {
  return target.qualifier === 'exact' ? target.text : `${target.text} (${qualifierWords(target.qualifier, language)})`;
}

/** "去年目标 6.5%左右 · 实际 7.9% · 超额完成", "目标 6.5%左右 · 超额完成". */
export function noteWords(note: LedgerNote, t: Translate): string {
  const status = statusWords(note.status, t);
  if (note.kind === 'answers') return t('noteAnswers', [note.target.text, status]);
  return note.outcome ? t('noteLastYear', [note.target.text, note.outcome.text, status]) : t('noteLastYearOpen', note.target.text);
}

/** "地区生产总值 · 增长 %", "地区生产总值 · 水平 亿元": one indicator measured one way. */
export function measureLabel(measure: { indicator: string; relation: Relation; unit: string }, language: UiLanguage): string {
  return `${measure.indicator} · ${relationWords(measure.relation, language)} ${measure.unit}`.trim();
}

/** A date of the library (ISO) as the reader's calendar writes it: 2026-01-05. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}
