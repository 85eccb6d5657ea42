import { isBlank } from '../../core/text';
import { TEXT_NODE } from '../html-names';
import { blockStandsAlone, textPiecesFor, type BlockMap } from '../read/blocks';
import {
  BODY_ATTRIBUTE,
  HEADING_ATTRIBUTE,
  HEADING_ELEMENT,
  HIDDEN_ATTRIBUTE,
  PART_ATTRIBUTE,
  PATH_ATTRIBUTE,
  READER_VIEW_CSS,
  TITLE_ATTRIBUTE,
} from './reader-css';
import { installStyleSheet } from '../style-sheets';
import { combineUndos, setAttribute, type Undo } from '../undo';
import { wrapTextPiece } from '../wrap-text';

/** A heading the outline found, in the offsets of the BlockMap. */
export interface ReaderHeading {
  block: number;
  start: number;
  end: number;
  level: 1 | 2 | 3;
}

export interface ReaderViewOptions {
  /** also install READER_VIEW_CSS (and undo it). Off by default: the content
   * script installs one sheet with the reading-view and mark styles. */
  installCss: boolean;
  /** hide boilerplate paragraphs inside the body (BOILERPLATE_PATTERNS) */
  hideBoilerplate: boolean;
  /** a block longer than this is prose, whatever it starts with */
  maxBoilerplateChars: number;
}

export const DEFAULT_READER_VIEW_OPTIONS: ReaderViewOptions = {
  installCss: false,
  hideBoilerplate: true,
  maxBoilerplateChars: 80,
};

/** Paragraphs inside a report body that are the channel's, not the report's.
 * Matched against a whole block, trimmed. Source lines (来源：…) stay: they say
 * where the report text comes from. */
const BOILERPLATE_PATTERNS: readonly RegExp[] = [
  // WeChat official accounts open articles with "click the blue name above to follow us"
  /^点击(?:上方|下方)?(?:蓝字|关注)/,
  // ...and prompts to scan the account's QR code
  /^(?:长按|扫描|扫码|识别)(?:下方|上方)?二维码/,
  // editor / proof-reader credit lines closing WeChat and news articles
  /^(?:责任编辑|编辑|责编|校对|审核)\s*[:：]/,
];

export {
  BODY_ATTRIBUTE,
  HEAD_ATTRIBUTE,
  HEAD_ELEMENT,
  HEADING_ATTRIBUTE,
  HEADING_ELEMENT,
  HIDDEN_ATTRIBUTE,
  NOTE_ELEMENT,
  PART_ATTRIBUTE,
  PATH_ATTRIBUTE,
  READER_VIEW_CSS,
  readingStyleCss,
  TITLE_ATTRIBUTE,
  VIEW_ATTRIBUTE,
  VIEW_SCOPE,
} from './reader-css';

/** Shows the report as a reading view: marks the body element and the way
 * down to it (the stylesheet hides everything beside that way), and styles
 * the outline's headings — by an attribute where the heading is an element of
 * its own, else by wrapping [start, end) in <report-lens-heading>. No page
 * node is moved or removed. The undo restores every attribute and unwraps
 * every heading. */
export function applyReaderView(
  doc: Document,
  map: BlockMap,
  headings: ReaderHeading[],
  options?: Partial<ReaderViewOptions>,
  titleBlock: readonly Element[] = [],
): Undo {
  const opts = { ...DEFAULT_READER_VIEW_OPTIONS, ...options };
  const undos: Undo[] = [];
  try {
    if (opts.installCss) undos.push(installStyleSheet(doc, READER_VIEW_CSS));
    const root = map.root;
    undos.push(setAttribute(root, BODY_ATTRIBUTE, ''));
    const body = doc.body;
    if (root !== body && body?.contains(root)) {
      for (let el = root.parentElement; el; el = el.parentElement) {
        undos.push(setAttribute(el, PATH_ATTRIBUTE, ''));
        if (el === body) break;
      }
    }
    if (map.parts.length > 1 || map.parts[0] !== root) {
      // a report over several posts: the way down to each post is kept, the rest of root hidden
      undos.push(setAttribute(root, PATH_ATTRIBUTE, ''));
      const marked = new Set<Element>([root]);
      for (const part of map.parts) {
        undos.push(setAttribute(part, PART_ATTRIBUTE, ''));
        for (let el = part.parentElement; el && !marked.has(el); el = el.parentElement) {
          marked.add(el);
          undos.push(setAttribute(el, PATH_ATTRIBUTE, ''));
        }
      }
    }
    for (const title of titleBlock) {
      if (!body?.contains(title)) continue;
      // the title block outside the body stays in view: it and the way down to it are kept
      undos.push(setAttribute(title, TITLE_ATTRIBUTE, title === titleBlock[0] ? '' : 'line'));
      for (let el = title.parentElement; el && el !== body; el = el.parentElement) {
        if (!el.hasAttribute(PATH_ATTRIBUTE)) undos.push(setAttribute(el, PATH_ATTRIBUTE, ''));
      }
    }
    for (const heading of headings) undos.push(styleHeading(doc, map, heading));
    if (opts.hideBoilerplate) undos.push(...hideBoilerplate(map, opts.maxBoilerplateChars));
  } catch (error) {
    combineUndos(undos)();
    throw error;
  }
  return combineUndos(undos);
}

