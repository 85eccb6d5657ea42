// The sentences behind one cell of the ledger: the target's, from the report
// that set it, and the outcome's, from the report that gave it, each with the
// figure marked and the way back to the page it was read on.
import type { LedgerRow } from '../core/ledger';
import type { LibraryRecord } from '../core/library';
import { reportKindWords } from './format';
import { statusWords, targetWords } from './ledger-words';
import type { Translate } from '../core/message-bundle';
import type { UiLanguage } from '../core/settings';

export interface LedgerDetailProps {
  row: LedgerRow;
  label: string;
  /** the jurisdiction's records; the row's `report` indexes them */
  records: readonly LibraryRecord[];
  t: Translate;
  language: UiLanguage;
}

/** The sentence with its first occurrence of the figure marked. */
function Sentence({ sentence, figure }: { sentence: string; figure: string }) {
  const at = sentence.indexOf(figure);
  if (at < 0) return <blockquote class="rl-sentence">{sentence}</blockquote>;
  return (
    <blockquote class="rl-sentence">
      {sentence.slice(0, at)}
      <mark>{figure}</mark>
      {sentence.slice(at + figure.length)}
    </blockquote>
  );
}

function Source({ record, t, language }: { record: LibraryRecord | undefined; t: Translate; language: UiLanguage }) {
  if (!record) return null;
  return (
    <p class="rl-source">
      {t('ledgerFromReport', `${record.title}（${reportKindWords(record.kind, language)}）`)}
      {record.url ? (
        <>
          {' · '}
          <a class="rl-link" href={record.url} target="_blank" rel="noopener noreferrer">
            {t('ledgerOpenPage')}
          </a>
        </>
      ) : null}
    </p>
  );
}

export function LedgerDetail({ row, label, records, t, language }: LedgerDetailProps) {
  const { target, outcome } = row;
  return (
    <section class="rl-detail" aria-labelledby="rl-detail-title" data-year={row.year}>
      <h3 id="rl-detail-title">
        {label} · {row.year}{' '}
        <span class="rl-badge" data-status={row.status}>
          {statusWords(row.status, language)}
        </span>
      </h3>
      {target ? (
        <div class="rl-detail-half" data-half="target">
          <h4>
            {t('ledgerTarget')} {targetWords(target, language)}
          </h4>
          <Sentence sentence={target.sentence} figure={target.text} />
          <Source record={records[target.report]} t={t} language={language} />
        </div>
      ) : null}
      <div class="rl-detail-half" data-half="outcome">
        {outcome ? (
          <>
            <h4>
              {t('ledgerOutcome')} {outcome.text}
            </h4>
            <Sentence sentence={outcome.sentence} figure={outcome.text} />
            <Source record={records[outcome.report]} t={t} language={language} />
          </>
        ) : (
          <p class="rl-hint">{t('ledgerNoOutcome', String(row.year))}</p>
        )}
      </div>
    </section>
  );
}
