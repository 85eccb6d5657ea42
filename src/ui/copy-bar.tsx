import { useState } from 'preact/hooks';
import { COLUMN_LABELS, TABLE_COLUMNS, type ExportFormat, type TableColumn } from '../core/export';
import { chosenColumns, type FigureFileFormat } from '../core/figure-table';
import { countWords } from './format';
import type { Translate } from '../core/message-bundle';
import type { UiLanguage } from '../core/settings';
import { actionHook } from '../core/contract';

/** The copy buttons, the export's formats in the order a reader wants them: the table first. */
const COPY_FORMATS: readonly ExportFormat[] = ['tsv', 'csv', 'markdown', 'json'];
const FILE_FORMATS: readonly FigureFileFormat[] = ['xlsx', 'csv'];

export interface CopyBarProps {
  /** how many rows the table shows: what is copied and saved */
  rows: number;
  t: Translate;
  language: UiLanguage;
  /** the columns copies and downloads carry (null: all) */
  columns: readonly string[] | null;
  notice: { text: string; error: boolean } | null;
  onCopy(format: ExportFormat): void;
  onDownload(format: FigureFileFormat): void;
  onColumns(columns: string[] | null): void;
}

/** Below the table: the shown rows copied to the clipboard or saved as a
 * file, the columns they carry, and what became of the last of these. */
export function CopyBar(props: CopyBarProps) {
  const { t, rows } = props;
  return (
    <footer class="rl-footer">
      <div class="rl-actions" role="group" aria-label={countWords(t, 'copyGroupLabel', rows)}>
        <span class="rl-actions-label" aria-hidden="true">
          {countWords(t, 'copyRowsLabel', rows)}
        </span>
        {COPY_FORMATS.map((format) => (
          <button key={format} type="button" class={format === 'tsv' ? 'rl-copy rl-copy-primary' : 'rl-copy'} {...actionHook(`copy-${format}`)}
            title={t(`copyHint_${format}`)} onClick={() => props.onCopy(format)}>
            {t(`copyButton_${format}`)}
          </button>
        ))}
      </div>
      <div class="rl-actions" role="group" aria-label={countWords(t, 'downloadGroupLabel', rows)}>
        <span class="rl-actions-label" aria-hidden="true">
          {t('downloadLabel')}
        </span>
        {FILE_FORMATS.map((format) => (
          <button key={format} type="button" class="rl-copy" {...actionHook(`download-${format}`)} title={t(`downloadHint_${format}`)} onClick={() => props.onDownload(format)}>
            {t(`downloadButton_${format}`)}
          </button>
        ))}
        <ColumnChooser {...props} />
      </div>
      <div class="rl-status" role="status" aria-live="polite" data-error={props.notice?.error ? '' : undefined}>
        {props.notice?.text ?? ''}
      </div>
    </footer>
  );
}

/** Which columns copies and downloads carry; at least one always does.
 * The JSON copy is the contract's document and carries every field. */
function ColumnChooser(props: CopyBarProps) {
  const { t } = props;
  // the list is made when opened: 17 labelled boxes nobody has asked for are
  // part of every report page's first render otherwise
  const [open, setOpen] = useState(false);
  const chosen = new Set<string>(chosenColumns(props.columns));
  const labels = COLUMN_LABELS[props.language];
  const toggle = (column: TableColumn, on: boolean) => {
    const next = TABLE_COLUMNS.filter((key) => (key === column ? on : chosen.has(key)));
    props.onColumns(next.length === TABLE_COLUMNS.length ? null : next);
  };
  return (
    <details class="rl-columns" onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
      <summary class="rl-copy" title={t('columnsHint')}>
        {t('columnsChooser', [String(chosen.size), String(TABLE_COLUMNS.length)])}
      </summary>
      {open ? <div class="rl-columns-panel">
        <fieldset>
          <legend>{t('columnsLegend')}</legend>
          {TABLE_COLUMNS.map((column) => (
            <label key={column} class="rl-column-choice">
              <input type="checkbox" name={`column-${column}`} data-column={column} checked={chosen.has(column)}
                disabled={chosen.size === 1 && chosen.has(column)}
                onChange={(event) => toggle(column, (event.currentTarget as HTMLInputElement).checked)} />
              {labels[column]}
            </label>
          ))}
        </fieldset>
        <button type="button" class="rl-copy" data-action="columns-all" disabled={chosen.size === TABLE_COLUMNS.length} onClick={() => props.onColumns(null)}>
          {t('columnsAll')}
        </button>
      </div> : null}
    </details>
  );
}
