import { findHeadLines, type HeadLine } from '../../core/title-lines';
import { isBlank } from '../../core/text';
import { ELEMENT_NODE, TEXT_NODE } from '../html-names';
import { blockStandsAlone, textPiecesFor, type BlockMap } from '../read/blocks';
import { HEAD_ATTRIBUTE, HEAD_ELEMENT, HIDDEN_ATTRIBUTE } from './reader-css';
import { boilerplateBlocks, soleFrame } from './reader-view';
import { combineUndos, setAttribute, type Undo } from '../undo';
import { wrapTextPiece } from '../wrap-text';

export interface ReportHeadOptions {
  /** the page keeps the report's title outside the body (report-title.ts found it) */
  titleOutside: boolean;
  /** blocks of the outline's headings */
  headingBlocks: ReadonlySet<number>;
}

/**
 * Sets the report's head inside the body as a title block: the title, the
 * meeting, speaker, bureau and date lines under it (core/title-lines.ts
 * reads which blocks they are), and hides the page tools a forum post opens
 * with. A line that is an element of its own gets HEAD_ATTRIBUTE (on the
 * outermost element holding only it); a <br>-separated line is wrapped in
 * <report-lens-head>, and the <br> that ended it — with those between two
 * lines of the head — is hidden, so that the lines stand together. The
 * undo gives back every attribute and unwraps every line.
 */
export function markReportHead(doc: Document, map: BlockMap, title: string, options: ReportHeadOptions): Undo {
  const lines = findHeadLines(
    map.blocks.map((block) => block.text),
    title,
    { ...options, skipBlocks: new Set(boilerplateBlocks(map)) },
  );
  const undos: Undo[] = [];
  try {
    const shown = lines.filter((line) => line.role !== 'tool');
    const last = shown[shown.length - 1];
    const wrappers: Element[] = [];
    const frames: Element[] = [];
    for (const line of lines) {
      const value = line === last ? `${line.role} end` : line.role;
      const hidden = line.role === 'tool';
      const name = hidden ? HIDDEN_ATTRIBUTE : HEAD_ATTRIBUTE;
      if (blockStandsAlone(map, line.block)) {
        const frame = soleFrame(map, map.elementFor(line.block));
        undos.push(setAttribute(frame, name, hidden ? '' : value));
        frames.push(frame);
        continue;
      }
      const wrapped = wrapLine(doc, map, line, name, hidden ? '' : value);
      if (!wrapped) continue;
      undos.push(wrapped.undo, hideIndent(doc, map, line.block));
      wrappers.push(...wrapped.elements);
    }
    undos.push(...hideLineBreaks(wrappers), ...hideEmptyAfter(frames));
  } catch (error) {
    combineUndos(undos)();
    throw error;
  }
  return combineUndos(undos);
}

/** Wraps a line's text, leading and trailing spaces left outside. */
function wrapLine(doc: Document, map: BlockMap, line: HeadLine, name: string, value: string): { elements: Element[]; undo: Undo } | null {
  const text = map.blocks[line.block]?.text ?? '';
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  if (end <= start) return null;
  const pieces = textPiecesFor(map, line.block, start, end);
  // a line in several text nodes (a title half in <b>) would need one wrapper per piece: left as it is
  if (!pieces || pieces.length !== 1 || !pieces[0]) return null;
  return wrapTextPiece(pieces[0], () => {
    const element = doc.createElement(HEAD_ELEMENT);
    element.setAttribute(name, value);
    return element;
  });
}

/** A forum line's indent of no-break or ideographic spaces (&nbsp; &nbsp;),
 * which does not collapse: before a line set as a block of its own it would
 * stand as an empty line. Wrapped and hidden. */
