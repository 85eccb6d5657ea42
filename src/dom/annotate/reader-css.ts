import { MARK_ELEMENT } from '../../core/contract';
import type { FontSize, ReadingWidth } from '../../core/settings';
import type { OutlineLevel } from '../../core/types';
import { deferredLayoutCss } from './deferred-layout';

// The reading view's names and its stylesheet. The view sets its own look
// whatever the site's: one type size and measure (the reader's settings),
// the report's title block as a title, headings in one palette by outline
// level, note markers as superscripts.

/** On the element that holds the report. */
export const BODY_ATTRIBUTE = 'data-report-lens-body';
/** On each ancestor of it up to <body>: their other children are hidden. */
export const PATH_ATTRIBUTE = 'data-report-lens-path';
/** On a heading that is an element of its own (or on the outermost element
 * that holds nothing but it: a WeChat heading's framed <section>), with its
 * outline level. */
export const HEADING_ATTRIBUTE = 'data-report-lens-heading';
/** On each post of a report continued over several posts, inside the body;
 * the elements on the way down to them carry PATH_ATTRIBUTE too, so that
 * what lies beside them (other posts, author columns) is hidden. */
export const PART_ATTRIBUTE = 'data-report-lens-part';
/** On the report's title where the page keeps it outside the body: it stays
 * visible above the report. '' for the title, 'line' for a line under it. */
export const TITLE_ATTRIBUTE = 'data-report-lens-title';
/** On a boilerplate element inside the body, which the stylesheet hides. */
export const HIDDEN_ATTRIBUTE = 'data-report-lens-hidden';
/** Wraps a heading that shares its element (a <br>-separated line, a run-in
 * lead of a paragraph); a custom name so no page style matches it. */
export const HEADING_ELEMENT = 'report-lens-heading';
/** The head of the report inside the body (title, meeting, speaker, date
 * lines): on the block's element where it stands alone, else on a
 * <report-lens-head> wrapped round the line. Its value is the role (title,
 * subtitle, line), and "end" is added on the last. */
export const HEAD_ATTRIBUTE = 'data-report-lens-head';
export const HEAD_ELEMENT = 'report-lens-head';
/** Wraps a footnote or note marker ([1], （注1）, ①). */
export const NOTE_ELEMENT = 'report-lens-note';

/** On <html> from the start of the annotation (apply-annotation.ts) until it
 * is undone: the reading view shows with the first step, before the marks and
 * the state attribute's "ready" (docs/contract.md §1) come in the next. */
export const VIEW_ATTRIBUTE = 'data-report-lens-view';
export const VIEW_SCOPE = `html[${VIEW_ATTRIBUTE}]`;
const READY = VIEW_SCOPE;
const BODY = `${READY} [${BODY_ATTRIBUTE}]`;
/** The reader's type size in px and measure in characters, set by
 * readingStyleCss; these are the defaults (standard, standard). */
const FONT = 'var(--report-lens-font, 18px)';
const MEASURE = 'calc(var(--report-lens-measure, 40) * var(--report-lens-font, 18px))';

function headingSelector(level: OutlineLevel | 'any'): string {
  const value = level === 'any' ? '' : `="${level}"`;
  const data = level === 'any' ? '[data-level]' : `[data-level="${level}"]`;
  return `${BODY} [${HEADING_ATTRIBUTE}${value}], ${BODY} ${HEADING_ELEMENT}${data}`;
}

/** The headings' palette, light and dark: level 1 ink blue, level 2 the
 * text's colour, level 3 a shade lighter; no site's red or underline. */
const HEADING_COLOURS = { light: ['#1d3b66', '#22211f', '#3b3a36'], dark: ['#a9c5ec', '#ece8dd', '#d3cec2'] } as const;

const HEAD = (role: string) => `${BODY} [${HEAD_ATTRIBUTE}~="${role}"]`;

/** The reading view's stylesheet. It does nothing until the content script
 * sets <html data-report-lens-view>, so installing it early is harmless and
 * "off" shows the page as it was. */
