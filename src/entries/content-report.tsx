// The report stage's entry, for a page that looks like a report: read it
// (read-report.ts), show it (annotated-report.ts: the sidebar and the
// controller), start the behaviours that follow the page from then on
// (behaviours/), and annotate it. Where the stage is on the page is one value
// (report-life.ts).
import { annotatesAtOnce, isSiteEnabled } from '../core/settings';
import type { ManualMode, PageSignals } from '../core/types';
import { createFailsafe, type Failsafe } from '../dom/failsafe';
import { isPageClaimed } from '../dom/read/page-claim';
import { watchForNextReport } from '../dom/read/report-presence';
import { showReport, type AnnotatedReport } from './annotated-report';
import { REPORT_BEHAVIOURS } from './behaviours';
import { LOG_PREFIX, nextTask, readReport, readReportAsAsked, waitWhileSwitchedOff } from './read-report';
import { lifeAfter, mayStart, type LifeEvent, type ReportLife } from './report-life';

/** One copy of the script, one life: a second call (the script evaluated
 * again) must not read and wrap the page a second time. */
let life: ReportLife<AnnotatedReport> = { phase: 'waiting' };
const move = (event: LifeEvent<AnnotatedReport>) => {
  life = lifeAfter(life, event);
};

/** Reads the page, annotates it and mounts the sidebar. Whatever throws, now
 * or later in a handler, ends in `fail`: the page is put back as it was found,
 * the sidebar removed, and one message logged. A half-annotated page is never
 * left behind. */
export async function startReportLens(doc: Document, signals?: PageSignals): Promise<void> {
  if (!mayStart(life, false) || isPageClaimed(doc)) return;
  await begin(doc, signals, undefined);
}

/** The reader asked to read this page as a report (the popup, the context
 * menu, a site set to 'always'): a report shown as the original is
 * annotated; a page the detector rejected, or never saw, is read from its
 * densest text or the element picked, and annotated at once. */
export async function readAsReport(doc: Document, mode: ManualMode): Promise<void> {
  if (life.phase === 'shown') {
    if (mode !== 'site') life.shown.controller.annotate();
    return;
  }
  if (!mayStart(life, true) || isPageClaimed(doc)) return;
  await begin(doc, undefined, mode);
}

async function begin(doc: Document, signals: PageSignals | undefined, manual: ManualMode | undefined): Promise<void> {
  move({ type: 'start' });
  const failsafe = createFailsafe((error) => console.warn(`${LOG_PREFIX} stopped after an error; the page is shown as it was.`, error));
  try {
    await run(doc, failsafe, signals, manual);
  } catch (error) {
    failsafe.fail(error);
  } finally {
    move({ type: 'read' });
  }
}

async function run(doc: Document, failsafe: Failsafe, signals: PageSignals | undefined, manual?: ManualMode): Promise<void> {
  const hostname = doc.location.hostname;
  // a document that no window shows (one made by script) has no reader
  const pageView = doc.defaultView;
  if (!pageView) return;
  const read = await (manual ? readReportAsAsked(doc, hostname, manual) : readReport(doc, hostname, signals));
  if (!read) return;
  // Reading a long report is one long task already; annotating and the first
  // render each get a task of their own, so the page can paint and answer
  // input in between.
  await nextTask(doc);
  // another copy of the script may have claimed the page while this one waited
  if (isPageClaimed(doc)) return;
  // the reader's own request goes before the site's setting
  if (!manual && !isSiteEnabled(read.settings, hostname)) {
    // switched off for this site: nothing on the page until it is switched back on
    const switchedOn = await waitWhileSwitchedOff(pageView, hostname, read.reading);
    if (isPageClaimed(doc)) return;
    if (!switchedOn.reportStillThere) {
      // a single-page app moved on meanwhile: start over on what it shows now
      move({ type: 'left' });
      await startReportLens(doc);
      return;
    }
    read.settings = switchedOn.settings;
  }
  const annotated = showReport(doc, pageView, read, failsafe, failsafe.guard(() => standDown(doc, failsafe)));
  move({ type: 'show', shown: annotated });
  failsafe.onCleanup(() => move({ type: 'stop' }));
  for (const behaviour of REPORT_BEHAVIOURS) failsafe.onCleanup(behaviour(annotated));
  // an exception here reaches begin, which restores the page; not annotated
  // automatically, the page stays as it is ("off") and the handle offers the
  // annotated view
  if (manual || annotatesAtOnce(read.settings, hostname)) {
    // the sidebar's host and the behaviours in this task, the annotation in
    // the next: together they were one task of ~23 ms on the bench's
    // 100,000-character page, past a frame's 16
    await nextTask(doc);
    if (failsafe.over) return;
    // the annotation over several tasks, the reading view first, then the
    // marks in slices (~18 ms in one task on that page)
    await annotated.controller.annotateInTasks();
  } else annotated.controller.showOriginal();
  if (!failsafe.failed) annotated.sidebar.redraw();
}

/** The report left the page: everything of ours goes with it, and the next
 * report the app shows is looked for. */
function standDown(doc: Document, failsafe: Failsafe): void {
  failsafe.end();
  move({ type: 'left' });
  watchForNextReport(doc, () => void startReportLens(doc));
}
