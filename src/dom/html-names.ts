// The one table of element names the dom layer reasons about. Names are
// compared against Element.localName, which is lower case for HTML.

/** Elements whose content is never report text. */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script', // code
  'style', // CSS
  'noscript', // fallback shown only without scripts; duplicates or nags
  'template', // inert markup, not rendered
  'textarea', // a form field's content (Discuz's reply box), not the page's text
  'select', // option lists of forms (site jump menus on portals)
  'iframe', // its text content is fallback markup, not the framed page
  'object', // fallback content
  'svg', // chart labels and icon titles
  'head', // title/meta are read separately, never as body text
]);

/** Elements that start and end a block of text: a run of text never crosses
 * one of these. <br> is handled separately as a line break. Unknown elements
 * (custom tags such as the Jiangxi CMS's <ucapcontent>, Word's <o:p>) count as
 * inline, as browsers render them. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main',
  'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot',
  'tr', 'td', 'th', 'ul', 'listing', 'xmp', 'plaintext',
]);

/** Headings by markup. */
export const HEADING_ELEMENTS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Inline elements that make their text bold: a paragraph all inside these is
 * a heading by markup (portals and Word exports mark 一、 headings this way). */
export const BOLD_ELEMENTS: ReadonlySet<string> = new Set(['strong', 'b']);

/** Elements whose text keeps its line breaks, so a newline ends a block. */
export const PREFORMATTED_ELEMENTS: ReadonlySet<string> = new Set(['pre', 'listing', 'xmp', 'plaintext']);

/** Links: text inside them is navigation more often than prose. */
export const LINK_ELEMENTS: ReadonlySet<string> = new Set(['a']);

/** True when the markup itself hides the element (no style computation: that
 * would force layout). Inline display:none is read from the style attribute
 * because portals hide their accessibility and print copies that way. */
export function isHiddenByAttribute(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && INLINE_DISPLAY_NONE.test(style);
}

/** display:none written in a style attribute, with any spacing and case. */
const INLINE_DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\b/i;

// Node type numbers, spelled out because Node's global has no Node/NodeFilter.
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
