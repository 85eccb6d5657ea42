import { isBlank } from '../../core/text';
import type { Block } from '../../core/types';
import {
  BLOCK_ELEMENTS,
  BOLD_ELEMENTS,
  ELEMENT_NODE,
  HEADING_ELEMENTS,
  isHiddenByAttribute,
  PREFORMATTED_ELEMENTS,
  SKIPPED_ELEMENTS,
  TEXT_NODE,
} from '../html-names';
import { resolveTextPosition, type TextPiece } from '../wrap-text';

/** The report body read as blocks of text, with the way back from offsets
 * into a block's text to positions in the page. */
export interface BlockMap {
  root: Element;
  /** the elements whose text the blocks are: [root], or the posts of a
   * report continued over several posts (all inside root) */
  parts: readonly Element[];
  blocks: Block[];
  /** A Range over [start, end) of block `block`'s text, possibly spanning
   * several text nodes and inline elements; null for offsets outside it. */
  rangeFor(block: number, start: number, end: number): Range | null;
  /** The nearest element standing for the block: its own <p>/<div>/<li>…,
   * or the enclosing block element (often the root) for a <br>-separated
   * line. For an index out of range, the root. */
  elementFor(block: number): Element;
}

/** One stretch of a block's text: `length` characters of `node`'s data from
 * `nodeStart`, which are characters [blockStart, blockStart + length) of the
 * block's text. Offsets are into the node's data as it was when read. */
interface Segment {
  node: Text;
  nodeStart: number;
  blockStart: number;
  length: number;
}

interface BlockLayout {
  segments: Segment[][];
  elements: Element[];
  /** the block is the only text of its element, which holds no other block */
  standsAlone: boolean[];
}

const layouts = new WeakMap<BlockMap, BlockLayout>();

/** Elements whose all-bold text makes them a heading by markup. */
const BOLD_HEADING_CONTAINERS: ReadonlySet<string> = new Set(['p', 'div']);

export interface BlockOptions {
  /** read text inside hidden-by-attribute subtrees too (for diagnostics) */
  includeHidden: boolean;
  /** read only inside these elements of root (and nothing of root between
   * them: another post, an author's column); empty reads all of root */
  parts: readonly Element[];
}

export const DEFAULT_BLOCK_OPTIONS: BlockOptions = { includeHidden: false, parts: [] };

interface Frame {
  element: Element;
  ownBlocks: number;
  nestedBlocks: number;
}

/** Reads `root` as blocks. Block elements and <br> end a block, inline
 * elements do not, and inside <pre> a newline does. A block's text is its text
 * nodes' data joined exactly (no-break and ideographic spaces, newlines and
 * all), so that offsets core computes on it map 1:1 onto the page. Linear in
 * the size of the subtree; iterative, so deep nesting cannot overflow the
 * stack. */
export function readBlocks(root: Element, options?: Partial<BlockOptions>): BlockMap {
  const opts = { ...DEFAULT_BLOCK_OPTIONS, ...options };
  const walk = new BlockWalk(root, opts.parts);
  walk.readAll(opts.includeHidden);
  const { blocks, layout } = walk;
  markHeadings(walk);
  const doc = root.ownerDocument;
  const map: BlockMap = {
    root,
    parts: walk.everything ? [root] : [...walk.partSet],
    blocks,
    rangeFor(index, start, end) {
      const pieces = piecesOf(layout, index, start, end, blocks);
      if (!pieces) return null;
      const first = pieces[0];
      const last = pieces[pieces.length - 1];
      if (!first || !last) return null;
      try {
        const from = resolveTextPosition(first.node, first.start, start === end ? 'end' : 'start');
        const to = start === end ? from : resolveTextPosition(last.node, last.end, 'end');
        const range = doc.createRange();
        range.setStart(from.node, from.offset);
        range.setEnd(to.node, to.offset);
        return range;
      } catch {
        return null;
      }
    },
    elementFor(index) {
      return layout.elements[index] ?? root;
    },
  };
  layouts.set(map, layout);
  return map;
}

