// Runs on every http(s) page. It only reads a few signals; everything else
// loads on pages that look like reports (the dynamic import below).
import { looksLikeReport } from '../core/gate';
import { readPageSignals } from '../dom/signals';

if (looksLikeReport(readPageSignals(document))) {
  import('./content-report')
    .then(({ startReportLens }) => startReportLens(document))
    .catch((error: unknown) => console.warn('[Report Lens] could not start on this page:', error));
}
