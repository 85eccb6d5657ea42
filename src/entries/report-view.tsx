// Wiring of what a report page shows once it is read: the controller that
// annotates the page, and the sidebar (with the figure card) drawn from the
// controller's state. content-report.tsx decides when; this file connects.
import { render } from 'preact';
import { sectionPathMap } from '../core/export';
import type { Translate } from '../core/message-bundle';
import { normalizeSettings, redMeansUp, type Settings, type UiLanguage } from '../core/settings';
import { metricCopier } from '../dom/sidebar/copy-metrics';
import type { Failsafe } from '../dom/failsafe';
import type { PageReading } from '../dom/read/page-reading';
import { ReportController, type ControllerState } from '../dom/annotate/report-controller';
import { mountSidebarHost } from '../dom/sidebar/sidebar-host';
import { SidebarFold } from '../dom/sidebar/sidebar-room';
import { requestLedgerPage, type LibraryAnswer } from '../ext/messages';
import { saveSettings } from '../ext/settings';
import { ReportPanel } from '../ui/report-panel';
import { SIDEBAR_CSS } from '../ui/sidebar';

export interface ReportViewOptions {
  failsafe: Failsafe;
  t: Translate;
  language: UiLanguage;
  /** the library's notes beside the figures, and why the report was not kept */
  library: LibraryAnswer | null;
  /** the settings as they are now (the sidebar's width among them) */
  settings(): Settings;
  /** the reader resized the sidebar */
  onSettings(settings: Settings): void;
}

export interface ReportView {
  controller: ReportController;
  /** draws the sidebar for the controller's current state */
  redraw(): void;
  toggleSidebar(): void;
  /** the UI's words in another language (the reader chose it); redraws */
  setWords(t: Translate, language: UiLanguage): void;
}

/** Mounts the sidebar and makes the controller; changes nothing else on
 * the page until the caller asks the controller to annotate. Everything is
 * undone through the failsafe's cleanups. */
export function mountReportView(doc: Document, reading: PageReading, options: ReportViewOptions): ReportView {
  const { failsafe } = options;
  // the language can change while the page is open (the reader chose another)
  let words = { t: options.t, language: options.language };
  const guarded = failsafe.guard;
  const view = doc.defaultView ?? window;
  const { analysis } = reading;
  const sectionPaths = sectionPathMap(analysis.outline);
  const { copy, copyCitation, download } = metricCopier(doc, analysis, {
    table: () => ({ language: words.language, columns: options.settings().tableColumns }),
    sectionPaths,
    linkParent: () => sidebar.shadowRoot,
  });
  const byId = new Map(analysis.metrics.map((metric) => [metric.id, metric]));
  // a message to the background, which opens the page: a failure (an extension reloaded under the page) is only logged
  const openLedger = () => void requestLedgerPage(analysis.detection.jurisdiction).catch((error: unknown) => console.warn('[Report Lens] the ledger page could not be opened:', error));
  const fold = new SidebarFold(view, () => options.settings().sidebarWidth);
  const sidebar = mountSidebarHost(doc, [SIDEBAR_CSS]);
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
    controller.setSidebarRoom(fold.room());
    const { colourConvention, emphasis } = options.settings();
    controller.setMarkLook({ redUp: redMeansUp(colourConvention, words.language), emphasis });
    const { readingWidth, fontSize } = options.settings();
    controller.setReadingStyle(readingWidth, fontSize);
    if (rendered) drawNow(state);
    else firstRender ||= view.setTimeout(() => {
      rendered = true;
      drawNow(controller.current);
    }, 0);
  });
  failsafe.onCleanup(() => view.clearTimeout(firstRender));
  const redraw = () => draw(controller.current);
  // a drawer over the report folds once the reader chose where to go in it
  const makeWay = () => {
    if (!fold.overlays()) return;
    fold.choose(true);
    redraw();
  };
  // a choice made in the sidebar (its width, the table's columns) is kept
  const keep = (patch: Partial<Settings>) => {
    const next = normalizeSettings({ ...options.settings(), ...patch });
    options.onSettings(next);
    void saveSettings(next);
    redraw();
  };
  const drawNow = guarded((state: ControllerState) => {
    const metric = state.hovered ? byId.get(state.hovered.metricId) : undefined;
    const settings = options.settings();
    const { t, language } = words;
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
        onCopy={copy} onCopyCitation={copyCitation} onDownload={download} onCloseCard={guarded(() => controller.closeCard())}
        ledgerNotes={options.library?.notes} libraryError={options.library?.error ?? null}
        onOpenLedger={options.library ? openLedger : undefined}
      />,
      sidebar.container,
    );
  });
  // the scroll spy runs in animation frames: a throw there ends in `fail` too
  const controller = new ReportController(doc, reading, draw, guarded((error: unknown) => { throw error; }));
  // the drag limit follows the window too: a redraw, at most once a frame while the window is resized
  const fitWindow = guarded(() => {
    fold.fitWindow();
    redraw();
  });
  view.addEventListener('resize', fitWindow);
  failsafe.onCleanup(() => view.removeEventListener('resize', fitWindow));
  // runs before the sidebar's cleanup (cleanups run last first): the page comes back, then the UI goes
  failsafe.onCleanup(() => controller.destroy());
  return {
    controller,
    redraw,
    toggleSidebar: () => {
      fold.choose(!fold.folded);
      redraw();
    },
    setWords: (t, language) => {
      words = { t, language };
      redraw();
    },
  };
}
