// One jurisdiction's ledger on the ledger page: the table of indicator ×
// year, the sentences of the cell chosen, the copies and downloads of the
// rows shown, and a chart per indicator.
import { useMemo, useState } from 'preact/hooks';
import type { Ledger, LedgerRow } from '../core/ledger';
import { countWords } from './format';
import { LedgerChart } from './ledger-chart';
import { LedgerDetail } from './ledger-detail';
import { filterRows, measuresOf, shownLedger, yearsOf, type JurisdictionLedger, type LedgerFilters } from './ledger-model';
import { LedgerTable, type CellRef } from './ledger-table';
import { measureLabel } from './ledger-words';
import type { Translate } from '../core/message-bundle';
import type { UiLanguage } from '../core/settings';

/** The ledger's copies and downloads: TSV (with an HTML table) to the
 * clipboard, CSV with a byte-order mark, a workbook, the JSON of docs/contract.md §4. */
export type LedgerOutput = 'copy-tsv' | 'download-csv' | 'download-xlsx' | 'download-json';
const OUTPUT_LABELS: Record<LedgerOutput, string> = {
  'copy-tsv': 'ledgerCopyTsv',
  'download-csv': 'ledgerDownloadCsv',
  'download-xlsx': 'ledgerDownloadXlsx',
  'download-json': 'ledgerDownloadJson',
};

export interface JurisdictionViewProps {
  jurisdiction: string;
  ledger: JurisdictionLedger;
  filters: LedgerFilters;
  t: Translate;
  language: UiLanguage;
  outputs: readonly LedgerOutput[];
  onOutput(output: LedgerOutput, ledger: Ledger, jurisdiction: string): void;
}

export function JurisdictionView(props: JurisdictionViewProps) {
  const { jurisdiction, ledger, t, language } = props;
  const rows = useMemo(() => filterRows(ledger, props.filters), [ledger, props.filters]);
  const measures = useMemo(() => measuresOf(rows), [rows]);
  const years = useMemo(() => yearsOf(rows), [rows]);
  const [cell, setCell] = useState<CellRef | null>(null);
  const measure = cell ? measures.find((candidate) => candidate.key === cell.measure) : undefined;
  const row: LedgerRow | undefined = measure && cell ? measure.byYear.get(cell.year)?.[cell.index] : undefined;
  return (
    <>
      <h2 id="rl-jurisdiction-title">{jurisdiction}</h2>
      {measures.length === 0 ? (
        <p class="rl-hint">{t('ledgerNoRows')}</p>
      ) : (
        <LedgerTable jurisdiction={jurisdiction} measures={measures} years={years} selected={row ? cell : null} t={t} language={language} onSelect={setCell} />
      )}
      {row && measure ? <LedgerDetail row={row} label={measureLabel(measure, language)} records={ledger.records} t={t} language={language} /> : null}
      {props.outputs.length > 0 && rows.length > 0 ? (
        <div class="rl-ledger-outputs" role="group" aria-label={countWords(t, 'ledgerExportLabel', rows.length)}>
          <span class="rl-hint" aria-hidden="true">
            {countWords(t, 'ledgerExportLabel', rows.length)}
          </span>
          {props.outputs.map((output) => (
            <button
              key={output}
              type="button"
              class={output === 'copy-tsv' ? 'rl-button rl-primary' : 'rl-button'}
              data-action={output}
              title={output === 'copy-tsv' ? t('ledgerCopyTsvHint') : undefined}
              onClick={() => props.onOutput(output, shownLedger(ledger, rows), jurisdiction)}
            >
              {t(OUTPUT_LABELS[output])}
            </button>
          ))}
        </div>
      ) : null}
      {measures.length > 0 ? (
        <section class="rl-charts" aria-labelledby="rl-charts-title">
          <h2 id="rl-charts-title">{t('ledgerCharts')}</h2>
          {measures.map((each) => (
            <LedgerChart key={each.key} measure={each} label={measureLabel(each, language)} years={years} t={t} />
          ))}
        </section>
      ) : null}
    </>
  );
}