function styleHeading(doc: Document, map: BlockMap, heading: ReaderHeading): Undo {
  const text = map.blocks[heading.block]?.text;
  if (text === undefined || heading.end <= heading.start) return () => {};
  const level = String(heading.level);
  if (blockStandsAlone(map, heading.block) && coversAllText(text, heading.start, heading.end)) {
    // the outermost element that holds nothing but the heading takes the
    // attribute, so that the view's look replaces the site's frame round it
    // (a WeChat heading's centred <section> with a red rule under it)
    return setAttribute(soleFrame(map, map.elementFor(heading.block)), HEADING_ATTRIBUTE, level);
  }
  const pieces = textPiecesFor(map, heading.block, heading.start, heading.end);
  if (!pieces) return () => {};
  const undos = pieces.map(
    (piece) =>
      wrapTextPiece(piece, () => {
        const el = doc.createElement(HEADING_ELEMENT);
        el.setAttribute('data-level', level);
        // lets navigation and scroll-spy find a heading that has no element of its own
        el.setAttribute('data-block', String(heading.block));
        return el;
      }).undo,
  );
  return combineUndos(undos);
}

/** Marks boilerplate paragraphs hidden: the block's own element, widened to
 * the outermost ancestor below the root that holds nothing else (WeChat puts
 * such lines in a framed <section>). */
function hideBoilerplate(map: BlockMap, maxChars: number): Undo[] {
  return boilerplateBlocks(map, maxChars).map((index) => setAttribute(soleFrame(map, map.elementFor(index)), HIDDEN_ATTRIBUTE, ''));
}

/** The blocks the reading view hides as the channel's boilerplate. */
export function boilerplateBlocks(map: BlockMap, maxChars = DEFAULT_READER_VIEW_OPTIONS.maxBoilerplateChars): number[] {
  const found: number[] = [];
  map.blocks.forEach((block, index) => {
    const text = squeeze(block.text);
    if (text.length > maxChars || !BOILERPLATE_PATTERNS.some((pattern) => pattern.test(text))) return;
    if (blockStandsAlone(map, index)) found.push(index);
  });
  return found;
}

/** The element widened to the outermost ancestor below the root that holds
 * nothing else (WeChat puts a line in a framed <section>). */
export function soleFrame(map: BlockMap, element: Element): Element {
  let frame = element;
  for (let parent = frame.parentElement; parent && parent !== map.root && !map.parts.includes(frame); parent = parent.parentElement) {
    if (!holdsOnly(parent, frame)) break;
    frame = parent;
  }
  return frame;
}

/** The parent has no other element and no text of its own beside `child`
 * (looked at child by child, not by textContent, so that climbing stays
 * cheap under a large parent). */
function holdsOnly(parent: Element, child: Element): boolean {
  if (parent.children.length !== 1) return false;
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node !== child && node.nodeType === TEXT_NODE && !isBlank((node as Text).data)) return false;
  }
  return true;
}

/** Text without any whitespace, for comparing what two elements say. */
function squeeze(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, '');
}

/** [start, end) holds every non-blank character of the text. */
function coversAllText(text: string, start: number, end: number): boolean {
  return isBlank(text.slice(0, Math.max(0, start))) && isBlank(text.slice(Math.min(text.length, end)));
}
