// How the ledger's statuses and the sidebar's notes are said, in the UI's
// language. Pure, like format.ts: the sidebar, the card and the ledger page
// say a status the same way.
import type { LedgerStatus } from '../core/ledger';
import { LEDGER_QUALIFIER_WORDS, LEDGER_STATUS_WORDS } from '../core/ledger-export';
import type { LedgerNote } from '../core/ledger-notes';
import type { Qualifier, Relation } from '../core/types';
import { relationWords } from './format';
import type { Translate } from '../core/message-bundle';
import type { UiLanguage } from '../core/settings';

/** The ledger's own words (ledger-export.ts), so that the page, the sidebar
 * and a downloaded table say a status alike. */
export function statusWords(status: LedgerStatus, language: UiLanguage): string {
  return LEDGER_STATUS_WORDS[language][status];
}

/** A target as written, with its qualifier in words where the figure does
 * not already say it: "6.5%左右 (about)", "6%－6.5% (区间)"; 6.5%左右 and
 * 3.5%以内 say theirs to a Chinese reader, and a plain 20% needs none. */
export function targetWords(target: { text: string; qualifier: Qualifier }, language: UiLanguage): string {
  const words = LEDGER_QUALIFIER_WORDS[language][target.qualifier];
  if (target.qualifier === 'exact' || (language === 'zh' && target.text.includes(words))) return target.text;
  return `${target.text} (${words})`;
}

/** "去年目标 6.5%左右 · 实际 7.9% · 超额完成", "目标 6.5%左右 · 超额完成". */
export function noteWords(note: LedgerNote, t: Translate, language: UiLanguage): string {
  const status = statusWords(note.status, language);
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
