import { isBlank } from '../core/text';
import type { OutlineLevel } from '../core/types';
import { TEXT_NODE } from './html-names';
import { blockStandsAlone, textPiecesFor, type BlockMap } from './blocks';
import { deferredLayoutCss } from './deferred-layout';
import { combineUndos, once, setAttribute, type Undo } from './undo';
import { wrapTextPiece } from './wrap-text';

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

/** On the element that holds the report. */
export const BODY_ATTRIBUTE = 'data-report-lens-body';
/** On each ancestor of it up to <body>: their other children are hidden. */
export const PATH_ATTRIBUTE = 'data-report-lens-path';
/** On a heading that is an element of its own, with its outline level. */
export const HEADING_ATTRIBUTE = 'data-report-lens-heading';
/** On each post of a report continued over several posts, inside the body;
 * the elements on the way down to them carry PATH_ATTRIBUTE too, so that
 * what lies beside them (other posts, author columns) is hidden. */
export const PART_ATTRIBUTE = 'data-report-lens-part';
/** On the report's title where the page keeps it outside the body: it stays
 * visible above the report. */
export const TITLE_ATTRIBUTE = 'data-report-lens-title';
/** On a boilerplate element inside the body, which the stylesheet hides. */
export const HIDDEN_ATTRIBUTE = 'data-report-lens-hidden';
/** Wraps a heading that shares its element (a <br>-separated line, a run-in
 * lead of a paragraph); a custom name so no page style matches it. */
export const HEADING_ELEMENT = 'report-lens-heading';

const READY = 'html[data-report-lens="ready"]';
const BODY = `${READY} [${BODY_ATTRIBUTE}]`;

function headingSelector(level: OutlineLevel): string {
  return `${BODY} [${HEADING_ATTRIBUTE}="${level}"], ${BODY} ${HEADING_ELEMENT}[data-level="${level}"]`;
}

/** The reading view's stylesheet. It does nothing until the content script
 * sets <html data-report-lens="ready">, so installing it early is harmless and
 * "off" shows the page as it was. */
