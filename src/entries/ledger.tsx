// The ledger page: reads the library (IndexedDB, this browser only) and
// hands the records to the page's components; deletes, exports, imports and
// the ledger's copies and downloads happen here.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Ledger } from '../core/ledger';
import { ledgerXlsx, toLedgerCsv, toLedgerHtml, toLedgerJson, toLedgerTsv } from '../core/ledger-export';
import type { LibraryRecord } from '../core/library';
import { libraryFile, readLibraryFile } from '../core/library-file';
import type { Settings } from '../core/settings';
import { copyToClipboard } from '../dom/sidebar/clipboard';
import { saveFile } from '../dom/sidebar/save-file';
import { openLibrary, type LibraryStore } from '../ext/library-store';
import { onSettingsChanged } from '../ext/settings';
import type { PageWords } from '../ext/ui-words';
import { countWords } from '../ui/format';
import { LedgerPage, type LedgerOutput } from '../ui/ledger-page';
import { startExtensionPage, usePageWords } from './extension-page';

const OUTPUTS: readonly LedgerOutput[] = ['copy-tsv', 'download-csv', 'download-xlsx', 'download-json'];
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
const today = () => new Date().toISOString().slice(0, 10);

function Ledger({ initialWords, stored }: { initialWords: PageWords; stored: Settings }) {
  const [records, setRecords] = useState<LibraryRecord[] | null>(null);
  const [settings, setSettings] = useState<Settings>(stored);
  const words = usePageWords(initialWords, settings.language, 'ledgerTitle');
  const { t: message, language } = words;
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const library = useMemo<Promise<LibraryStore>>(() => openLibrary(), []);
  const fail = (error: unknown) => setNotice({ text: message('ledgerFailed', reason(error)), error: true });
  const reload = () => library.then((store) => store.all()).then(setRecords, (error: unknown) => {
    setRecords((current) => current ?? []);
    fail(error);
  });

  useEffect(() => {
    void reload();
    // reports read in other tabs meanwhile appear when the page is looked at again
    const onVisible = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', onVisible);
    const stop = onSettingsChanged(setSettings);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      stop();
    };
  }, []);

  const act = (work: (store: LibraryStore) => Promise<string>) =>
    library
      .then(work)
      .then((text) => setNotice({ text, error: false }), fail)
      .finally(() => void reload());

  return (
    <LedgerPage
      records={records}
      keepReports={settings.keepReports}
      initialJurisdiction={new URLSearchParams(location.search).get('jurisdiction')}
      t={message}
      language={language}
      notice={notice}
      outputs={OUTPUTS}
      onOutput={(output, ledger, jurisdiction) => writeLedger(output, ledger, jurisdiction, words).then((text) => setNotice({ text, error: false }), fail)}
      onDelete={(record) => act(async (store) => {
        if (record.id !== undefined) await store.remove(record.id);
        return message('ledgerDeleted', record.title || record.url);
      })}
      onDeleteAll={() => {
        if (!window.confirm(countWords(message, 'ledgerConfirmDeleteAll', records?.length ?? 0))) return;
        void act(async (store) => {
          await store.clear();
          return message('ledgerCleared');
        });
      }}
      onExportLibrary={() => act(async (store) => {
        const all = await store.all();
        const file = libraryFile(all, new Date().toISOString());
        saveFile(document, `report-lens-library-${today()}.json`, new Blob([JSON.stringify(file, null, 1)], { type: 'application/json' }));
        return countWords(message, 'ledgerExported', all.length);
      })}
      onImportLibrary={(file) => void file.text().then((text) => {
        const read = readLibraryFile(text);
        if (!read.ok) {
          setNotice({ text: message('ledgerImportInvalid', read.problem), error: true });
          return;
        }
        void act(async (store) => {
          const plan = await store.merge(read.records);
          return message('ledgerImported', [String(plan.added), String(plan.replaced), String(plan.unchanged)]);
        });
      }, fail)}
    />
  );
}

/** The ledger shown, copied or saved in the format asked for (the tables
 * with headers and words in the UI's language, the JSON as docs/contract.md §4
 * writes it); resolves with what to tell the reader. */
async function writeLedger(output: LedgerOutput, ledger: Ledger, jurisdiction: string, { t: message, language }: PageWords): Promise<string> {
  const options = { language };
  if (output === 'copy-tsv') {
    await copyToClipboard(document, toLedgerTsv(ledger, options), toLedgerHtml(ledger, options));
    return countWords(message, 'ledgerCopied', ledger.rows.length);
  }
  const name = `report-lens-ledger-${jurisdiction}-${today()}`;
  const file =
    output === 'download-csv'
      ? { name: `${name}.csv`, blob: new Blob([toLedgerCsv(ledger, { ...options, bom: true })], { type: 'text/csv;charset=utf-8' }) }
      : output === 'download-xlsx'
        ? { name: `${name}.xlsx`, blob: new Blob([(await ledgerXlsx(ledger, options)) as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }) }
        : { name: `${name}.json`, blob: new Blob([toLedgerJson(ledger)], { type: 'application/json' }) };
  saveFile(document, file.name, file.blob);
  return message('ledgerDownloaded', file.name);
}

startExtensionPage('ledgerTitle', (words, stored) => <Ledger initialWords={words} stored={stored} />);
