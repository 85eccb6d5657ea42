import type { BlockMap } from '../read/blocks';
import { setAttribute, type Undo } from '../undo';

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

/** The reading view's measure is 40em, and a CJK character is 1em wide. */
const CHARS_PER_LINE = 40;
/** The reading view's line-height. */
const LINE_EM = 1.9;
/** Longer blocks are estimated at this many lines: the estimate only has to
 * hold until the block's turn comes. */
const MAX_ESTIMATED_LINES = 40;
/** What a line of the reading view measures (18px × 1.9), for the screenful
 * laid out below a navigation target. */
const LINE_PX = 34;
/** ms of layout one forced layout should take */
const CHUNK_MS = 8;
const MIN_CHUNK_CHARS = 400;
const MAX_CHUNK_CHARS = 40_000;

/** Elements whose parts must not be contained one by one: table columns are
 * sized over all rows, and style containment would restart a list's numbering
 * at every item. The outermost of them below the report's root is one unit. */
const GROUPS: ReadonlySet<string> = new Set(['table', 'ol', 'ul', 'dl', 'menu']);

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

/** What the deferral needs from the page's window; tests pass their own. */
export interface LayoutClock {
  now(): number;
  /** runs `step` in a later task, when the page has time; `step` gets the ms
   * the page says it has (Infinity when it cannot tell). Returns a cancel. */
  whenIdle(step: (idleMs: number) => void): () => void;
  /** runs `step` in the next task. Returns a cancel. */
  nextTask(step: () => void): () => void;
  viewportHeight(): number;
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

interface Unit {
  element: Element;
  chars: number;
  lines: number;
  undo: Undo | null;
}

/** The report's blocks that may wait for their layout, in document order,
 * none inside another: each block's own element (a <p>, a <div> of
 * <br>-separated lines), or the outermost table or list below the root that
 * holds it. Lines directly in the root have no element of their own to defer. */
export function layoutUnits(map: BlockMap): { element: Element; chars: number; lines: number }[] {
  const root = map.root;
  const byElement = new Map<Element, { element: Element; chars: number; lines: number }>();
  const units: { element: Element; chars: number; lines: number }[] = [];
  map.blocks.forEach((block, index) => {
    const element = unitElement(map.elementFor(index), root);
    if (!element) return;
    let unit = byElement.get(element);
    if (!unit) {
      unit = { element, chars: 0, lines: 0 };
      byElement.set(element, unit);
      units.push(unit);
    }
    unit.chars += block.text.length;
    unit.lines += Math.max(1, Math.ceil(block.text.length / CHARS_PER_LINE));
  });
  // A <div> with lines of its own and <p>s inside: containing the <div>
  // would contain the <p>s twice, so the innermost elements are the units.
  const holders = new Set<Element>();
  for (const unit of units) {
    for (let el = unit.element.parentElement; el && el !== root; el = el.parentElement) {
      if (byElement.has(el)) holders.add(el);
    }
  }
  return units.filter((unit) => !holders.has(unit.element));
}

function unitElement(element: Element, root: Element): Element | null {
  if (element === root || !root.contains(element)) return null;
  let unit = element;
  for (let el: Element | null = element; el && el !== root; el = el.parentElement) {
    if (GROUPS.has(el.localName)) unit = el;
  }
  return unit;
}

/** Defers the layout of the report's blocks (see the top of this file) and
 * starts laying them out in the background, from the one on screen on. */
export function deferOffscreenLayout(doc: Document, map: BlockMap, options?: Partial<DeferredLayoutOptions>): DeferredLayout {
  const clock = options?.clock ?? windowClock(doc);
  const backgroundSliceMs = options?.backgroundSliceMs ?? 20;
  const minBackgroundSliceMs = options?.minBackgroundSliceMs ?? CHUNK_MS;
  const urgentSliceMs = options?.urgentSliceMs ?? 30;
  const onError =
    options?.onError ??
    ((error: unknown) => {
      throw error;
    });
  const root = map.root;

  const units: Unit[] = [];
  const indexOf = new Map<Element, number>();
  try {
    for (const found of layoutUnits(map)) {
      const lines = Math.min(MAX_ESTIMATED_LINES, found.lines);
      indexOf.set(found.element, units.length);
      units.push({ ...found, undo: setAttribute(found.element, DEFER_ATTRIBUTE, String(lines)) });
    }
  } catch (error) {
    for (const unit of units) unit.undo?.();
    throw error;
  }

  let pending = units.length;
  /** where the background goes on (it wraps around to the start); null until it starts */
  let cursor: number | null = null;
  /** every unit before this one is laid out */
  let firstPending = 0;
  /** chars laid out per ms, as last measured; a cautious guess until then
   * (the first blocks are the slowest: fonts and shaping caches are cold) */
  let charsPerMs = 150;
  let cancelBackground: (() => void) | null = null;
  let urgent: { through: number; then: () => void; cancel: (() => void) | null } | null = null;
  let stopped = false;

  const settle = (unit: Unit) => {
    if (!unit.undo) return;
    unit.undo();
    unit.undo = null;
    pending--;
  };

  /** Settles units from `pick` within `budgetMs`, forcing their layout
   * chunk by chunk so that the time is spent here, measured, and not in one
   * long frame later. Each forced layout costs a millisecond or two beyond
   * its blocks (the root's other children are placed again), so chunks are
   * sized to take about CHUNK_MS. False once `pick` has none left. */
  const lay = (budgetMs: number, pick: () => Unit | null): boolean => {
    if (!pick()) return false;
    const start = clock.now();
    // Whatever else waits for layout (the page's own changes, the sidebar)
    // is laid out first, so that it is not taken for the blocks' cost.
    root.getBoundingClientRect();
    for (let chunk = 0; ; chunk++) {
      if (!pick()) return false;
      const elapsed = clock.now() - start;
      // one chunk at least, unless the rest of the page took the time
      if (elapsed > budgetMs || (chunk > 0 && elapsed + CHUNK_MS > budgetMs)) return true;
      const chunkChars = Math.max(MIN_CHUNK_CHARS, Math.min(MAX_CHUNK_CHARS, charsPerMs * CHUNK_MS));
      let chars = 0;
      for (let unit = pick(); unit && chars < chunkChars; unit = pick()) {
        settle(unit);
        chars += unit.chars;
      }
      const before = clock.now();
      root.getBoundingClientRect();
      const spent = clock.now() - before;
      // a chunk that went fast is no proof that twice as much will: grow by at most half
      charsPerMs = Math.min(chars / Math.max(spent, 0.25), charsPerMs * 1.5);
    }
  };

  const nextInOrder = (through: number) => (): Unit | null => {
    while (firstPending <= through && firstPending < units.length) {
      const unit = units[firstPending];
      if (unit?.undo) return unit;
      firstPending++;
    }
    return null;
  };

  /** the unit at the cursor while it waits, else the next one that does */
  const nextFromCursor = (): Unit | null => {
    if (pending === 0 || cursor === null) return null;
    for (let step = 0; step < units.length; step++) {
      const unit = units[cursor];
      if (unit?.undo) return unit;
      cursor = (cursor + 1) % units.length;
    }
    return null;
  };

  /** The first unit reaching the screen: the background starts there, so
   * that what the reader sees is exact first. Rects of deferred units are
   * read without laying out their content. */
  const unitOnScreen = (): number => {
    let low = 0;
    let high = units.length - 1;
    let found = 0;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const unit = units[middle];
      if (!unit) break;
      if (unit.element.getBoundingClientRect().bottom > 0) {
        found = middle;
        high = middle - 1;
      } else {
        low = middle + 1;
      }
    }
    return found;
  };

