// Wiring of what a report page shows once it is read: the controller that
// annotates the page, and the sidebar (with the figure card) drawn from the
// controller's state. content-report.tsx decides when; this file connects.
import { render } from 'preact';
import { sectionPathMap } from '../core/export';
import { FIRST_SCREEN_MARK } from '../core/measures';
import type { Translate } from '../core/message-bundle';
import { normalizeSettings, redMeansUp, type Settings, type UiLanguage } from '../core/settings';
import type { Analysis, Metric } from '../core/types';
import { ReportController, type ControllerState } from '../dom/annotate/report-controller';
import type { Failsafe } from '../dom/failsafe';
import type { PageReading } from '../dom/read/page-reading';
import { metricCopier, type MetricCopier } from '../dom/sidebar/copy-metrics';
import { mountSidebarHost } from '../dom/sidebar/sidebar-host';
import { SidebarFold } from '../dom/sidebar/sidebar-room';
import { requestLedgerPage, type LibraryAnswer } from '../ext/messages';
import { saveSettings } from '../ext/settings';
import { ReportPanel } from '../ui/report-panel';
import { SIDEBAR_CSS } from '../ui/sidebar';
import type { ReportSettings } from './report-settings';

export interface ReportViewOptions {
  failsafe: Failsafe;
  t: Translate;
  language: UiLanguage;
  /** the library's notes beside the figures, and why the report was not kept */
  library: LibraryAnswer | null;
  /** the settings as they are now (the sidebar's width among them) */
  settings: ReportSettings;
}

export interface ReportView {
  controller: ReportController;
  /** draws the sidebar for the controller's current state */
  redraw(): void;
  toggleSidebar(): void;
  /** the window was resized: the fold and the drag limit follow; redraws */
  fitWindow(): void;
  /** the UI's words in another language (the reader chose it); redraws */
  setWords(t: Translate, language: UiLanguage): void;
}

/** What drawing the sidebar needs, made once per page. */
interface Panel {
  doc: Document;
  analysis: Analysis;
  options: ReportViewOptions;
  fold: SidebarFold;
  copier: MetricCopier;
  sectionPaths: ReadonlyMap<string, string>;
  metricsById: ReadonlyMap<string, Metric>;
  container: HTMLElement;
  words(): { t: Translate; language: UiLanguage };
}

/** Mounts the sidebar and makes the controller; changes nothing else on
 * the page until the caller asks the controller to annotate. Everything is
 * undone through the failsafe's cleanups. */
export function mountReportView(doc: Document, reading: PageReading, options: ReportViewOptions): ReportView {
  const { failsafe, settings } = options;
  // the language can change while the page is open (the reader chose another)
  let words = { t: options.t, language: options.language };
  const view = doc.defaultView ?? window;
  const { analysis } = reading;
  const sectionPaths = sectionPathMap(analysis.outline);
  const copier = metricCopier(doc, analysis, {
    table: () => ({ language: words.language, columns: settings.current().tableColumns }),
    sectionPaths,
    linkParent: () => sidebar.shadowRoot,
  });
  const fold = new SidebarFold(view, () => settings.current().sidebarWidth);
  const sidebar = mountSidebarHost(doc, [SIDEBAR_CSS]);
  failsafe.onCleanup(() => {
    render(null, sidebar.container);
    sidebar.undo();
  });
  const metricsById = new Map(analysis.metrics.map((metric) => [metric.id, metric]));
  const panel: Panel = { doc, analysis, options, fold, copier, sectionPaths, metricsById, container: sidebar.container, words: () => words };
  const draw = firstRenderLater(view, failsafe, (state) => drawPanel(panel, controller, state, redraw), () => controller.current);
  const styled = failsafe.guard((state: ControllerState) => {
    controller.setSidebarRoom(fold.room());
    const { colourConvention, emphasis, readingWidth, fontSize } = settings.current();
    controller.setMarkLook({ redUp: redMeansUp(colourConvention, words.language), emphasis });
    controller.setReadingStyle(readingWidth, fontSize);
    draw(state);
  });
  const redraw = () => styled(controller.current);
  // the scroll spy runs in animation frames: a throw there ends in `fail` too
  const controller = new ReportController(doc, reading, styled, failsafe.guard((error: unknown) => { throw error; }));
  // runs before the sidebar's cleanup (cleanups run last first): the page comes back, then the UI goes
  failsafe.onCleanup(() => controller.destroy());
  return {
    controller,
    redraw,
    toggleSidebar: () => {
      fold.choose(!fold.folded);
      redraw();
    },
    fitWindow: () => {
      fold.fitWindow();
      redraw();
    },
    setWords: (t, language) => {
      words = { t, language };
      redraw();
    },
  };
}

