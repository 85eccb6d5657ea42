import type { Analysis, PageStatus, PageView } from './types';

/** What the content script tells the popup about a report page. */
export function reportStatus(analysis: Analysis, view: PageView, hostname: string): PageStatus {
  let actual = 0;
  let targets = 0;
  for (const metric of analysis.metrics) {
    if (metric.kind === 'actual') actual++;
    else if (metric.kind === 'target') targets++;
  }
  return {
    state: view === 'annotated' ? 'ready' : 'off',
    hostname,
    title: analysis.detection.title,
    kind: analysis.detection.kind,
    actual,
    targets,
  };
}
