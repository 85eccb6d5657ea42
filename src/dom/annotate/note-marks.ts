import { findNoteMarkers } from '../../core/note-markers';
import { textPiecesFor, type BlockMap } from '../read/blocks';
import { NOTE_ELEMENT } from './reader-css';
import { combineUndos, type Undo } from '../undo';
import { wrapTextPiece, type TextPiece } from '../wrap-text';

/** A stretch of a block that must stay as it is (a figure's text). */
export interface BlockSpan {
  block: number;
  start: number;
  end: number;
}

/** Wraps each note marker of the report's text ([1], （注1）, ①; see
 * core/note-markers.ts) in <report-lens-note>, which the reading view sets
 * as a small superscript. A marker that overlaps `avoid` (a figure) is left
 * out. The undo unwraps them all. */
export function wrapNoteMarkers(doc: Document, map: BlockMap, avoid: readonly BlockSpan[] = []): Undo {
  const taken = new Map<number, BlockSpan[]>();
  for (const span of avoid) {
    const list = taken.get(span.block);
    if (list) list.push(span);
    else taken.set(span.block, [span]);
  }
  // every marker resolved against the map before any node changes
  const planned: TextPiece[] = [];
  map.blocks.forEach((block, index) => {
    for (const marker of findNoteMarkers(block.text)) {
      if (taken.get(index)?.some((span) => span.start < marker.end && marker.start < span.end)) continue;
      planned.push(...(textPiecesFor(map, index, marker.start, marker.end) ?? []));
    }
  });
  const undos: Undo[] = [];
  try {
    for (const piece of planned) undos.push(wrapTextPiece(piece, () => doc.createElement(NOTE_ELEMENT)).undo);
  } catch (error) {
    combineUndos(undos)();
    throw error;
  }
  return combineUndos(undos);
}
