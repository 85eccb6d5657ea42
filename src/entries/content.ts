// Runs on every http(s) page and frame. It only reads a few signals;
// everything else loads on pages that look like reports (the dynamic import
// below).
import { looksLikeReport } from '../core/gate';
import { watchForLateReport } from '../dom/late-report';
import { isPageClaimed, isReadableFrame } from '../dom/page-claim';
import { readPageSignals } from '../dom/signals';

// Marks this copy of the script in its own (isolated) world, so a second
// evaluation of it does nothing; the page never sees this global.
const RUN_MARKER = Symbol.for('report-lens.content-script');
const scope = globalThis as unknown as Record<symbol, boolean | undefined>;

function start(): void {
  import('./content-report')
    .then(({ startReportLens }) => startReportLens(document))
    .catch((error: unknown) => console.warn('[Report Lens] could not start on this page:', error));
}

const looksLikeReportNow = () => looksLikeReport(readPageSignals(document));

if (!scope[RUN_MARKER] && isReadableFrame(window) && !isPageClaimed(document)) {
  scope[RUN_MARKER] = true;
  if (looksLikeReportNow()) start();
  else watchForLateReport(document, looksLikeReportNow, start);
}
