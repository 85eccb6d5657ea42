// The metrics table's body, kept by hand: the rows in view and a margin
// around them are in the DOM (row-window.ts), spacers stand for the others,
// and scrolling moves the window without Preact rendering anything. A long
// report has hundreds of rows; laying them all out was most of what opening
// the Figures tab cost. Rows are built once per figure (metric-row-elements.ts)
// and kept, so a row scrolled back into view, filtered back or sorted is the
// same element.
import type { Metric } from '../core/types';
import { MetricRowFactory, setRowState, type MetricRowElement, type RowLabels } from './metric-row-elements';
import { rowOffset, rowWindow, scrollToShow } from './row-window';

/** What the rows show, as the table's props give it. */
export interface RowsState {
  rows: readonly Metric[];
  /** the table is on screen; hidden, nothing of its layout is read (a read
   * would lay out the whole sidebar in the middle of its first render) */
  visible: boolean;
  sectionTitles: ReadonlyMap<string, string>;
  notes?: ReadonlyMap<string, string>;
  selectedMetricId: string | null;
  focusableMetricId: string | null;
}

/** px of rows rendered beyond each edge of the view: a flick of the wheel
 * or a held arrow key lands on rows that are there already */
const MARGIN = 600;
/** the view assumed while the table is hidden (its tab closed): a screenful */
const HIDDEN_VIEW = 900;
/** a one-line row at the sidebar's type size, until rows are measured */
const FIRST_ESTIMATE = 29;

export class TableRows {
  private readonly factory: MetricRowFactory;
  private readonly byId = new Map<string, MetricRowElement>();
  private readonly heights = new Map<string, number>();
  private estimate = FIRST_ESTIMATE;
  private readonly top: HTMLTableRowElement;
  private readonly bottom: HTMLTableRowElement;
  private state: RowsState = { rows: [], visible: false, sectionTitles: new Map(), selectedMetricId: null, focusableMetricId: null };
  private shown = new Map<string, HTMLTableRowElement>();
  private selected: string | null = null;
  private focusable: string | null = null;
  private frame = 0;
  /** the hidden table's first rows, waiting for their task */
  private later = 0;
  private placed = false;
  /** where the window starts while the table is hidden: at a row asked for */
  private hiddenTop = 0;

  constructor(
    private readonly body: HTMLTableSectionElement,
    private readonly scroller: HTMLElement,
    readonly labels: RowLabels,
  ) {
    this.factory = new MetricRowFactory(body.ownerDocument, labels);
    this.top = this.factory.spacer();
    this.bottom = this.factory.spacer();
  }

  /** New rows or state from a render of the table. A hidden table (its
   * tab closed, as on a report page's first render) gets its rows in a task
   * of their own: the first screen does not wait for rows nobody sees. */
  update(state: RowsState): void {
    if (state.rows !== this.state.rows) this.hiddenTop = 0;
    this.state = state;
    if (state.visible || this.placed) this.render();
    else this.later ||= (this.body.ownerDocument.defaultView ?? window).setTimeout(() => {
      this.later = 0;
      this.render();
    }, 0);
  }

