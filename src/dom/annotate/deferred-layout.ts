import type { BlockMap } from '../read/blocks';
import { setAttribute, type Undo } from '../undo';
import { windowClock, type LayoutClock } from './layout-clock';
import { goalFor, layoutUnits, unitOnScreen, type Unit } from './layout-units';

export type { LayoutClock } from './layout-clock';
export { layoutUnits } from './layout-units';

// Restyling a report (the reading view's font size, measure and leading)
// makes the browser lay out all of its text again, and CJK text lays out
// slowly: about 150 ms for 100,000 characters on the bench machine, one long
// task in the first frame after annotation. While a block of the report
// carries DEFER_ATTRIBUTE, the reading view's sheet gives it
// `content-visibility: auto` and an estimated height, so the browser lays out
// only the blocks near the screen. The attribute then comes off a few blocks
// at a time, each batch laid out in a short task, until the layout is
// complete and exact. Navigation first settles the blocks up to its target,
// so that it lands where it aims.

/** On a block whose layout waits its turn; the value is its estimated height in lines. */
export const DEFER_ATTRIBUTE = 'data-report-lens-defer';

/** The reading view's line-height. */
const LINE_EM = 1.9;
/** Longer blocks are estimated at this many lines: the estimate only has to
 * hold until the block's turn comes. */
const MAX_ESTIMATED_LINES = 40;
/** ms of layout one forced layout should take */
const CHUNK_MS = 8;
const MIN_CHUNK_CHARS = 400;
const MAX_CHUNK_CHARS = 40_000;

/** The rules the reading view's sheet carries for deferred blocks, under
 * `scope` (the selector of the annotated report's root). Paint containment
 * clips what overflows a block (a figure's ▲, the focus ring, the flash, a
 * list marker): the clip margin leaves room for all of them. */
export function deferredLayoutCss(scope: string): string {
  const sizes = Array.from({ length: MAX_ESTIMATED_LINES }, (_, index) => {
    const lines = index + 1;
    return `${scope} [${DEFER_ATTRIBUTE}="${lines}"] { contain-intrinsic-block-size: auto ${Math.round(lines * LINE_EM * 100) / 100}em !important; }`;
  });
  return [
    `${scope} [${DEFER_ATTRIBUTE}] { content-visibility: auto !important; overflow-clip-margin: 3em !important; }`,
    ...sizes,
  ].join('\n');
}

export interface DeferredLayoutOptions {
  clock: LayoutClock;
  /** ms of layout a background task may do, at most and at least */
  backgroundSliceMs: number;
  minBackgroundSliceMs: number;
  /** ms a task may spend on the blocks a navigation waits for */
  urgentSliceMs: number;
  /** gets what throws in the later tasks, which no caller can catch */
  onError(error: unknown): void;
}

export interface DeferredLayout {
  /** blocks still waiting for their layout */
  readonly pending: number;
  /** The deferred block that holds `node`, while it waits; else null. Its
   * own rect is read without laying out its content. */
  pendingUnitOf(node: Node): Element | null;
  /** Lays out every deferred block before `node`, its own and a screenful
   * after it, then calls `then`: at once when none of them waits, else after
   * a few short tasks. A later call replaces the earlier one's `then`. */
  settleThrough(node: Node, then: () => void): void;
  /** Stops the batches and takes the attribute off every block still waiting. */
  undo: Undo;
}

/** Defers the layout of the report's blocks (see the top of this file) and
 * starts laying them out in the background, from the one on screen on. */
export function deferOffscreenLayout(doc: Document, map: BlockMap, options?: Partial<DeferredLayoutOptions>): DeferredLayout {
  const settings: DeferredLayoutOptions = {
    clock: options?.clock ?? windowClock(doc),
    backgroundSliceMs: options?.backgroundSliceMs ?? 20,
    minBackgroundSliceMs: options?.minBackgroundSliceMs ?? CHUNK_MS,
    urgentSliceMs: options?.urgentSliceMs ?? 30,
    onError:
      options?.onError ??
      ((error: unknown) => {
        throw error;
      }),
  };
  const queue = new LayoutQueue(map.root, deferUnits(map), settings);
  queue.scheduleBackground();
  return {
    get pending() {
      return queue.pending;
    },
    pendingUnitOf: (node) => queue.pendingUnitOf(node),
    settleThrough: (node, then) => queue.settleThrough(node, then),
    undo: () => queue.stop(),
  };
}

/** Every layout unit of the report, each set to wait with its estimated
 * height; all or none (a throw takes back what was set). */
function deferUnits(map: BlockMap): Unit[] {
  const units: Unit[] = [];
  try {
    for (const found of layoutUnits(map)) {
      const lines = Math.min(MAX_ESTIMATED_LINES, found.lines);
      units.push({ ...found, undo: setAttribute(found.element, DEFER_ATTRIBUTE, String(lines)) });
    }
  } catch (error) {
    for (const unit of units) unit.undo?.();
    throw error;
  }
  return units;
}

/** The deferred units and the batches that lay them out: in the background
 * from the screen on, and urgently up to a navigation's target. */
