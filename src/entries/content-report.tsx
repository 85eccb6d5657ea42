// Wiring for a page that looks like a report: read it, annotate it, mount
// the sidebar, answer the popup and the keyboard commands.
import { render } from 'preact';
import { COLUMN_LABELS, sectionPathMap, sectionTitleMap } from '../core/export';
import { reportStatus } from '../core/page-status';
import { isSiteEnabled, normalizeSettings, type Settings } from '../core/settings';
import { metricCopier } from '../dom/copy-metrics';
import { createFailsafe, type Failsafe } from '../dom/failsafe';
import { translatorFor, type Translate } from '../core/message-bundle';
import type { PageSignals } from '../core/types';
import { DEFAULT_READ_OPTIONS, isReportReading, readReportPageWith, ReportTooLargeError } from '../dom/page-annotation';
import { isPageClaimed } from '../dom/page-claim';
import { ReportController, type ControllerState } from '../dom/report-controller';
import { mountSidebarHost, type SidebarHost } from '../dom/sidebar-host';
import { backgroundAnalyzer } from '../ext/background-engine';
import { message, onContentRequest, uiLanguage, type ContentRequest, type PageStatus } from '../ext/messages';
import { loadSettings, onRelayedSettings, saveSettings } from '../ext/settings';
import { waitUntilSiteEnabled } from '../ext/site-gate';
import { ReportPanel } from '../ui/report-panel';
import { SIDEBAR_CSS } from '../ui/sidebar';

const LOG_PREFIX = '[Report Lens]';
/** Room the reading view leaves right of the report: the sidebar plus a gutter, or the folded handle. */
const GUTTER_PX = 24;
const HANDLE_ROOM_PX = 56;
/** Metrics rows added per task while the Metrics tab is still closed (a few
 * ms of work per batch on a cold page). */
const ROW_BATCH = 80;

/** One start per copy of the script: a second call (the script evaluated
 * again) must not read and wrap the page a second time. */
let started = false;

/** Reads the page, annotates it and mounts the sidebar. Whatever throws, now
 * or later in a handler, ends in `fail`: the page is put back as it was found,
 * the sidebar removed, and one message logged. A half-annotated page is never
 * left behind. */
export async function startReportLens(doc: Document, signals?: PageSignals): Promise<void> {
  if (started || isPageClaimed(doc)) return;
  started = true;
  const failsafe = createFailsafe((error) => console.warn(`${LOG_PREFIX} stopped after an error; the page is shown as it was.`, error));
  try {
    await run(doc, failsafe, signals);
  } catch (error) {
    failsafe.fail(error);
  }
}

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
function nextTask(doc: Document): Promise<void> {
  return new Promise((resolve) => (doc.defaultView ?? window).setTimeout(resolve, 0));
}

/** Says so in the console, and to the popup when it asks. */
function tooLarge(detail: string, hostname: string): void {
  console.info(`${LOG_PREFIX} this page is too large to annotate (${detail}); it is left as it is.`);
  onContentRequest(() => ({ state: 'too-large', hostname, message: detail }));
}

