import { clipboardPayload, exportMetric, toCitation, type ExportFormat, type TableColumn } from '../core/export';
import type { Analysis, Metric } from '../core/types';
import { copyToClipboard } from './clipboard';

export interface MetricCopier {
  /** the given rows, in the given order, in one of the export formats */
  copy(format: ExportFormat, metricIds: string[]): Promise<void>;
  /** one figure with where it came from */
  copyCitation(metricId: string): Promise<void>;
}

export function metricCopier(
  doc: Document,
  analysis: Analysis,
  options: { labels: Record<TableColumn, string>; sectionTitles: ReadonlyMap<string, string>; sectionPaths: ReadonlyMap<string, string> },
): MetricCopier {
  const byId = new Map<string, Metric>(analysis.metrics.map((metric) => [metric.id, metric]));
  return {
    async copy(format, metricIds) {
      const rows = metricIds.flatMap((id) => byId.get(id) ?? []);
      const payload = clipboardPayload(format, analysis, rows, doc.location.href, options);
      await copyToClipboard(doc, payload.text, payload.html);
    },
    async copyCitation(metricId) {
      const metric = byId.get(metricId);
      if (!metric) return;
      const section = metric.sectionId ? options.sectionPaths.get(metric.sectionId) : undefined;
      const source = { title: analysis.detection.title, url: doc.location.href, ...(section ? { section } : {}) };
      await copyToClipboard(doc, toCitation(exportMetric(metric), source));
    },
  };
}