  /** At most once a frame while the reader scrolls or the view resizes. */
  schedule(): void {
    const view = this.body.ownerDocument.defaultView;
    if (this.frame || !view) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  destroy(): void {
    if (this.frame) this.body.ownerDocument.defaultView?.cancelAnimationFrame(this.frame);
    if (this.later) this.body.ownerDocument.defaultView?.clearTimeout(this.later);
    this.frame = 0;
    this.later = 0;
  }

  /** The rendered row of a figure, if it is in the window. */
  rowOf(metricId: string): HTMLTableRowElement | undefined {
    return this.shown.get(metricId);
  }

  /** Brings a figure's row into view (scrolling the table as little as
   * will do), renders it, and focuses it when asked. */
  reveal(metricId: string, focus: boolean): HTMLTableRowElement | undefined {
    const index = this.state.rows.findIndex((metric) => metric.id === metricId);
    if (index < 0) return undefined;
    const view = this.view();
    // hidden, the table cannot scroll: the window moves to the row instead
    if (!view.visible) this.hiddenTop = rowOffset(index, this.heightAt);
    else {
      const offset = rowOffset(index, this.heightAt);
      const wanted = scrollToShow(offset, this.heightAt(index), view.top, view.height);
      if (wanted !== view.top) this.scroller.scrollTop = wanted + view.header;
    }
    this.render();
    const row = this.shown.get(metricId);
    if (row) {
      if (focus) row.focus({ preventScroll: true });
      // the estimate may have been off: the row itself says where it is
      if (view.visible) row.scrollIntoView?.({ block: 'nearest' });
    }
    return row;
  }

  private readonly heightAt = (index: number): number => {
    const metric = this.state.rows[index];
    return (metric && this.heights.get(metric.id)) || this.estimate;
  };

  /** The rows' part of the scroller: where it is scrolled to, how tall it
   * is, under the sticky header. */
  private view(): { visible: boolean; top: number; height: number; header: number } {
    const hidden = { visible: false, top: this.hiddenTop, height: HIDDEN_VIEW, header: 0 };
    if (!this.state.visible) return hidden;
    const height = this.scroller.clientHeight;
    if (height <= 0) return hidden;
    const header = this.body.parentElement?.querySelector('thead')?.offsetHeight ?? 0;
    return { visible: true, top: Math.max(0, this.scroller.scrollTop - header), height: Math.max(1, height - header), header };
  }

  private render(): void {
    const view = this.view();
    let window = rowWindow(this.state.rows.length, this.heightAt, view.top, view.height, MARGIN);
    this.place(window);
    // Measured, the rows may be taller or shorter than estimated: once more
    // with their heights, so that the view is covered.
    if (view.visible && this.measure()) {
      const again = rowWindow(this.state.rows.length, this.heightAt, view.top, view.height, MARGIN);
      if (again.start !== window.start || again.end !== window.end) {
        window = again;
        this.place(window);
        this.measure();
      } else {
        this.setSpacers(again.before, again.after);
      }
    }
  }

  private place({ start, end, before, after }: ReturnType<typeof rowWindow>): void {
    const { rows, sectionTitles, notes, selectedMetricId, focusableMetricId } = this.state;
    // the focusable row, or the first one shown when it is scrolled away:
    // Tab always finds one way into the table
    let focusable = rows[start]?.id ?? null;
    for (let index = start; index < end; index++) if (rows[index]?.id === focusableMetricId) focusable = focusableMetricId;
    const wanted: HTMLTableRowElement[] = [this.top];
    const shown = new Map<string, HTMLTableRowElement>();
    for (let index = start; index < end; index++) {
      const metric = rows[index] as Metric;
      const section = metric.sectionId ? (sectionTitles.get(metric.sectionId) ?? '') : '';
      const note = notes?.get(metric.id) ?? '';
      let kept = this.byId.get(metric.id);
      if (!kept || kept.metric !== metric || kept.section !== section || kept.note !== note) {
        kept = this.factory.build(metric, section, note);
        this.byId.set(metric.id, kept);
        this.heights.delete(metric.id);
        // a new row is neither selected nor focusable until told otherwise
        if (metric.id === selectedMetricId || metric.id === focusable) setRowState(kept, metric.id === selectedMetricId, metric.id === focusable);
      }
      const rowIndex = String(index + 2);
      if (kept.row.getAttribute('aria-rowindex') !== rowIndex) kept.row.setAttribute('aria-rowindex', rowIndex);
      shown.set(metric.id, kept.row);
      wanted.push(kept.row);
    }
    wanted.push(this.bottom);
    if (selectedMetricId !== this.selected || focusable !== this.focusable) {
      for (const id of new Set([this.selected, this.focusable, selectedMetricId, focusable])) {
        const kept = id === null ? undefined : this.byId.get(id);
        if (kept) setRowState(kept, id === selectedMetricId, id === focusable);
      }
      this.selected = selectedMetricId;
      this.focusable = focusable;
    }
    this.shown = shown;
    this.placed = true;
    this.setSpacers(before, after);
    placeRows(this.body, wanted);
  }

  private setSpacers(before: number, after: number): void {
    for (const [spacer, height] of [[this.top, before], [this.bottom, after]] as const) {
      const cell = spacer.firstElementChild as HTMLElement;
      const px = `${Math.round(height)}px`;
      if (cell.style.height !== px) cell.style.height = px;
      spacer.hidden = height <= 0;
    }
  }

  /** Reads the heights of the rows in the DOM; true when one changed. */
  private measure(): boolean {
    let changed = false;
    let total = 0;
    for (const [id, row] of this.shown) {
      const height = row.offsetHeight;
      if (height <= 0) continue;
      total += height;
      if (this.heights.get(id) !== height) {
        this.heights.set(id, height);
        changed = true;
      }
    }
    if (this.shown.size > 0 && total > 0) {
      let sum = 0;
      for (const height of this.heights.values()) sum += height;
      this.estimate = sum / this.heights.size;
    }
    return changed;
  }
}

/** Makes `wanted` the body's children, in order, touching only what differs:
 * a scroll adds rows at one end and takes them away at the other; a filter
 * removes rows; a sort moves them (with moveBefore where the browser has it,
 * which keeps focus). */
function placeRows(body: HTMLTableSectionElement, wanted: readonly HTMLTableRowElement[]): void {
  const keep = new Set<Element>(wanted);
  for (let child = body.firstElementChild; child; ) {
    const next = child.nextElementSibling;
    if (!keep.has(child)) child.remove();
    child = next;
  }
  // moveBefore refuses nodes outside the document in some browsers; out of
  // it, focus is not at stake either
  const move = body.isConnected ? (body as { moveBefore?: (node: Node, child: Node | null) => void }).moveBefore : undefined;
  let cursor = body.firstElementChild;
  let appended: DocumentFragment | null = null;
  for (const row of wanted) {
    if (row === cursor) {
      cursor = cursor.nextElementSibling;
    } else if (row.parentNode === body) {
      // a row already here but out of place is always at or after the cursor
      if (move) move.call(body, row, cursor);
      else body.insertBefore(row, cursor);
    } else if (cursor) {
      body.insertBefore(row, cursor);
    } else {
      (appended ??= body.ownerDocument.createDocumentFragment()).append(row);
    }
  }
  if (appended) body.append(appended);
}
