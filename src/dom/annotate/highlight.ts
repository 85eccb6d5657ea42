import { KIND_ATTRIBUTE, MARK_ELEMENT, METRIC_ID_ATTRIBUTE } from '../../core/contract';
import type { Emphasis } from '../../core/key-indicators';
import type { MetricKind, Relation } from '../../core/types';
import { textPiecesFor, type BlockMap } from '../read/blocks';
import { combineUndos, once, type Undo } from '../undo';
import { wrapTextPiece, type TextPiece } from '../wrap-text';

/** One figure to highlight, in the offsets of the BlockMap it was read with. */
export interface MarkSpec {
  id: string;
  block: number;
  start: number;
  end: number;
  kind: MetricKind;
  headline: boolean;
  relation: Relation;
  /** how loud the figure is in the page (core/key-indicators.ts); normal when absent */
  emphasis?: Emphasis;
}

/** Wraps each figure in place in <report-lens-mark data-kind data-metric-id>
 * holding exactly the figure's text, with data-relation, data-emphasis
 * (strong, normal, quiet) and data-headline="true" for the main-targets
 * figures.
 *
 * A figure whose text runs over several text nodes (`<b>6.5</b>%左右`) gets
 * one mark per piece, in document order, all with the same data-metric-id:
 * a single element cannot hold part of a <b> without moving the page's own
 * <b>. `elements` lists them per id. Marks never cross a block boundary,
 * since the pieces come from one block. Specs that point outside their block
 * or overlap an earlier spec (by block, then start) are left out.
 *
 * The undo unwraps every mark and re-joins the text nodes it split, so the
 * page serializes exactly as before. */
export function wrapFigures(
  doc: Document,
  map: BlockMap,
  marks: MarkSpec[],
): { undo: Undo; elements: Map<string, Element[]> } {
  const wrapping = startWrappingFigures(doc, map, marks);
  wrapping.wrapSome(() => true);
  return { undo: wrapping.undo, elements: wrapping.elements };
}

/** wrapFigures in as many steps as the caller likes (frame-sized tasks). */
export interface FigureWrapping {
  /** Wraps figures in document order while `more()` says so (at least one
   * each call); true once every figure is wrapped. A throw undoes every mark
   * made so far before it goes on. */
  wrapSome(more: () => boolean): boolean;
  /** the marks made so far, per metric id, in document order */
  readonly elements: Map<string, Element[]>;
  /** Unwraps every mark made so far and stops: a later wrapSome does
   * nothing and answers false. The page serializes exactly as before, at any point. */
  readonly undo: Undo;
}

/** Resolves every spec against the map (before any node changes) and
 * returns the wrapping, no mark made yet. */
export function startWrappingFigures(doc: Document, map: BlockMap, marks: MarkSpec[]): FigureWrapping {
  const planned = planFigures(map, marks);
  const elements = new Map<string, Element[]>();
  const undos: Undo[] = [];
  const makeMark = markMaker(doc);
  let next = 0;
  let stopped = false;
  const undo = once(() => {
    stopped = true;
    combineUndos(undos)();
  });
  const wrapOne = ({ mark, pieces }: PlannedFigure) => {
    const made: Element[] = [];
    for (const piece of pieces) {
      const wrapped = wrapTextPiece(piece, () => makeMark(mark));
      undos.push(wrapped.undo);
      made.push(...wrapped.elements);
    }
    if (made.length === 0) return;
    const list = elements.get(mark.id);
    if (list) list.push(...made);
    else elements.set(mark.id, made);
  };
  return {
    elements,
    undo,
    wrapSome(more) {
      if (stopped) return false;
      try {
        do {
          const figure = planned[next];
          if (!figure) break;
          next++;
          wrapOne(figure);
        } while (more());
      } catch (error) {
        undo();
        throw error;
      }
      return next >= planned.length;
    },
  };
}

interface PlannedFigure {
  mark: MarkSpec;
  pieces: TextPiece[];
}

/** The specs in document order with their text pieces, those out of their
 * block or overlapping an earlier one left out. */
function planFigures(map: BlockMap, marks: MarkSpec[]): PlannedFigure[] {
  const ordered = marks
    .filter((mark) => mark.end > mark.start)
    .slice()
    .sort((a, b) => a.block - b.block || a.start - b.start || b.end - a.end);
  let lastBlock = -1;
  let lastEnd = 0;
  const planned: PlannedFigure[] = [];
  for (const mark of ordered) {
    if (mark.block === lastBlock && mark.start < lastEnd) continue;
    const pieces = textPiecesFor(map, mark.block, mark.start, mark.end);
    if (!pieces) continue;
    planned.push({ mark, pieces });
    lastBlock = mark.block;
    lastEnd = mark.end;
  }
  return planned;
}

/** Marks are copies of one blank mark per look (kind, relation, headline, emphasis)
 * with the id set: a clone copies its attributes in one native call, where
 * building each of a report's ~300 marks took four attribute writes. */
function markMaker(doc: Document): (mark: MarkSpec) => Element {
  const blanks = new Map<string, Element>();
  return (mark) => {
    const emphasis = mark.emphasis ?? 'normal';
    const look = `${mark.kind} ${mark.relation} ${mark.headline} ${emphasis}`;
    let blank = blanks.get(look);
    if (!blank) {
      blank = doc.createElement(MARK_ELEMENT);
      blank.setAttribute(KIND_ATTRIBUTE, mark.kind);
      blank.setAttribute(METRIC_ID_ATTRIBUTE, '');
      blank.setAttribute('data-relation', mark.relation);
      blank.setAttribute('data-emphasis', emphasis);
      if (mark.headline) blank.setAttribute('data-headline', 'true');
      blanks.set(look, blank);
    }
    const element = blank.cloneNode(false) as Element;
    element.setAttribute(METRIC_ID_ATTRIBUTE, mark.id);
    return element;
  };
}
