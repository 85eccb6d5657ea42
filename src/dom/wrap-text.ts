import { TEXT_NODE } from './html-names';
import { once, type Undo } from './undo';

// Wrapping part of a page's text node in an element of ours, and undoing it
// exactly. The page's own text node never moves: it keeps the text before the
// first wrapped piece (possibly none), and everything after it lives in new
// nodes inserted after it. A registry remembers, for each page text node we
// split, the pieces it is now made of, so that
//   - offsets into the original node (which is what a BlockMap holds) still
//     resolve after any number of wraps, in any order;
//   - unwrapping re-joins exactly the pieces we made, never the page's own
//     neighbouring text nodes, and in whatever order the undos run.

/** A stretch [start, end) of an original page text node's data. */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

interface CurrentPiece {
  node: Text;
  /** offset of this piece's first character in the original node's data */
  start: number;
}

const piecesByOriginal = new WeakMap<Text, CurrentPiece[]>();
const originalByWrapper = new WeakMap<Element, Text>();

function currentPieces(original: Text): CurrentPiece[] {
  return piecesByOriginal.get(original) ?? [{ node: original, start: 0 }];
}

/** Where an offset into an original text node is now. `bias` says which piece
 * wins at a boundary: a range's start goes to the piece after, its end to the
 * piece before, so ranges never start or end in a neighbouring element. */
export function resolveTextPosition(
  original: Text,
  offset: number,
  bias: 'start' | 'end',
): { node: Text; offset: number } {
  const pieces = piecesByOriginal.get(original);
  if (!pieces) return { node: original, offset };
  for (const piece of pieces) {
    const end = piece.start + piece.node.data.length;
    const inside = bias === 'start' ? piece.start <= offset && offset < end : piece.start < offset && offset <= end;
    if (inside) return { node: piece.node, offset: offset - piece.start };
  }
  // offset at the very end (start bias) or the very beginning (end bias)
  const edge = bias === 'start' ? pieces[pieces.length - 1] : pieces[0];
  if (!edge) return { node: original, offset };
  return { node: edge.node, offset: Math.max(0, Math.min(offset - edge.start, edge.node.data.length)) };
}

/** Wraps [piece.start, piece.end) of an original text node. Where earlier
 * wraps already cut that stretch, one wrapper is made per current piece.
 * Returns the wrappers in document order and one undo for all of them. */
export function wrapTextPiece(
  piece: TextPiece,
  makeWrapper: () => Element,
): { elements: Element[]; undo: Undo } {
  const original = piece.node;
  const doc = original.ownerDocument;
  const elements: Element[] = [];
  if (piece.end <= piece.start || !original.parentNode) return { elements, undo: () => {} };
  const pieces = currentPieces(original).slice();
  for (let i = 0; i < pieces.length; i++) {
    const current = pieces[i];
    if (!current) continue;
    const currentEnd = current.start + current.node.data.length;
    const from = Math.max(piece.start, current.start);
    const to = Math.min(piece.end, currentEnd);
    if (to <= from) {
      if (current.start >= piece.end) break;
      continue;
    }
    const parent = current.node.parentNode;
    if (!parent) continue;
    const data = current.node.data;
    const wrapped = doc.createTextNode(data.slice(from - current.start, to - current.start));
    const wrapper = makeWrapper();
    wrapper.appendChild(wrapped);
    const inserted: CurrentPiece[] = [{ node: wrapped, start: from }];
    parent.insertBefore(wrapper, current.node.nextSibling);
    if (to < currentEnd) {
      const tail = doc.createTextNode(data.slice(to - current.start));
      parent.insertBefore(tail, wrapper.nextSibling);
      inserted.push({ node: tail, start: to });
    }
    current.node.data = data.slice(0, from - current.start);
    pieces.splice(i + 1, 0, ...inserted);
    i += inserted.length;
    originalByWrapper.set(wrapper, original);
    elements.push(wrapper);
  }
  if (elements.length > 0) piecesByOriginal.set(original, pieces);
  const undos = elements.map((element) => once(() => unwrap(element)));
  return {
    elements,
    undo: once(() => {
      for (let i = undos.length - 1; i >= 0; i--) undos[i]?.();
    }),
  };
}

/** Puts a wrapper's children back in its place and re-joins the pieces of
 * its original text node that are now side by side again. */
function unwrap(wrapper: Element): void {
  const parent = wrapper.parentNode;
  if (parent) {
    while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
    parent.removeChild(wrapper);
  }
  const original = originalByWrapper.get(wrapper);
  if (original) rejoin(original);
}

function rejoin(original: Text): void {
  const pieces = piecesByOriginal.get(original);
  if (!pieces) return;
  let i = 0;
  while (i < pieces.length - 1) {
    const here = pieces[i];
    const next = pieces[i + 1];
    if (here && next && here.node.nextSibling === next.node && next.node.nodeType === TEXT_NODE) {
      here.node.data += next.node.data;
      next.node.parentNode?.removeChild(next.node);
      pieces.splice(i + 1, 1);
    } else {
      i++;
    }
  }
  if (pieces.length === 1 && pieces[0]?.node === original) piecesByOriginal.delete(original);
}
