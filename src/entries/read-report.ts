// Wiring of the reading of a report page: the page's blocks go to the engine
// in the extension's background (or, without an answer, to the engine loaded
// into the page), within the limits of what a tab should be kept busy with.
import { translatorFor, type Translate } from '../core/message-bundle';
import { resolveLanguage, type Settings, type UiLanguage } from '../core/settings';
import type { ManualMode, PageSignals } from '../core/types';
import { findDensestText, readChosenReport } from '../dom/read/chosen-report';
import { DEFAULT_READ_OPTIONS, isReportReading, readReportPageWith, ReportTooLargeError, type PageReading } from '../dom/read/page-reading';
import type { ReportLocation } from '../dom/read/report-body';
import { backgroundAnalyzer } from '../ext/background-engine';
import { message, onContentRequest, uiLanguage, type LibraryAnswer } from '../ext/messages';
import { reportAnchors } from '../dom/read/report-presence';
import { loadSettings } from '../ext/settings';
import { waitUntilSiteEnabled } from '../ext/site-gate';

export const LOG_PREFIX = '[Report Lens]';

/** Limits past which the page says it is too large instead of keeping the
 * tab busy: all of its text (the longest corpus report has ~35,000
 * characters, a five-year plan a few times that), and the report body. */
const MAX_PAGE_CHARS = 1_000_000;
const MAX_BODY_CHARS = Math.min(DEFAULT_READ_OPTIONS.maxBodyChars, 500_000);
/** The in-page engine's slices (a cold block can take a few ms), and how long
 * the background may take before the page runs the engine itself. */
const READ_SLICE_MS = 25;
const BACKGROUND_TIMEOUT_MS = 10_000;

/** Resolves in a later task of the page's event loop (not a microtask), so
 * that what ran before can be painted. */
export function nextTask(doc: Document): Promise<void> {
  return new Promise((resolve) => (doc.defaultView ?? window).setTimeout(resolve, 0));
}

export interface ReportRead {
  reading: PageReading;
  settings: Settings;
  t: Translate;
  language: UiLanguage;
  /** what the report library said, when the background answered */
  library: LibraryAnswer | null;
}

/** The page read and analysed (by the background, off the page's thread,
 * whose answer brings the settings and the UI's words; by the page itself
 * only without an answer), or null when it is no report or too large. */
export async function readReport(doc: Document, hostname: string, signals: PageSignals | undefined): Promise<ReportRead | null> {
  const engine = engineFor(doc, false);
  let reading: Awaited<ReturnType<typeof readReportPageWith>>;
  try {
    reading = await readReportPageWith(doc, engine.analyze, { maxPageChars: MAX_PAGE_CHARS, maxBodyChars: MAX_BODY_CHARS, signals });
  } catch (error) {
    if (!(error instanceof ReportTooLargeError)) throw error;
    console.info(`${LOG_PREFIX} this page is too large to annotate (${error.message}); it is left as it is.`);
    onContentRequest(() => ({ state: 'too-large', hostname, message: error.message }));
    return null;
  }
  if (!isReportReading(reading)) return null;
  return withExtras(reading, engine.extras());
}

function engineFor(doc: Document, asReport: boolean): ReturnType<typeof backgroundAnalyzer> {
  return backgroundAnalyzer({
    timeoutMs: BACKGROUND_TIMEOUT_MS, sliceMs: READ_SLICE_MS, pause: () => nextTask(doc), asReport,
    onFallback: (error) => console.info(`${LOG_PREFIX} reading the report in the page:`, error),
  });
}

/** The page read as a report because the reader asked: as any report where
 * the detector takes it (unless they pick the text themselves), else the
 * densest text or the element picked, taken as a report. Null when there is
 * no text to read, or the pick was cancelled. */
export async function readReportAsAsked(doc: Document, hostname: string, mode: ManualMode): Promise<ReportRead | null> {
  if (mode !== 'pick') {
    const detected = await readReport(doc, hostname, undefined);
    if (detected) return detected;
  }
  let location: ReportLocation | null;
  if (mode === 'pick') {
    // the picker loads only when the reader picks
    const { pickElement } = await import('../dom/read/element-picker');
    const picked = await pickElement(doc, message('pickerHint')).result;
    location = picked ? { root: picked, parts: [picked] } : null;
  } else {
    location = findDensestText(doc);
  }
  if (!location) {
    console.info(`${LOG_PREFIX} no text to read as a report on this page.`);
    return null;
  }
  const engine = engineFor(doc, true);
  const reading = await readChosenReport(doc, location, engine.analyze, { maxBodyChars: MAX_BODY_CHARS });
  return reading ? withExtras(reading, engine.extras()) : null;
}

async function withExtras(reading: PageReading, answered: ReturnType<ReturnType<typeof backgroundAnalyzer>['extras']>): Promise<ReportRead> {
  const settings: Settings = answered?.settings ?? (await loadSettings());
  const t: Translate = answered ? translatorFor(answered.bundle) : message;
  const language = resolveLanguage('auto', answered?.bundle.language ?? uiLanguage());
  return { reading, settings, t, language, library: answered?.library ?? null };
}

/** For a report on a site the reader switched off: waits, touching nothing,
 * until the site is switched on, and says whether the report is still on the
 * page then (a single-page app may have moved on; the popup meanwhile hears of
 * no report). */
export async function waitWhileSwitchedOff(view: Window, hostname: string, reading: PageReading): Promise<{ settings: Settings; reportStillThere: boolean }> {
  const { detection } = reading.analysis;
  const stillThere = () => reportAnchors(reading.map).every((anchor) => anchor.isConnected);
  const settings = await waitUntilSiteEnabled(view, hostname, () =>
    stillThere() ? { state: 'disabled', hostname, title: detection.title, kind: detection.kind } : { state: 'none', hostname });
  return { settings, reportStillThere: stillThere() };
}
