// Which rows of a long table are in the DOM: those in view and a margin
// around them (docs/contract.md §1 allows it; copies read the analysis, not the
// rows). Heights are the rows' measured ones where known, an estimate from
// them elsewhere, so that the scrollbar stands for the whole table.

export interface RowWindow {
  /** the first row rendered */
  start: number;
  /** one past the last row rendered */
  end: number;
  /** px the rows before `start` would take: the top spacer */
  before: number;
  /** px the rows from `end` on would take: the bottom spacer */
  after: number;
}

/** The rows from `top - margin` to `top + height + margin`, at least one
 * when there are any. `heightOf(i)` is row i's height in px. */
export function rowWindow(count: number, heightOf: (index: number) => number, top: number, height: number, margin: number): RowWindow {
  const from = Math.max(0, top - margin);
  const to = top + height + margin;
  let offset = 0;
  let start = 0;
  while (start < count && offset + heightOf(start) <= from) {
    offset += heightOf(start);
    start++;
  }
  const before = offset;
  let end = start;
  while (end < count && (offset < to || end === start)) {
    offset += heightOf(end);
    end++;
  }
  let after = 0;
  for (let index = end; index < count; index++) after += heightOf(index);
  return { start: Math.min(start, count), end, before, after };
}

/** Where row `index` starts, px from the table body's top. */
export function rowOffset(index: number, heightOf: (index: number) => number): number {
  let offset = 0;
  for (let row = 0; row < index; row++) offset += heightOf(row);
  return offset;
}

/** The scroll position (in the rows' own coordinates) that brings a row
 * at `offset` of `rowHeight` into a view of the rows `height` px tall now
 * at `top`, with the least movement ("nearest"). */
export function scrollToShow(offset: number, rowHeight: number, top: number, height: number): number {
  if (offset < top) return offset;
  if (offset + rowHeight > top + height) return Math.max(0, offset + rowHeight - height);
  return top;
}
