// The annotated view put on a page that was read (../read/page-reading.ts):
// the reading view, the report's head, the highlights and the notes, and the
// state attribute, all in one step with one undo.
import { STATE_ATTRIBUTE, STATE_READY } from '../../core/contract';
import { emphasisOf } from '../../core/key-indicators';
import { flattenOutline } from '../../core/outline-nodes';
import type { Analysis } from '../../core/types';
import type { PageReading } from '../read/page-reading';
import { findTitleBlock } from '../read/report-title';
import { installStyleSheet } from '../style-sheets';
import { combineUndos, setAttribute, type Undo } from '../undo';
import { hideBrokenImages } from './broken-images';
import { wrapFigures } from './highlight';
import { MARK_CSS } from './mark-style';
import { wrapNoteMarkers } from './note-marks';
import { applyReaderView, READER_VIEW_CSS, type ReaderHeading } from './reader-view';
import { markReportHead } from './report-head';

export interface AppliedAnnotation {
  undo: Undo;
  /** the mark elements of each metric id, in document order */
  marks: Map<string, Element[]>;
}

export function readerHeadings(analysis: Analysis): ReaderHeading[] {
  return flattenOutline(analysis.outline).map((node) => ({
    block: node.block,
    start: node.start,
    end: node.end,
    level: node.level,
  }));
}

/** Reading view, highlights and the ready flag, all or nothing: if any step
 * fails, what was done is undone before the error goes on. */
export function applyAnnotation(doc: Document, reading: PageReading): AppliedAnnotation {
  const undos: Undo[] = [];
  try {
    undos.push(installStyleSheet(doc, `${READER_VIEW_CSS}\n${MARK_CSS}`));
    const { map, analysis } = reading;
    const title = findTitleBlock(doc, map.root, analysis.detection.title);
    const headings = readerHeadings(analysis);
    undos.push(applyReaderView(doc, map, headings, undefined, title));
    undos.push(markReportHead(doc, map, analysis.detection.title, { titleOutside: title.length > 0, headingBlocks: new Set(headings.map((heading) => heading.block)) }));
    undos.push(hideBrokenImages([map.root]));
    const wrapped = wrapFigures(
      doc,
      map,
      analysis.metrics.map((metric) => ({
        id: metric.id,
        block: metric.block,
        start: metric.start,
        end: metric.end,
        kind: metric.kind,
        headline: metric.headline,
        relation: metric.relation,
        emphasis: emphasisOf(metric),
      })),
    );
    undos.push(wrapped.undo);
    undos.push(wrapNoteMarkers(doc, map, analysis.metrics));
    undos.push(setAttribute(doc.documentElement, STATE_ATTRIBUTE, STATE_READY));
    return { undo: combineUndos(undos), marks: wrapped.elements };
  } catch (error) {
    combineUndos(undos)();
    throw error;
  }
}
