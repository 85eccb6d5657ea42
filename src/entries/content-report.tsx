// Wiring for a page that looks like a report: read it, annotate it, mount
// the sidebar, answer the popup and the keyboard commands.
import { render } from 'preact';
import { clipboardPayload, COLUMN_LABELS, exportMetric, sectionTitleMap, toCitation } from '../core/export';
import { isSiteEnabled, normalizeSettings, type Settings } from '../core/settings';
import { copyToClipboard } from '../dom/clipboard';
import { isReportReading, readReportPage } from '../dom/page-annotation';
import { ReportController, type ControllerState } from '../dom/report-controller';
import { mountSidebarHost } from '../dom/sidebar-host';
import { message, onContentRequest, uiLanguage, type PageStatus } from '../ext/messages';
import { loadSettings, onSettingsChanged, saveSettings } from '../ext/settings';
import { waitUntilSiteEnabled } from '../ext/site-gate';
import { FigureCard } from '../ui/figure-card';
import { flattenOutline } from '../ui/format';
import { Sidebar, SIDEBAR_CSS } from '../ui/sidebar';

/** Room the reading view leaves right of the report: the sidebar plus a gutter, or the folded handle. */
const GUTTER_PX = 24;
const HANDLE_ROOM_PX = 56;

export async function startReportLens(doc: Document): Promise<void> {
  let settings: Settings = await loadSettings();
  const hostname = doc.location.hostname;
  const reading = readReportPage(doc);
  if (!isReportReading(reading)) return;
  const { analysis } = reading;
  if (!isSiteEnabled(settings, hostname)) {
    // switched off for this site: nothing on the page until it is switched back on
    settings = await waitUntilSiteEnabled(hostname, {
      state: 'disabled', hostname, title: analysis.detection.title, kind: analysis.detection.kind,
    });
  }
  const language = uiLanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
  const sectionTitles = sectionTitleMap(analysis.outline);
  // "一、2019年工作回顾 › （一）经济…": a subsection's title alone says little in a card or a citation
  const sectionPaths = new Map(flattenOutline(analysis.outline).map(({ node, ancestors }) =>
    [node.id, [...ancestors, node.id].map((id) => sectionTitles.get(id) ?? '').join(' › ')]));
  const labels = COLUMN_LABELS[language];
  const byId = new Map(analysis.metrics.map((metric) => [metric.id, metric]));
  const ui = { collapsed: false };
  const sidebar = mountSidebarHost(doc, [SIDEBAR_CSS]);

  const copy = async (format: 'tsv' | 'csv' | 'markdown' | 'json', ids: string[]) => {
    const rows = ids.flatMap((id) => byId.get(id) ?? []);
    const payload = clipboardPayload(format, analysis, rows, doc.location.href, { labels, sectionTitles });
    await copyToClipboard(doc, payload.text, payload.html);
  };
  const copyCitation = async (id: string) => {
    const metric = byId.get(id);
    if (!metric) return;
    const section = metric.sectionId ? sectionPaths.get(metric.sectionId) : undefined;
    await copyToClipboard(doc, toCitation(exportMetric(metric), { title: analysis.detection.title, url: doc.location.href, ...(section ? { section } : {}) }));
  };

  const draw = (state: ControllerState) => {
    const hovered = state.hovered ? byId.get(state.hovered.metricId) : undefined;
    controller.setSidebarRoom(ui.collapsed ? HANDLE_ROOM_PX : settings.sidebarWidth + GUTTER_PX);
    render(
      <>
        <Sidebar
          analysis={analysis} url={doc.location.href} view={state.view}
          collapsed={ui.collapsed || state.view === 'original'} width={settings.sidebarWidth}
          activeSectionId={state.activeSectionId} selectedMetricId={state.selectedMetricId}
          t={message} language={language}
          onToggleOriginal={() => controller.toggleOriginal()}
          onCollapse={(collapsed) => { ui.collapsed = collapsed; draw(controller.current); }}
          onResize={(width) => { settings = normalizeSettings({ ...settings, sidebarWidth: width }); void saveSettings(settings); draw(controller.current); }}
          onSelectSection={(id) => controller.selectSection(id)}
          onSelectMetric={(id) => controller.selectMetric(id)}
          onCopy={copy} onCopyCitation={copyCitation}
        />
        {hovered && state.hovered && state.view === 'annotated' ? (
          <FigureCard metric={hovered} anchor={state.hovered.rect} sectionTitle={hovered.sectionId ? sectionPaths.get(hovered.sectionId) ?? '' : ''}
            t={message} language={language} onClose={() => controller.closeCard()} />
        ) : null}
      </>,
      sidebar.container,
    );
  };
  const controller = new ReportController(doc, reading, draw);

  const status = (): PageStatus => ({
    state: controller.current.view === 'annotated' ? 'ready' : 'off', hostname, title: analysis.detection.title, kind: analysis.detection.kind,
    actual: analysis.metrics.filter((m) => m.kind === 'actual').length, targets: analysis.metrics.filter((m) => m.kind === 'target').length,
  });
  onContentRequest((request) => {
    if (request.type === 'report-lens:set-view') {
      if (request.view === 'original') controller.showOriginal();
      else controller.annotate();
    }
    if (request.type === 'report-lens:command') {
      if (request.command === 'toggle-original') controller.toggleOriginal();
      if (request.command === 'toggle-sidebar') { ui.collapsed = !ui.collapsed; draw(controller.current); }
      if (request.command === 'next-figure' || request.command === 'previous-figure') controller.stepFigure(request.command === 'next-figure' ? 1 : -1);
    }
    return status();
  });
  onSettingsChanged((next) => {
    const wasEnabled = isSiteEnabled(settings, hostname);
    settings = next;
    if (!isSiteEnabled(settings, hostname)) controller.showOriginal();
    // switched back on from the popup or the options page: as it was before
    else if (!wasEnabled && settings.autoAnnotate) controller.annotate();
    draw(controller.current);
  });

  if (settings.autoAnnotate && isSiteEnabled(settings, hostname)) {
    try {
      controller.annotate();
    } catch (error) {
      controller.destroy();
      console.warn('[Report Lens] annotation failed; the page is left as it was:', error);
    }
  } else {
    // not annotated automatically: the page stays as it is ("off"), the handle offers the annotated view
    controller.showOriginal();
  }
  draw(controller.current);
}