export const READER_VIEW_CSS = `
/* Hide whatever is beside the way down to the report: header, nav, author
   column, replies, reply box, footer. Nothing is removed from the page. */
${READY} [${PATH_ATTRIBUTE}] > :not([${PATH_ATTRIBUTE}]):not([${BODY_ATTRIBUTE}]):not([${PART_ATTRIBUTE}]):not([${TITLE_ATTRIBUTE}]) { display: none !important; }
/* The title the page keeps above its content box, as the report's title. */
${READY} [${TITLE_ATTRIBUTE}] {
  display: block !important; position: static !important; float: none !important; box-sizing: content-box !important;
  max-width: 40em !important; margin: 0 auto !important; padding: 2rem 3rem 0.5rem !important; border: 0 !important;
  background: #fffdf7 !important; color: #1d1d1b !important; font-size: 26px !important; font-weight: 700 !important;
  line-height: 1.5 !important; text-align: center !important; border-radius: 6px 6px 0 0 !important;
}
${READY} [${TITLE_ATTRIBUTE}] * { font-size: inherit !important; color: inherit !important; }
${READY} [${TITLE_ATTRIBUTE}="line"] { font-size: 15px !important; font-weight: 400 !important; padding-top: 0 !important; border-radius: 0 !important; color: #57534b !important; }
/* The way down loses its layout (fixed widths, floats, table cells, sticky
   bars) so that the report can take a readable measure. */
${READY} [${PATH_ATTRIBUTE}] {
  display: block !important; position: static !important; float: none !important;
  width: auto !important; min-width: 0 !important; max-width: none !important;
  height: auto !important; min-height: 0 !important; margin: 0 !important; padding: 0 !important;
  border: 0 !important; box-shadow: none !important; transform: none !important;
  overflow: visible !important; background: transparent !important;
}
/* The page: a calm background and room on the right for the docked sidebar. */
${READY} body[${PATH_ATTRIBUTE}], ${READY} body[${BODY_ATTRIBUTE}] {
  background: #f4f1e8 !important; padding: 2.5rem 380px 4rem 1.5rem !important; margin: 0 !important;
}
/* The report: about 40 CJK characters a line, generous leading. */
${BODY} {
  display: block !important; position: static !important; float: none !important;
  box-sizing: content-box !important; width: auto !important; max-width: 40em !important;
  height: auto !important; overflow: visible !important; margin: 0 auto !important;
  padding: 2.5rem 3rem !important; border: 0 !important; border-radius: 6px !important;
  background: #fffdf7 !important; color: #1d1d1b !important; font-size: 18px !important;
  line-height: 1.9 !important; text-align: justify !important;
  /* a CJK face of each platform by name (macOS, Windows, Linux): a character no listed face has
     goes to the system's font fallback, a lookup per run that made the restyled page's first
     layout twice as slow on Debian with WenQuanYi */
  font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif !important;
  box-shadow: 0 1px 4px rgba(0, 0, 0, 0.08) !important;
}
${READY} body[${BODY_ATTRIBUTE}] { box-sizing: content-box !important; max-width: 40em !important; margin: 0 auto !important; }
/* Word and CMS exports set sizes and fonts on every span; one size reads better. */
${BODY} * { font-size: inherit !important; line-height: inherit !important; font-family: inherit !important; }
${BODY} :is(p, div, li, blockquote, h1, h2, h3, h4, h5, h6, pre) { margin-top: 0 !important; margin-bottom: 0.9em !important; }
${BODY} :is(img, video, canvas, svg, iframe) { max-width: 100% !important; height: auto !important; }
${BODY} table { max-width: 100% !important; margin: 1em 0 !important; border-collapse: collapse !important; }
${BODY} :is(td, th) { padding: 0.2em 0.5em !important; }
${BODY} pre { white-space: pre-wrap !important; }
${BODY} [${HIDDEN_ATTRIBUTE}] { display: none !important; }
/* Headings by outline level, whether the page marked them or only numbered them. */
${headingSelector(1)} { font-size: 1.3em !important; font-weight: 700 !important; color: #7a1f12 !important; }
${headingSelector(2)} { font-size: 1.1em !important; font-weight: 700 !important; color: #2b2b28 !important; }
${headingSelector(3)} { font-weight: 700 !important; }
${BODY} [${HEADING_ATTRIBUTE}="1"] { margin-top: 1.6em !important; text-indent: 0 !important; }
${BODY} [${HEADING_ATTRIBUTE}="2"] { margin-top: 1.1em !important; }
/* Blocks whose layout waits until they are near the screen or their turn comes. */
${deferredLayoutCss(BODY)}
/* A dark system theme: a dark page and card, as the sidebar beside it. The
   report's own colours were chosen for a light page (black text, white table
   cells, dark red titles) and would vanish on the dark card, so inside it
   text takes the card's colour and backgrounds are cleared; images get a
   light backdrop, as charts with transparent backgrounds draw dark lines. */
@media screen and (prefers-color-scheme: dark) {
  ${READY} body[${PATH_ATTRIBUTE}], ${READY} body[${BODY_ATTRIBUTE}] { background: #161615 !important; }
  ${BODY} { background: #22211f !important; color: #e4e0d5 !important; box-shadow: none !important; }
  ${READY} [${TITLE_ATTRIBUTE}] { background: #22211f !important; color: #e4e0d5 !important; }
  ${BODY} * { color: inherit !important; background-color: transparent !important; border-color: #57534b !important; }
  ${BODY} a { color: #9cc2f7 !important; }
  ${BODY} :is(img, svg, canvas) { background-color: #f4f1e8 !important; }
  ${headingSelector(1)} { color: #f0a896 !important; }
  ${headingSelector(2)} { color: #e4e0d5 !important; }
}
/* A narrow window (a phone-sized or half-screen one): small margins, so that
   the report keeps most of it (the sidebar then lies over it when opened). */
@media screen and (max-width: 760px) {
  ${READY} body[${PATH_ATTRIBUTE}], ${READY} body[${BODY_ATTRIBUTE}] { padding-top: 0.75rem !important; padding-left: 0.5rem !important; }
  ${BODY} { padding: 1.25rem 1rem !important; }
}
/* On paper: the report alone, the page's full width, in a print size; no room
   for the sidebar, which hides itself in print (sidebar-host.ts). */
@media print {
  ${READY} body[${PATH_ATTRIBUTE}], ${READY} body[${BODY_ATTRIBUTE}] { background: none !important; padding: 0 !important; }
  ${READY} body[${BODY_ATTRIBUTE}] { max-width: none !important; }
  ${BODY} {
    max-width: none !important; padding: 0 !important; border-radius: 0 !important;
    background: none !important; box-shadow: none !important; font-size: 12pt !important; line-height: 1.8 !important;
  }
  ${headingSelector(1)}, ${headingSelector(2)} { break-after: avoid !important; }
}
`;

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
    return setAttribute(map.elementFor(heading.block), HEADING_ATTRIBUTE, level);
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
  const undos: Undo[] = [];
  map.blocks.forEach((block, index) => {
    const text = squeeze(block.text);
    if (text.length > maxChars || !BOILERPLATE_PATTERNS.some((pattern) => pattern.test(text))) return;
    if (!blockStandsAlone(map, index)) return;
    let element = map.elementFor(index);
    for (let parent = element.parentElement; parent && parent !== map.root; parent = parent.parentElement) {
      if (!holdsOnly(parent, element)) break;
      element = parent;
    }
    undos.push(setAttribute(element, HIDDEN_ATTRIBUTE, ''));
  });
  return undos;
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

/** Installs CSS for the page. Prefers a constructed sheet in
 * doc.adoptedStyleSheets, built with the page window's own CSSStyleSheet so
 * that Firefox's content-script compartment accepts it; falls back to a
 * <style> element appended to <html> after <body>, never inside <body>, so
 * that body.outerHTML stays the page's own. The undo takes it away again. */
export function installStyleSheet(doc: Document, css: string): Undo {
  const adopted = adoptSheet(doc, css);
  if (adopted) return adopted;
  const style = doc.createElement('style');
  style.setAttribute('data-report-lens', 'style');
  style.textContent = css;
  doc.documentElement.appendChild(style);
  return once(() => style.parentNode?.removeChild(style));
}

interface SheetConstructor {
  new (): CSSStyleSheet;
}

function adoptSheet(doc: Document, css: string): Undo | null {
  const view = doc.defaultView as (Window & { CSSStyleSheet?: SheetConstructor }) | null;
  const Sheet = view?.CSSStyleSheet;
  const current = (doc as { adoptedStyleSheets?: CSSStyleSheet[] }).adoptedStyleSheets;
  if (!Sheet || !Array.isArray(current)) return null;
  try {
    const sheet = new Sheet();
    if (typeof sheet.replaceSync !== 'function') return null;
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...current, sheet];
    if (!doc.adoptedStyleSheets.includes(sheet)) return null;
    return once(() => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    });
  } catch {
    // Xray wrappers or an engine without constructable sheets: use <style>
    return null;
  }
}