/** Which blocks stand alone in their element, and which of them are
 * headings by markup: an <h1>…<h6>, or a <p>/<div> of bold text only. */
function markHeadings(walk: BlockWalk): void {
  const { blocks, layout, root } = walk;
  for (let i = 0; i < blocks.length; i++) {
    const element = layout.elements[i] ?? root;
    const standsAlone = element !== root && walk.soleByElement.get(element) === true;
    layout.standsAlone.push(standsAlone);
    const name = element.localName;
    const block = blocks[i];
    if (!block) continue;
    if (HEADING_ELEMENTS.has(name) || (standsAlone && BOLD_HEADING_CONTAINERS.has(name) && walk.boldOnly[i])) {
      block.markedHeading = true;
    }
  }
}

/** One walk over the report body in document order, gathering the blocks,
 * their text nodes and elements, and what markHeadings needs. */
class BlockWalk {
  readonly blocks: Block[] = [];
  readonly layout: BlockLayout = { segments: [], elements: [], standsAlone: [] };
  readonly boldOnly: boolean[] = [];
  readonly soleByElement = new Map<Element, boolean>();
  readonly partSet: Set<Element>;
  /** Reading only the parts: the elements on the way down to them are
   * entered (their text is not read), anything else beside them is skipped. */
  private readonly towardParts = new Set<Element>();
  readonly everything: boolean;
  private insidePart = 0;
  private readonly frames: Frame[];
  private parts: string[] = [];
  private segments: Segment[] = [];
  private length = 0;
  private boldDepth = 0;
  private preDepth: number;
  private sawPlainText = false;

  constructor(
    readonly root: Element,
    parts: readonly Element[],
  ) {
    this.partSet = new Set(parts.filter((part) => part !== root && root.contains(part)));
    for (const part of this.partSet) {
      for (let el = part.parentElement; el && el !== root; el = el.parentElement) this.towardParts.add(el);
    }
    this.everything = this.partSet.size === 0;
    this.frames = [{ element: root, ownBlocks: 0, nestedBlocks: 0 }];
    this.preDepth = PREFORMATTED_ELEMENTS.has(root.localName) ? 1 : 0;
  }

  readAll(includeHidden: boolean): void {
    const root = this.root;
    let node: Node | null = root.firstChild;
    while (node) {
      let descend = false;
      if (node.nodeType === TEXT_NODE && this.reading()) {
        this.readText(node as Text);
      } else if (node.nodeType === ELEMENT_NODE) {
        const el = node as Element;
        const name = el.localName;
        const wanted = this.reading() || this.partSet.has(el) || this.towardParts.has(el);
        if (!wanted) {
          // beside the parts: not read
        } else if (name === 'br') this.flush();
        else if (!SKIPPED_ELEMENTS.has(name) && (includeHidden || !isHiddenByAttribute(el))) {
          this.enter(el);
          if (el.firstChild) descend = true;
          else this.leave(el);
        }
      }
      if (descend) {
        node = node.firstChild;
        continue;
      }
      // next node in document order, leaving the elements we climb out of
      while (node && node !== root && !node.nextSibling) {
        node = node.parentNode;
        if (node && node !== root && node.nodeType === ELEMENT_NODE) this.leave(node as Element);
      }
      node = node && node !== root ? node.nextSibling : null;
    }
    this.flush();
  }

  private reading(): boolean {
    return this.everything || this.insidePart > 0;
  }

  private readText(text: Text): void {
    if (this.preDepth === 0) {
      this.appendText(text, 0, text.data.length);
      return;
    }
    let from = 0;
    for (let nl = text.data.indexOf('\n'); nl !== -1; nl = text.data.indexOf('\n', from)) {
      this.appendText(text, from, nl);
      this.flush();
      from = nl + 1;
    }
    this.appendText(text, from, text.data.length);
  }