function hideIndent(doc: Document, map: BlockMap, block: number): Undo {
  const text = map.blocks[block]?.text ?? '';
  const indent = text.length - text.trimStart().length;
  if (indent === 0 || !/[\u00a0\u3000]/.test(text.slice(0, indent))) return () => {};
  const undos = (textPiecesFor(map, block, 0, indent) ?? []).map(
    (piece) =>
      wrapTextPiece(piece, () => {
        const element = doc.createElement(HEAD_ELEMENT);
        element.setAttribute(HIDDEN_ATTRIBUTE, '');
        return element;
      }).undo,
  );
  return combineUndos(undos);
}

/** The <br> elements after each wrapped line up to the next content: the
 * first one always (the wrapper is a block, which ends the line itself),
 * and all of them where the next content is the next line of the head. */
function hideLineBreaks(wrappers: readonly Element[]): Undo[] {
  const undos: Undo[] = [];
  wrappers.forEach((wrapper, index) => {
    const breaks: Element[] = [];
    let node = nextAfter(wrapper);
    for (; node; node = nextAfter(node)) {
      if (node.nodeType === TEXT_NODE && isBlank((node as Text).data)) continue;
      const element = node.nodeType === ELEMENT_NODE ? (node as Element) : null;
      // the next line's hidden indent
      if (element?.localName === HEAD_ELEMENT && element.hasAttribute(HIDDEN_ATTRIBUTE)) continue;
      if (element?.localName === 'br') breaks.push(element);
      else break;
    }
    const next = wrappers[index + 1];
    const reachesNext = !!next && !!node && (node === next || (node.nodeType === ELEMENT_NODE && (node as Element).contains(next)));
    for (const br of reachesNext ? breaks : breaks.slice(0, 1)) undos.push(setAttribute(br, HIDDEN_ATTRIBUTE, ''));
  });
  return undos;
}

/** The node after `node` in document order, climbing out of inline
 * elements it ends (<font><wrapper/></font><br>), not descending. */
function nextAfter(node: Node): Node | null {
  let current: Node | null = node;
  while (current && !current.nextSibling) {
    const parent: Node | null = current.parentNode;
    if (!parent || parent.nodeType !== ELEMENT_NODE || INLINE.has((parent as Element).localName) === false) return null;
    current = parent;
  }
  return current?.nextSibling ?? null;
}

const INLINE: ReadonlySet<string> = new Set(['font', 'span', 'b', 'strong', 'i', 'em', 'u', 'a', 'small', 'big']);

/** Empty paragraphs a CMS leaves between the lines of a title block (and
 * round it), which would pull the lines apart: hidden. */
function hideEmptyAfter(frames: readonly Element[]): Undo[] {
  const undos: Undo[] = [];
  const first = frames[0];
  // and those before the first line, where nothing else comes before it
  const before: Element[] = [];
  for (let node = first?.previousSibling; node; node = node.previousSibling) {
    if (node.nodeType === TEXT_NODE && isBlank((node as Text).data)) continue;
    if (node.nodeType !== ELEMENT_NODE || !isEmptyElement(node as Element)) {
      before.length = 0;
      break;
    }
    before.push(node as Element);
  }
  for (const element of before) if (!element.hasAttribute(HIDDEN_ATTRIBUTE)) undos.push(setAttribute(element, HIDDEN_ATTRIBUTE, ''));
  for (const frame of frames) {
    for (let node = frame.nextSibling; node; node = node.nextSibling) {
      if (node.nodeType === TEXT_NODE && isBlank((node as Text).data)) continue;
      if (node.nodeType !== ELEMENT_NODE || !isEmptyElement(node as Element) || frames.includes(node as Element)) break;
      if (!(node as Element).hasAttribute(HIDDEN_ATTRIBUTE)) undos.push(setAttribute(node as Element, HIDDEN_ATTRIBUTE, ''));
    }
  }
  return undos;
}

const SHOWS_WITHOUT_TEXT = 'img, svg, video, canvas, iframe, object, embed, table, input';

function isEmptyElement(element: Element): boolean {
  return isBlank(element.textContent ?? '') && !element.matches(SHOWS_WITHOUT_TEXT) && !element.querySelector(SHOWS_WITHOUT_TEXT);
}
