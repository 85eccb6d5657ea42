// The gate stage: loaded on pages whose text holds a word no report is
// without. It reads the page's signals and asks the gate; the report stage
// (reading the body, the reading view, the sidebar; the engine itself runs in
// the background) loads only on a yes.
import { looksLikeReport } from '../core/gate';
import type { PageSignals } from '../core/types';
import { watchForLateReport } from '../dom/read/late-report';
import { readPageSignals } from '../dom/read/signals';
import { loadStage } from './load-stage';

let started = false;

export function startGate(doc: Document): void {
  if (started) return;
  started = true;
  // the signals the gate said yes to: the report stage need not read them again
  let signals: PageSignals | undefined;
  const looksLikeReportNow = () => looksLikeReport((signals = readPageSignals(doc)));
  const loadReportStage = () => {
    loadStage(() => import('./content-report'))
      .then(({ startReportLens }) => startReportLens(doc, signals))
      .catch((error: unknown) => console.warn('[Report Lens] could not start on this page:', error));
  };
  // The words were there but the page is no report (yet): a report that a
  // single-page app puts in later is looked for with the full gate, again for
  // a bounded time.
  if (looksLikeReportNow()) loadReportStage();
  else watchForLateReport(doc, looksLikeReportNow, loadReportStage);
}
