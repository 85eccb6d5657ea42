// A figure of a communiqué's table (tab-separated rows, read by
// table-figures.ts) as a metric of the report.

import type { Detection, Metric } from './types';
import type { TableFigure } from './table-figures';
import { normalizeQuantity } from './units';
import { defaultPeriod, kindOf, type FlatNode } from './extract-parts';

/** A figure of a table row (table-figures.ts) as a metric: a result of its
 * section's year, as the tables of communiqués give. */
export function tableMetric(
  cell: TableFigure,
  block: number,
  index: number,
  section: FlatNode | null,
  communique: boolean,
  detection: Detection,
  lookBackReview: boolean,
): Metric {
  const kind = kindOf(communique, section?.part ?? null, false, '');
  const metric: Metric = {
    id: `m${index + 1}`,
    text: cell.text,
    value: cell.value,
    unit: cell.unit,
    normalized: normalizeQuantity(cell.value, cell.unit),
    indicator: cell.indicator,
    relation: cell.relation,
    qualifier: 'exact',
    kind,
    headline: false,
    period: section?.year ?? defaultPeriod(detection, kind, communique, lookBackReview),
    sectionId: section?.node.id ?? null,
    sentence: cell.indicator,
    block,
    start: cell.start,
    end: cell.end,
  };
  if (cell.base) metric.base = cell.base;
  if (cell.scope) metric.scope = cell.scope;
  return metric;
}