async function run(doc: Document, failsafe: Failsafe, signals: PageSignals | undefined): Promise<void> {
  const guarded = failsafe.guard;
  const hostname = doc.location.hostname;
  // The engine runs in the background, off the page's thread (a long report
  // read cold is well over 100 ms of script), and its answer brings the
  // settings and the UI's words; only without an answer does the page do it all.
  const engine = backgroundAnalyzer({
    timeoutMs: BACKGROUND_TIMEOUT_MS, sliceMs: READ_SLICE_MS, pause: () => nextTask(doc),
    onFallback: (error) => console.info(`${LOG_PREFIX} reading the report in the page:`, error),
  });
  let reading: Awaited<ReturnType<typeof readReportPageWith>>;
  try {
    reading = await readReportPageWith(doc, engine.analyze, { maxPageChars: MAX_PAGE_CHARS, maxBodyChars: MAX_BODY_CHARS, signals });
  } catch (error) {
    if (!(error instanceof ReportTooLargeError)) throw error;
    tooLarge(error.message, hostname);
    return;
  }
  if (!isReportReading(reading)) return;
  const answered = engine.extras();
  let settings: Settings = answered?.settings ?? (await loadSettings());
  const t: Translate = answered ? translatorFor(answered.bundle) : message;
  const language = (answered?.bundle.language ?? uiLanguage()).toLowerCase().startsWith('zh') ? 'zh' : 'en';
  // Reading a long report is one long task already; annotating and the first
  // render each get a task of their own, so the page can paint and answer
  // input in between.
  await nextTask(doc);
  // another copy of the script may have claimed the page while this one waited
  if (isPageClaimed(doc)) return;
  const { analysis } = reading;
  if (!isSiteEnabled(settings, hostname)) {
    // switched off for this site: nothing on the page until it is switched back on
    settings = await waitUntilSiteEnabled(hostname, {
      state: 'disabled', hostname, title: analysis.detection.title, kind: analysis.detection.kind,
    });
    if (isPageClaimed(doc)) return;
  }
  const sectionTitles = sectionTitleMap(analysis.outline);
  const sectionPaths = sectionPathMap(analysis.outline);
  const { copy, copyCitation } = metricCopier(doc, analysis, { labels: COLUMN_LABELS[language], sectionTitles, sectionPaths });
  const byId = new Map(analysis.metrics.map((metric) => [metric.id, metric]));
  const ui = { collapsed: false };
  const sidebar: SidebarHost = mountSidebarHost(doc, [SIDEBAR_CSS]);
  failsafe.onCleanup(() => {
    render(null, sidebar.container);
    sidebar.undo();
  });

  // The first render (the whole sidebar: the longest step on a long report)
  // gets a task of its own after the one that annotated the page, and the
  // state changes until then render once. Later draws answer the user at once.
  let firstRender = 0;
  let rendered = false;
  const draw = guarded((state: ControllerState) => {
    controller.setSidebarRoom(ui.collapsed ? HANDLE_ROOM_PX : settings.sidebarWidth + GUTTER_PX);
    if (rendered) drawNow(state);
    else firstRender ||= window.setTimeout(() => {
      rendered = true;
      drawNow(controller.current);
    }, 0);
  });
  failsafe.onCleanup(() => window.clearTimeout(firstRender));
  const drawNow = guarded((state: ControllerState) => {
    const metric = state.hovered ? byId.get(state.hovered.metricId) : undefined;
    render(
      <ReportPanel
        analysis={analysis} url={doc.location.href} view={state.view}
        collapsed={ui.collapsed || state.view === 'original'} width={settings.sidebarWidth}
        activeSectionId={state.activeSectionId} selectedMetricId={state.selectedMetricId}
        t={t} language={language} rowBatch={ROW_BATCH}
        hovered={metric && state.hovered ? { metric, rect: state.hovered.rect } : null} sectionPaths={sectionPaths}
        onToggleOriginal={guarded(() => controller.toggleOriginal())}
        onCollapse={guarded((collapsed: boolean) => { ui.collapsed = collapsed; draw(controller.current); })}
        onResize={guarded((width: number) => { settings = normalizeSettings({ ...settings, sidebarWidth: width }); void saveSettings(settings); draw(controller.current); })}
        onSelectSection={guarded((id: string) => controller.selectSection(id))}
        onSelectMetric={guarded((id: string) => controller.selectMetric(id))}
        onCopy={copy} onCopyCitation={copyCitation} onCloseCard={guarded(() => controller.closeCard())}
      />,
      sidebar.container,
    );
  });
  // the scroll spy runs in animation frames: a throw there ends in `fail` too
  const controller = new ReportController(doc, reading, draw, guarded((error: unknown) => { throw error; }));
  // runs before the sidebar's cleanup (cleanups run last first): the page comes back, then the UI goes
  failsafe.onCleanup(() => controller.destroy());

  const status = (): PageStatus => (failsafe.failed ? { state: 'error', hostname } : reportStatus(analysis, controller.current.view, hostname));
  const answer = guarded((request: ContentRequest) => {
    if (request.type === 'report-lens:set-view') {
      if (request.view === 'original') controller.showOriginal();
      else controller.annotate();
    }
    if (request.type === 'report-lens:command') {
      if (request.command === 'toggle-original') controller.toggleOriginal();
      if (request.command === 'toggle-sidebar') { ui.collapsed = !ui.collapsed; draw(controller.current); }
      if (request.command === 'next-figure' || request.command === 'previous-figure') controller.stepFigure(request.command === 'next-figure' ? 1 : -1);
    }
  });
  // stays after a failure, so the popup can say so
  onContentRequest((request) => {
    answer(request);
    return status();
  });
  failsafe.onCleanup(onRelayedSettings(guarded((next: Settings) => {
    const wasEnabled = isSiteEnabled(settings, hostname);
    settings = next;
    if (!isSiteEnabled(settings, hostname)) controller.showOriginal();
    // switched back on from the popup or the options page: as it was before
    else if (!wasEnabled && settings.autoAnnotate) controller.annotate();
    draw(controller.current);
  })));

  if (settings.autoAnnotate && isSiteEnabled(settings, hostname)) {
    // an exception here reaches startReportLens, which restores the page
    controller.annotate();
  } else {
    // not annotated automatically: the page stays as it is ("off"), the handle offers the annotated view
    controller.showOriginal();
  }
  if (!failsafe.failed) draw(controller.current);
}
