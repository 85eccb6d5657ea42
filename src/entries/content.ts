// Runs on every http(s) page and frame. It only reads a few signals;
// everything else loads on pages that look like reports (the dynamic import
// below).
//
// vite.config.ts builds this file on its own as a classic script (IIFE), the
// one file the manifest injects: crxjs's default is a loader that runs
// chrome.runtime.getURL and import()s the first chunk as a module on every
// page, 2-5 ms before a line of ours ran. The report stage is still an ES
// module chunk (built by crxjs, web-accessible), imported by its extension URL
// only once the gate says yes.
import { looksLikeReport, REPORT_TEXT_CLUES, titleNamesAReport } from '../core/gate';
import { watchForLateReport } from '../dom/late-report';
import { isPageClaimed, isReadableFrame } from '../dom/page-claim';
import { mayHoldReportText, readPageSignals } from '../dom/signals';

// Marks this copy of the script in its own (isolated) world, so a second
// evaluation of it does nothing; the page never sees this global.
const RUN_MARKER = Symbol.for('report-lens.content-script');
const scope = globalThis as unknown as Record<symbol, boolean | undefined>;

/** The report stage's chunk, relative to the extension root; written in by
 * vite.config.ts once the main build has named it. */
declare const __REPORT_LENS_REPORT_MODULE__: string;
/** The one extension API the first stage uses; `chrome` is there in both
 * Chromium and Firefox content scripts. */
declare const chrome: { runtime: { getURL(path: string): string } };

function start(): void {
  // the specifier is this extension's own chunk, fixed at build time, never page input
  // eslint-disable-next-line no-unsanitized/method
  (import(/* @vite-ignore */ chrome.runtime.getURL(__REPORT_LENS_REPORT_MODULE__)) as Promise<typeof import('./content-report')>)
    .then(({ startReportLens }) => startReportLens(document))
    .catch((error: unknown) => console.warn('[Report Lens] could not start on this page:', error));
}

const looksLikeReportNow = () => looksLikeReport(readPageSignals(document));
/** The first look: unless the title names a report, a native probe of the
 * text nodes for the words the gate needs comes first, so most pages are
 * turned away without reading signals (see mayHoldReportText). The late
 * watcher re-checks with the full gate. */
const looksLikeReportAtFirst = () =>
  (titleNamesAReport(document.title) || mayHoldReportText(document, REPORT_TEXT_CLUES)) && looksLikeReportNow();

if (!scope[RUN_MARKER] && isReadableFrame(window) && !isPageClaimed(document)) {
  scope[RUN_MARKER] = true;
  if (looksLikeReportAtFirst()) start();
  else watchForLateReport(document, looksLikeReportNow, start);
}