class LayoutQueue {
  pending: number;
  private readonly indexOf = new Map<Element, number>();
  /** where the background goes on (it wraps around to the start); null until it starts */
  private cursor: number | null = null;
  /** every unit before this one is laid out */
  private firstPending = 0;
  /** chars laid out per ms, as last measured; a cautious guess until then
   * (the first blocks are the slowest: fonts and shaping caches are cold) */
  private charsPerMs = 150;
  private cancelBackground: (() => void) | null = null;
  private urgent: { through: number; then: () => void; cancel: (() => void) | null } | null = null;
  private stopped = false;

  constructor(
    private readonly root: Element,
    private readonly units: Unit[],
    private readonly options: DeferredLayoutOptions,
  ) {
    this.pending = units.length;
    units.forEach((unit, index) => this.indexOf.set(unit.element, index));
  }

  pendingUnitOf(node: Node): Element | null {
    if (this.pending === 0) return null;
    for (let el: Node | null = node; el && el !== this.root; el = el.parentNode) {
      const index = this.indexOf.get(el as Element);
      if (index !== undefined) return this.units[index]?.undo ? (el as Element) : null;
    }
    return null;
  }

  settleThrough(node: Node, then: () => void): void {
    if (this.stopped) return;
    this.urgent?.cancel?.();
    this.urgent = { through: goalFor(this.units, node, this.options.clock.viewportHeight()), then, cancel: null };
    this.runUrgent();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.cancelBackground?.();
    this.cancelBackground = null;
    this.urgent?.cancel?.();
    this.urgent = null;
    for (const unit of this.units) this.settle(unit);
  }

  scheduleBackground(): void {
    if (this.stopped || this.pending === 0 || this.cancelBackground) return;
    this.cancelBackground = this.options.clock.whenIdle((idleMs) => this.guarded(() => this.background(idleMs))());
  }

  private settle(unit: Unit): void {
    if (!unit.undo) return;
    unit.undo();
    unit.undo = null;
    this.pending--;
  }

  /** Settles units from `pick` within `budgetMs`, forcing their layout
   * chunk by chunk so that the time is spent here, measured, and not in one
   * long frame later. Each forced layout costs a millisecond or two beyond
   * its blocks (the root's other children are placed again), so chunks are
   * sized to take about CHUNK_MS. False once `pick` has none left. */
  private lay(budgetMs: number, pick: () => Unit | null): boolean {
    const { clock } = this.options;
    if (!pick()) return false;
    const start = clock.now();
    // Whatever else waits for layout (the page's own changes, the sidebar)
    // is laid out first, so that it is not taken for the blocks' cost.
    this.root.getBoundingClientRect();
    for (let chunk = 0; ; chunk++) {
      if (!pick()) return false;
      const elapsed = clock.now() - start;
      // one chunk at least, unless the rest of the page took the time
      if (elapsed > budgetMs || (chunk > 0 && elapsed + CHUNK_MS > budgetMs)) return true;
      const chunkChars = Math.max(MIN_CHUNK_CHARS, Math.min(MAX_CHUNK_CHARS, this.charsPerMs * CHUNK_MS));
      let chars = 0;
      for (let unit = pick(); unit && chars < chunkChars; unit = pick()) {
        this.settle(unit);
        chars += unit.chars;
      }
      const before = clock.now();
      this.root.getBoundingClientRect();
      const spent = clock.now() - before;
      // a chunk that went fast is no proof that twice as much will: grow by at most half
      this.charsPerMs = Math.min(chars / Math.max(spent, 0.25), this.charsPerMs * 1.5);
    }
  }

  private nextInOrder(through: number): Unit | null {
    while (this.firstPending <= through && this.firstPending < this.units.length) {
      const unit = this.units[this.firstPending];
      if (unit?.undo) return unit;
      this.firstPending++;
    }
    return null;
  }

  /** the unit at the cursor while it waits, else the next one that does */
  private nextFromCursor(): Unit | null {
    if (this.pending === 0 || this.cursor === null) return null;
    for (let step = 0; step < this.units.length; step++) {
      const unit = this.units[this.cursor];
      if (unit?.undo) return unit;
      this.cursor = (this.cursor + 1) % this.units.length;
    }
    return null;
  }

  private guarded(work: () => void): () => void {
    return () => {
      if (this.stopped) return;
      try {
        work();
      } catch (error) {
        this.options.onError(error);
      }
    };
  }

  private background(idleMs: number): void {
    this.cancelBackground = null;
    this.cursor ??= unitOnScreen(this.units);
    const { minBackgroundSliceMs, backgroundSliceMs } = this.options;
    if (this.lay(Math.max(minBackgroundSliceMs, Math.min(backgroundSliceMs, idleMs)), () => this.nextFromCursor())) this.scheduleBackground();
  }

  private runUrgent(): void {
    const goal = this.urgent;
    if (!goal) return;
    goal.cancel = null;
    if (this.lay(this.options.urgentSliceMs, () => this.nextInOrder(goal.through))) {
      goal.cancel = this.options.clock.nextTask(this.guarded(() => this.runUrgent()));
      return;
    }
    this.urgent = null;
    goal.then();
  }
}