  const guarded = (work: () => void) => () => {
    if (stopped) return;
    try {
      work();
    } catch (error) {
      onError(error);
    }
  };

  const background = (idleMs: number) => {
    cancelBackground = null;
    cursor ??= unitOnScreen();
    if (lay(Math.max(minBackgroundSliceMs, Math.min(backgroundSliceMs, idleMs)), nextFromCursor)) scheduleBackground();
  };
  const scheduleBackground = () => {
    if (stopped || pending === 0 || cancelBackground) return;
    cancelBackground = clock.whenIdle((idleMs) => guarded(() => background(idleMs))());
  };

  const runUrgent = () => {
    const goal = urgent;
    if (!goal) return;
    goal.cancel = null;
    if (lay(urgentSliceMs, nextInOrder(goal.through))) {
      goal.cancel = clock.nextTask(guarded(runUrgent));
      return;
    }
    urgent = null;
    goal.then();
  };

  /** The last unit before or holding `node`, and a screenful after it. */
  const goalFor = (node: Node): number => {
    let low = 0;
    let high = units.length - 1;
    let through = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const element = units[middle]?.element;
      if (!element) break;
      const position = element.compareDocumentPosition(node);
      // the unit comes before the node or holds it
      if (element === node || position & 4 /* FOLLOWING */ || position & 16 /* CONTAINED_BY */) {
        through = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    let below = 0;
    const screenful = clock.viewportHeight();
    while (below < screenful && through + 1 < units.length) {
      through++;
      below += (units[through]?.lines ?? 1) * LINE_PX;
    }
    return through;
  };

  scheduleBackground();

  return {
    get pending() {
      return pending;
    },
    pendingUnitOf(node) {
      if (pending === 0) return null;
      for (let el: Node | null = node; el && el !== root; el = el.parentNode) {
        const index = indexOf.get(el as Element);
        if (index !== undefined) return units[index]?.undo ? (el as Element) : null;
      }
      return null;
    },
    settleThrough(node, then) {
      if (stopped) return;
      urgent?.cancel?.();
      urgent = { through: goalFor(node), then, cancel: null };
      runUrgent();
    },
    undo() {
      if (stopped) return;
      stopped = true;
      cancelBackground?.();
      cancelBackground = null;
      urgent?.cancel?.();
      urgent = null;
      for (const unit of units) settle(unit);
    },
  };
}

interface IdleWindow {
  requestIdleCallback?(callback: (deadline: { timeRemaining(): number }) => void, options?: { timeout: number }): number;
  cancelIdleCallback?(handle: number): void;
}

/** Background batches run when the page is idle, or a few hundred ms later
 * at the latest. */
function windowClock(doc: Document): LayoutClock {
  const view = doc.defaultView ?? window;
  const idleView = view as unknown as IdleWindow;
  return {
    now: () => view.performance.now(),
    whenIdle(step) {
      if (typeof idleView.requestIdleCallback === 'function' && typeof idleView.cancelIdleCallback === 'function') {
        const handle = idleView.requestIdleCallback((deadline) => step(deadline.timeRemaining()), { timeout: 300 });
        return () => idleView.cancelIdleCallback?.(handle);
      }
      const handle = view.setTimeout(() => step(Infinity), 0);
      return () => view.clearTimeout(handle);
    },
    nextTask(step) {
      const handle = view.setTimeout(step, 0);
      return () => view.clearTimeout(handle);
    },
    viewportHeight: () => view.innerHeight,
  };
}