/** The first render (the whole sidebar: the longest step on a long report)
 * gets a task of its own after the one that annotated the page, and the
 * state changes until then render once. Later draws answer the user at once. */
function firstRenderLater(view: Window, failsafe: Failsafe, drawNow: (state: ControllerState) => void, current: () => ControllerState) {
  let firstRender = 0;
  let rendered = false;
  const guardedNow = failsafe.guard(drawNow);
  failsafe.onCleanup(() => view.clearTimeout(firstRender));
  return (state: ControllerState) => {
    if (rendered) guardedNow(state);
    else firstRender ||= view.setTimeout(() => {
      rendered = true;
      const first = current();
      guardedNow(first);
      // the first screen is there: the page annotated (its figures in view marked) and the sidebar drawn
      if (first.view === 'annotated') performance.mark(FIRST_SCREEN_MARK);
    }, 0);
  };
}

/** Renders the sidebar and the figure card for `state`. */
function drawPanel(panel: Panel, controller: ReportController, state: ControllerState, redraw: () => void): void {
  const { doc, analysis, options, fold, copier, sectionPaths } = panel;
  const guarded = options.failsafe.guard;
  const metric = state.hovered ? panel.metricsById.get(state.hovered.metricId) : undefined;
  const settings = options.settings.current();
  const { t, language } = panel.words();
  // a drawer over the report folds once the reader chose where to go in it
  const makeWay = () => {
    if (!fold.overlays()) return;
    fold.choose(true);
    redraw();
  };
  // a choice made in the sidebar (its width, the table's columns) is kept
  const keep = (patch: Partial<Settings>) => {
    const next = normalizeSettings({ ...options.settings.current(), ...patch });
    options.settings.record(next);
    void saveSettings(next);
    redraw();
  };
  // a message to the background, which opens the page: a failure (an extension reloaded under the page) is only logged
  const openLedger = () => void requestLedgerPage(analysis.detection.jurisdiction).catch((error: unknown) => console.warn('[Report Lens] the ledger page could not be opened:', error));
  render(
    <ReportPanel
      analysis={analysis} url={doc.location.href} view={state.view}
      collapsed={fold.folded || state.view === 'original'} width={settings.sidebarWidth} maxWidth={fold.widestDocked()}
      activeSectionId={state.activeSectionId} selectedMetricId={state.selectedMetricId}
      t={t} language={language} redUp={redMeansUp(settings.colourConvention, language)} tableColumns={settings.tableColumns}
      hovered={metric && state.hovered ? { metric, rect: state.hovered.rect } : null} sectionPaths={sectionPaths}
      onToggleOriginal={guarded(() => controller.toggleOriginal())}
      onCollapse={guarded((collapsed: boolean) => { fold.choose(collapsed); redraw(); })}
      onResize={guarded((sidebarWidth: number) => keep({ sidebarWidth }))}
      onTableColumns={guarded((tableColumns: string[] | null) => keep({ tableColumns }))}
      onSelectSection={guarded((id: string) => { controller.selectSection(id); makeWay(); })}
      onSelectMetric={guarded((id: string) => { controller.selectMetric(id); makeWay(); })}
      onCopy={copier.copy} onCopyCitation={copier.copyCitation} onDownload={copier.download} onCloseCard={guarded(() => controller.closeCard())}
      ledgerNotes={options.library?.notes} libraryError={options.library?.error ?? null}
      onOpenLedger={options.library ? openLedger : undefined}
    />,
    panel.container,
  );
}