  private flush(): void {
    if (this.length > 0) {
      const text = this.parts.length === 1 ? (this.parts[0] ?? '') : this.parts.join('');
      if (!isBlank(text)) {
        const frame = this.frames[this.frames.length - 1] ?? this.frames[0];
        if (frame) {
          frame.ownBlocks++;
          this.blocks.push({ text });
          this.layout.segments.push(this.segments);
          this.layout.elements.push(frame.element);
          this.boldOnly.push(!this.sawPlainText);
        }
      }
    }
    this.parts = [];
    this.segments = [];
    this.length = 0;
    this.sawPlainText = false;
  }

  private appendText(node: Text, from: number, to: number): void {
    if (to <= from) return;
    const piece = from === 0 && to === node.data.length ? node.data : node.data.slice(from, to);
    this.parts.push(piece);
    this.segments.push({ node, nodeStart: from, blockStart: this.length, length: to - from });
    this.length += to - from;
    if (this.boldDepth === 0 && !isBlank(piece)) this.sawPlainText = true;
  }

  private enter(el: Element): void {
    const name = el.localName;
    if (this.partSet.has(el)) this.insidePart++;
    if (BLOCK_ELEMENTS.has(name)) {
      this.flush();
      this.frames.push({ element: el, ownBlocks: 0, nestedBlocks: 0 });
    }
    if (BOLD_ELEMENTS.has(name)) this.boldDepth++;
    if (PREFORMATTED_ELEMENTS.has(name)) this.preDepth++;
  }

  private leave(el: Element): void {
    const name = el.localName;
    if (BLOCK_ELEMENTS.has(name)) {
      this.flush();
      const frame = this.frames.pop();
      const parent = this.frames[this.frames.length - 1];
      if (frame && parent) {
        parent.nestedBlocks += frame.ownBlocks + frame.nestedBlocks;
        if (frame.ownBlocks > 0) this.soleByElement.set(el, frame.ownBlocks === 1 && frame.nestedBlocks === 0);
      }
    }
    if (BOLD_ELEMENTS.has(name)) this.boldDepth--;
    if (PREFORMATTED_ELEMENTS.has(name)) this.preDepth--;
    if (this.partSet.has(el)) this.insidePart--;
  }
}

/** The original text-node stretches that make up [start, end) of a block,
 * in order; for an empty range, one empty stretch where it sits. Null when
 * the block or offsets do not exist, or the map was not made by readBlocks. */
export function textPiecesFor(map: BlockMap, block: number, start: number, end: number): TextPiece[] | null {
  const layout = layouts.get(map);
  return layout ? piecesOf(layout, block, start, end, map.blocks) : null;
}

/** True when the block is all the text of elementFor(block) and that element
 * is not the root: styling the element styles exactly this block. */
export function blockStandsAlone(map: BlockMap, block: number): boolean {
  return layouts.get(map)?.standsAlone[block] === true;
}

function piecesOf(layout: BlockLayout, block: number, start: number, end: number, blocks: Block[]): TextPiece[] | null {
  const segments = layout.segments[block];
  const text = blocks[block]?.text;
  if (!segments || text === undefined || segments.length === 0) return null;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) return null;
  // first segment that holds the character at `start` (or ends at it, for an
  // empty range at the very end)
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const segment = segments[mid];
    if (segment && segment.blockStart + segment.length <= start) lo = mid + 1;
    else hi = mid;
  }
  const pieces: TextPiece[] = [];
  if (start === end) {
    const segment = segments[lo];
    if (!segment) return null;
    const offset = segment.nodeStart + Math.min(start - segment.blockStart, segment.length);
    return [{ node: segment.node, start: offset, end: offset }];
  }
  for (let i = lo; i < segments.length; i++) {
    const segment = segments[i];
    if (!segment || segment.blockStart >= end) break;
    const from = Math.max(start, segment.blockStart) - segment.blockStart;
    const to = Math.min(end, segment.blockStart + segment.length) - segment.blockStart;
    if (to > from) pieces.push({ node: segment.node, start: segment.nodeStart + from, end: segment.nodeStart + to });
  }
  return pieces.length > 0 ? pieces : null;
}