export const READER_VIEW_CSS = `
/* Hide whatever is beside the way down to the report: header, nav, author
   column, replies, reply box, footer. Nothing is removed from the page. */
${READY} [${PATH_ATTRIBUTE}] > :not([${PATH_ATTRIBUTE}]):not([${BODY_ATTRIBUTE}]):not([${PART_ATTRIBUTE}]):not([${TITLE_ATTRIBUTE}]) { display: none !important; }
/* The title the page keeps above its content box: the top of the report's
   card, as wide as the card below it. */
${READY} [${TITLE_ATTRIBUTE}] {
  display: block !important; position: static !important; float: none !important; box-sizing: content-box !important;
  width: auto !important; max-width: ${MEASURE} !important; margin: 0 auto !important; padding: 2.5rem 3rem 0.6rem !important; border: 0 !important;
  background: #fffdf7 !important; color: #1d1d1b !important; font-size: calc(${FONT} * 1.55) !important; font-weight: 700 !important;
  line-height: 1.45 !important; text-align: center !important; text-indent: 0 !important; border-radius: 6px 6px 0 0 !important;
  font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif !important;
}
${READY} [${TITLE_ATTRIBUTE}] * { font: inherit !important; color: inherit !important; text-align: inherit !important; background: transparent !important; border: 0 !important; }
${READY} [${TITLE_ATTRIBUTE}="line"] { font-size: calc(${FONT} * 0.8) !important; font-weight: 400 !important; line-height: 1.6 !important; padding-top: 0 !important; padding-bottom: 0 !important; border-radius: 0 !important; color: #5f5a50 !important; }
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
/* The report: the reader's measure (40 CJK characters a line by default), generous leading. */
${BODY} {
  display: block !important; position: static !important; float: none !important;
  box-sizing: content-box !important; width: auto !important; max-width: ${MEASURE} !important;
  height: auto !important; overflow: visible !important; margin: 0 auto !important;
  padding: 2.5rem 3rem !important; border: 0 !important; border-radius: 6px !important;
  background: #fffdf7 !important; color: #1d1d1b !important; font-size: ${FONT} !important;
  line-height: 1.9 !important; text-align: justify !important;
  /* a CJK face of each platform by name (macOS, Windows, Linux): a character no listed face has
     goes to the system's font fallback, a lookup per run that made the restyled page's first
     layout twice as slow on Debian with WenQuanYi */
  font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif !important;
  box-shadow: 0 1px 4px rgba(0, 0, 0, 0.08) !important;
}
/* under a title kept outside it, the card goes on from the title's */
${READY}:has([${TITLE_ATTRIBUTE}]) [${BODY_ATTRIBUTE}] { border-radius: 0 0 6px 6px !important; padding-top: 1.5rem !important; box-shadow: 0 3px 4px -2px rgba(0, 0, 0, 0.08) !important; }
/* where the body opens with more lines of the title block, they follow the title's at once */
${READY}:has([${TITLE_ATTRIBUTE}]) [${BODY_ATTRIBUTE}]:has([${HEAD_ATTRIBUTE}]) { padding-top: 0.4rem !important; }
${READY} body[${BODY_ATTRIBUTE}] { box-sizing: content-box !important; max-width: ${MEASURE} !important; margin: 0 auto !important; }
/* Word and CMS exports set sizes and fonts on every span; one size reads better. */
${BODY} * { font-size: inherit !important; line-height: inherit !important; font-family: inherit !important; }
${BODY} :is(p, div, li, blockquote, h1, h2, h3, h4, h5, h6, pre) { margin-top: 0 !important; margin-bottom: 0.9em !important; }
${BODY} :is(img, video, canvas, svg, iframe) { max-width: 100% !important; height: auto !important; }
${BODY} table { max-width: 100% !important; margin: 1em 0 !important; border-collapse: collapse !important; }
${BODY} :is(td, th) { padding: 0.2em 0.5em !important; }
${BODY} pre { white-space: pre-wrap !important; }
${BODY} [${HIDDEN_ATTRIBUTE}] { display: none !important; }
/* The title block inside the report: the title large, the lines under it small and together. */
${BODY} [${HEAD_ATTRIBUTE}] {
  display: block !important; text-align: center !important; text-indent: 0 !important; margin: 0 !important; padding: 0 !important;
  border: 0 !important; background: none !important; letter-spacing: normal !important;
}
${BODY} [${HEAD_ATTRIBUTE}] * { color: inherit !important; font-weight: inherit !important; text-align: inherit !important; background: transparent !important; margin: 0 !important; text-indent: 0 !important; }
${HEAD('title')} { font-size: 1.55em !important; font-weight: 700 !important; line-height: 1.45 !important; color: #1d1d1b !important; margin-bottom: 0.45em !important; }
${HEAD('subtitle')} { font-size: 1.2em !important; font-weight: 700 !important; line-height: 1.5 !important; color: #1d1d1b !important; margin-bottom: 0.3em !important; }
${HEAD('line')} { font-size: 0.8em !important; font-weight: 400 !important; line-height: 1.6 !important; color: #5f5a50 !important; }
${HEAD('end')} { margin-bottom: 1.5em !important; }
/* Headings in one palette by outline level, whatever the site made of them
   (red, centred, underlined, framed): the view's own. */
${headingSelector('any')} {
  text-align: left !important; text-indent: 0 !important; text-decoration: none !important; border: 0 !important;
  background: none !important; padding: 0 !important; letter-spacing: normal !important; font-style: normal !important;
}
${BODY} [${HEADING_ATTRIBUTE}] { display: block !important; width: auto !important; }
${BODY} [${HEADING_ATTRIBUTE}] :not(${MARK_ELEMENT}) {
  color: inherit !important; font-weight: inherit !important; text-align: inherit !important; text-decoration: none !important;
  border: 0 !important; background: transparent !important; padding: 0 !important; margin: 0 !important; letter-spacing: inherit !important;
}
${headingSelector(1)} { font-size: 1.3em !important; font-weight: 700 !important; color: ${HEADING_COLOURS.light[0]} !important; }
${headingSelector(2)} { font-size: 1.1em !important; font-weight: 700 !important; color: ${HEADING_COLOURS.light[1]} !important; }
${headingSelector(3)} { font-size: 1em !important; font-weight: 700 !important; color: ${HEADING_COLOURS.light[2]} !important; }
${BODY} [${HEADING_ATTRIBUTE}="1"] { margin-top: 1.6em !important; margin-bottom: 0.9em !important; }
${BODY} [${HEADING_ATTRIBUTE}="2"] { margin-top: 1.1em !important; margin-bottom: 0.9em !important; }
${BODY} [${HEADING_ATTRIBUTE}="3"] { margin-top: 0 !important; margin-bottom: 0.9em !important; }
/* Note markers ([1], （注1）, ①): small and raised, as a printed report sets them. */
${BODY} ${NOTE_ELEMENT} {
  font-size: 0.68em !important; line-height: 0 !important; vertical-align: super !important;
  color: #6b665c !important; font-weight: 400 !important; margin: 0 0.1em !important; white-space: nowrap !important;
}
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
  ${READY} [${TITLE_ATTRIBUTE}="line"], ${HEAD('line')}, ${BODY} ${NOTE_ELEMENT} { color: #b3ad9f !important; }
  ${HEAD('title')}, ${HEAD('subtitle')} { color: #ece8dd !important; }
  ${BODY} * { color: inherit !important; background-color: transparent !important; border-color: #57534b !important; }
  ${BODY} a { color: #9cc2f7 !important; }
  ${BODY} :is(img, svg, canvas) { background-color: #f4f1e8 !important; }
  ${headingSelector(1)} { color: ${HEADING_COLOURS.dark[0]} !important; }
  ${headingSelector(2)} { color: ${HEADING_COLOURS.dark[1]} !important; }
  ${headingSelector(3)} { color: ${HEADING_COLOURS.dark[2]} !important; }
}
/* A narrow window (a phone-sized or half-screen one): small margins, so that
   the report keeps most of it (the sidebar then lies over it when opened). */
@media screen and (max-width: 760px) {
  ${READY} body[${PATH_ATTRIBUTE}], ${READY} body[${BODY_ATTRIBUTE}] { padding-top: 0.75rem !important; padding-left: 0.5rem !important; }
  ${BODY} { padding: 1.25rem 1rem !important; }
  ${READY} [${TITLE_ATTRIBUTE}] { padding-left: 1rem !important; padding-right: 1rem !important; }
}
/* On paper: the report alone, the page's full width, in a print size; no room
   for the sidebar, which hides itself in print (../sidebar/sidebar-host.ts). */
@media print {
  ${READY} body[${PATH_ATTRIBUTE}], ${READY} body[${BODY_ATTRIBUTE}] { background: none !important; padding: 0 !important; }
  ${READY} body[${BODY_ATTRIBUTE}] { max-width: none !important; }
  ${BODY}, ${READY} [${TITLE_ATTRIBUTE}] { max-width: none !important; padding-left: 0 !important; padding-right: 0 !important; background: none !important; }
  ${BODY} {
    padding: 0 !important; border-radius: 0 !important;
    box-shadow: none !important; font-size: 12pt !important; line-height: 1.8 !important;
  }
  ${headingSelector(1)}, ${headingSelector(2)} { break-after: avoid !important; }
}
`;

/** The reader's type sizes (px) and measures (characters a line). */
export const READING_FONT_PX: Readonly<Record<FontSize, number>> = { small: 16, standard: 18, large: 21 };
export const READING_MEASURE_CHARS: Readonly<Record<ReadingWidth, number>> = { narrow: 32, standard: 40, wide: 52 };

/** The rule that sets the reader's size and measure; installed beside
 * READER_VIEW_CSS and replaced when the settings change. `:root` outranks the
 * defaults whatever the order of the sheets. */
export function readingStyleCss(width: ReadingWidth, size: FontSize): string {
  return `${READY}:root { --report-lens-font: ${READING_FONT_PX[size]}px !important; --report-lens-measure: ${READING_MEASURE_CHARS[width]} !important; }`;
}
