// Runs on every http(s) page and frame, so it does as little as it can: one
// search of the page's text for the words no report is without (and, when
// only a section title or 一、 is found, where it stands). Only then, or when
// the title names a report genre, does the gate stage load (content-gate.ts,
// by dynamic import), and only where the gate says yes the report stage.
//
// vite.config.ts builds this file on its own as a classic script (IIFE), the
// one file the manifest injects: crxjs's default is a loader that runs
// chrome.runtime.getURL and import()s the first chunk as a module on every
// page, 2-5 ms before a line of ours ran. The next stages are ES module
// chunks (built by crxjs, web-accessible), imported by extension URL.
import { REPORT_TEXT_CLUES, titleNamesAReport } from '../core/gate';
import { watchForLateReport } from '../dom/read/late-report';
import { hasLensState, isReadableFrame } from '../dom/read/page-claim';
import { mayHoldReportText } from '../dom/read/signals';
import { loadStage } from './load-stage';

// Marks this copy of the script in its own (isolated) world, so a second
// evaluation of it does nothing; the page never sees this global.
const RUN_MARKER = Symbol.for('report-lens.content-script');
const scope = globalThis as unknown as Record<symbol, boolean | undefined>;

/** The gate stage's chunk, relative to the extension root; written in by
 * vite.config.ts once the main build has named it. */
declare const __REPORT_LENS_GATE_MODULE__: string;
/** The one extension API the first stage uses; `chrome` is there in both
 * Chromium and Firefox content scripts. */
declare const chrome: { runtime: { getURL(path: string): string } };

function loadGateStage(): void {
  // the specifier is this extension's own chunk, fixed at build time, never page input
  // eslint-disable-next-line no-unsanitized/method
  const load = () => import(/* @vite-ignore */ chrome.runtime.getURL(__REPORT_LENS_GATE_MODULE__)) as Promise<typeof import('./content-gate')>;
  loadStage(load)
    .then(({ startGate }) => startGate(document))
    .catch((error: unknown) => console.warn('[Report Lens] could not start on this page:', error));
}

const mayBeReport = () => titleNamesAReport(document.title) || mayHoldReportText(document, REPORT_TEXT_CLUES);

// Only the state attribute is looked at here (a tag search walks the whole
// page); the report stage checks for marks and a sidebar before it changes anything.
if (!scope[RUN_MARKER] && isReadableFrame(window) && !hasLensState(document)) {
  scope[RUN_MARKER] = true;
  // a report put in after document_idle (single-page apps) is looked for
  // again, for a bounded time, with the same search
  if (mayBeReport()) loadGateStage();
  else watchForLateReport(document, mayBeReport, loadGateStage);
}
