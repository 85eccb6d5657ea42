// Wiring for a page that looks like a report: read it (read-report.ts), then
// annotate it and mount the sidebar (report-view.tsx); answer the popup and
// the keyboard commands, follow the settings, and stand down when the
// report leaves the page.
import { translatorFor, type MessageBundle } from '../core/message-bundle';
import { reportStatus } from '../core/page-status';
import { annotatesAtOnce, isSiteEnabled, type Settings } from '../core/settings';
import type { ManualMode, PageSignals } from '../core/types';
import { createFailsafe, type Failsafe } from '../dom/failsafe';
import type { PageReading } from '../dom/read/page-reading';
import { isPageClaimed } from '../dom/read/page-claim';
import { reportAnchors, watchForNextReport, watchReportLeaving } from '../dom/read/report-presence';
import { onContentRequest, type ContentRequest, type PageStatus } from '../ext/messages';
import { followSettings } from '../ext/settings';
import { bundleLanguage, requestMessageBundle } from '../ext/ui-words';
import { LOG_PREFIX, nextTask, readReport, readReportAsAsked, waitWhileSwitchedOff } from './read-report';
import { mountReportView, type ReportView } from './report-view';

/** One start per copy of the script: a second call (the script evaluated
 * again) must not read and wrap the page a second time. */
let started = false;
/** a reading is under way (a reader's request waits for it) */
let running = false;
/** the report shown on this page, while it is */
let live: ReportView | null = null;

/** Reads the page, annotates it and mounts the sidebar. Whatever throws, now
 * or later in a handler, ends in `fail`: the page is put back as it was found,
 * the sidebar removed, and one message logged. A half-annotated page is never
 * left behind. */
export async function startReportLens(doc: Document, signals?: PageSignals): Promise<void> {
  if (started || isPageClaimed(doc)) return;
  await begin(doc, signals, undefined);
}

/** The reader asked to read this page as a report (the popup, the context
 * menu, a site set to 'always'): a report shown as the original is
 * annotated; a page the detector rejected, or never saw, is read from its
 * densest text or the element picked, and annotated at once. */
export async function readAsReport(doc: Document, mode: ManualMode): Promise<void> {
  if (live) {
    if (mode !== 'site') live.controller.annotate();
    return;
  }
  if (running || isPageClaimed(doc)) return;
  await begin(doc, undefined, mode);
}

async function begin(doc: Document, signals: PageSignals | undefined, manual: ManualMode | undefined): Promise<void> {
  started = true;
  running = true;
  const failsafe = createFailsafe((error) => console.warn(`${LOG_PREFIX} stopped after an error; the page is shown as it was.`, error));
  try {
    await run(doc, failsafe, signals, manual);
  } catch (error) {
    failsafe.fail(error);
  } finally {
    running = false;
  }
}

async function run(doc: Document, failsafe: Failsafe, signals: PageSignals | undefined, manual?: ManualMode): Promise<void> {
  const hostname = doc.location.hostname;
  // a document that no window shows (one made by script) has no reader
  const pageView = doc.defaultView;
  if (!pageView) return;
  const read = await (manual ? readReportAsAsked(doc, hostname, manual) : readReport(doc, hostname, signals));
  if (!read) return;
  const { reading, t, language, library } = read;
  let { settings } = read;
  // Reading a long report is one long task already; annotating and the first
  // render each get a task of their own, so the page can paint and answer
  // input in between.
  await nextTask(doc);
  // another copy of the script may have claimed the page while this one waited
  if (isPageClaimed(doc)) return;
  // the reader's own request goes before the site's setting
  if (!manual && !isSiteEnabled(settings, hostname)) {
    // switched off for this site: nothing on the page until it is switched back on
    const switchedOn = await waitWhileSwitchedOff(pageView, hostname, reading);
    if (isPageClaimed(doc)) return;
    if (!switchedOn.reportStillThere) {
      // a single-page app moved on meanwhile: start over on what it shows now
      started = false;
      await startReportLens(doc);
      return;
    }
    settings = switchedOn.settings;
  }
  const view = mountReportView(doc, reading, { failsafe, t, language, library, settings: () => settings, onSettings: (next) => (settings = next) });
  const { controller } = view;
  live = view;
  failsafe.onCleanup(() => {
    live = null;
  });
  answerRequests(failsafe, reading, view, hostname);
  failsafe.onCleanup(followSettings(pageView, failsafe.guard((next: Settings) => {
    const wasEnabled = isSiteEnabled(settings, hostname);
    if (next.language !== settings.language) followLanguage(next, view, failsafe);
    settings = next;
    if (!isSiteEnabled(settings, hostname)) controller.showOriginal();
    // switched back on from the popup or the options page: as it was before
    else if (!wasEnabled && annotatesAtOnce(settings, hostname)) controller.annotate();
    view.redraw();
  })));

  if (manual || annotatesAtOnce(settings, hostname)) {
    // an exception here reaches startReportLens, which restores the page
    controller.annotate();
  } else {
    // not annotated automatically: the page stays as it is ("off"), the handle offers the annotated view
    controller.showOriginal();
  }
  if (failsafe.failed) return;
  view.redraw();
  // a single-page app that moves on takes the report away: everything of
  // ours goes with it, and the next report the app shows is looked for
  failsafe.onCleanup(watchReportLeaving(doc, reportAnchors(reading.map), failsafe.guard(() => {
    failsafe.end();
    started = false;
    watchForNextReport(doc, () => void startReportLens(doc));
  })));
}

/** The reader chose another language: the sidebar's words come from the
 * background (a content script cannot read the package's locales); until
 * they do, the old words stay. */
function followLanguage(settings: Settings, view: ReportView, failsafe: Failsafe): void {
  requestMessageBundle(settings.language).then(
    failsafe.guard((bundle: MessageBundle) => view.setWords(translatorFor(bundle), bundleLanguage(bundle))),
    (error: unknown) => console.info(`${LOG_PREFIX} the words in the language chosen could not be had:`, error),
  );
}

/** The popup's questions and switches, and the keyboard commands; the
 * answer stays after a failure, so that the popup can say so. */
function answerRequests(failsafe: Failsafe, reading: PageReading, view: ReportView, hostname: string): void {
  const { controller } = view;
  const status = (): PageStatus => (failsafe.failed ? { state: 'error', hostname } : reportStatus(reading.analysis, controller.current.view, hostname));
  const answer = failsafe.guard((request: ContentRequest) => {
    if (request.type === 'report-lens:set-view') {
      if (request.view === 'original') controller.showOriginal();
      else controller.annotate();
    }
    if (request.type === 'report-lens:command') {
      if (request.command === 'toggle-original') controller.toggleOriginal();
      if (request.command === 'toggle-sidebar') view.toggleSidebar();
      if (request.command === 'next-figure' || request.command === 'previous-figure') controller.stepFigure(request.command === 'next-figure' ? 1 : -1);
    }
  });
  const stopAnswering = onContentRequest((request) => {
    answer(request);
    return status();
  });
  // after a failure the popup still hears that there was one; a report that left the page says nothing
  failsafe.onCleanup(() => {
    if (!failsafe.failed) stopAnswering();
  });
}
