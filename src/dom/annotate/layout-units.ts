// The report's blocks as the deferred layout (deferred-layout.ts) sees
// them: the elements that may wait for their layout, how long each is, and
// where the screen and a navigation's target fall among them.
import type { BlockMap } from '../read/blocks';
import type { Undo } from '../undo';

/** The reading view's measure is 40em, and a CJK character is 1em wide. */
const CHARS_PER_LINE = 40;
/** What a line of the reading view measures (18px × 1.9), for the screenful
 * laid out below a navigation target. */
const LINE_PX = 34;

/** Elements whose parts must not be contained one by one: table columns are
 * sized over all rows, and style containment would restart a list's numbering
 * at every item. The outermost of them below the report's root is one unit. */
const GROUPS: ReadonlySet<string> = new Set(['table', 'ol', 'ul', 'dl', 'menu']);

/** An element of the report that may wait for its layout, and how much text it holds. */
export interface LayoutUnit {
  element: Element;
  chars: number;
  lines: number;
}

/** A unit deferred: it waits while `undo` is set. */
export interface Unit extends LayoutUnit {
  undo: Undo | null;
}

/** The report's blocks that may wait for their layout, in document order,
 * none inside another: each block's own element (a <p>, a <div> of
 * <br>-separated lines), or the outermost table or list below the root that
 * holds it. Lines directly in the root have no element of their own to defer. */
export function layoutUnits(map: BlockMap): LayoutUnit[] {
  const root = map.root;
  const byElement = new Map<Element, LayoutUnit>();
  const units: LayoutUnit[] = [];
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

/** The first unit reaching the screen: the background starts there, so
 * that what the reader sees is exact first. Rects of deferred units are
 * read without laying out their content. */
export function unitOnScreen(units: readonly Unit[]): number {
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
}

/** The last unit before or holding `node`, and a screenful after it. */
export function goalFor(units: readonly Unit[], node: Node, screenful: number): number {
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
  while (below < screenful && through + 1 < units.length) {
    through++;
    below += (units[through]?.lines ?? 1) * LINE_PX;
  }
  return through;
}
