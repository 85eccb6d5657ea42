import { exportMetric, toCitation, type ExportFormat } from '../../core/export';
import { figureClipboard, figureFile, type FigureFileFormat, type FigureTableOptions } from '../../core/figure-table';
import type { Analysis, Metric } from '../../core/types';
import { copyToClipboard } from './clipboard';
import { saveFile } from './save-file';

export interface MetricCopier {
  /** the given rows, in the given order, in one of the export formats */
  copy(format: ExportFormat, metricIds: string[]): Promise<void>;
  /** one figure with where it came from */
  copyCitation(metricId: string): Promise<void>;
  /** the given rows as a file the browser saves; resolves with its name */
  download(format: FigureFileFormat, metricIds: string[]): Promise<string>;
}

export interface MetricCopierOptions {
  /** the table's language and columns as the reader has them now */
  table(): FigureTableOptions;
  sectionPaths: ReadonlyMap<string, string>;
  /** where the download's link is clicked: the sidebar's own tree, so that
   * the page's <body> is never touched */
  linkParent(): ParentNode;
}

export function metricCopier(doc: Document, analysis: Analysis, options: MetricCopierOptions): MetricCopier {
  const byId = new Map<string, Metric>(analysis.metrics.map((metric) => [metric.id, metric]));
  const rowsOf = (metricIds: string[]) => metricIds.flatMap((id) => byId.get(id) ?? []);
  return {
    async copy(format, metricIds) {
      const payload = figureClipboard(format, analysis, rowsOf(metricIds), doc.location.href, options.table());
      await copyToClipboard(doc, payload.text, payload.html);
    },
    async copyCitation(metricId) {
      const metric = byId.get(metricId);
      if (!metric) return;
      const section = metric.sectionId ? options.sectionPaths.get(metric.sectionId) : undefined;
      const source = { title: analysis.detection.title, url: doc.location.href, ...(section ? { section } : {}) };
      await copyToClipboard(doc, toCitation(exportMetric(metric), source));
    },
    async download(format, metricIds) {
      const date = new Date().toISOString().slice(0, 10);
      const file = await figureFile(format, analysis, rowsOf(metricIds), doc.location.href, { ...options.table(), date });
      const view = doc.defaultView ?? window;
      const blob = new view.Blob([file.bytes as BlobPart], { type: file.type });
      saveFile(doc, file.name, blob, options.linkParent());
      return file.name;
    },
  };
}
