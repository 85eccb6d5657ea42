import { MARK_ELEMENT } from '../../core/contract';
import type { EmphasisSetting } from '../../core/settings';

/** The mark's selector, weighted like two ids: `!important` alone loses to a
 * page's `!important` rule of higher specificity, and pages do write
 * `:not(:defined) { display: none !important }` (hide custom elements until
 * they upgrade), which matches our mark. `#_` is an id no page needs. */
const MARK = `${MARK_ELEMENT}:not(#_):not(#_)`;
/** The reader's choices (markLookCss) weigh one class more than MARK. */
const CHOSEN = `:root ${MARK}`;

// Results violet, targets blue, headline targets gold, as in the sidebar
// (ui/sidebar-css.ts): red and green are kept for up and down. Each kind
// in three strengths (data-emphasis): key statistics and headline targets
// strong, other figures normal, plain counts quiet.
const RESULT = '91, 58, 142';
const TARGET = '18, 87, 166';
const RESULT_DARK = '190, 160, 240';
const TARGET_DARK = '144, 202, 249';

/** How figures look in the page. Only background, underline and a small
 * absolutely placed arrow are used, so the report's text never reflows.
 * The element name is our own, so no page rule matches it by tag; the
 * !important declarations hold against page rules that match everything. */
export const MARK_CSS = `
${MARK} {
  display: inline !important; position: relative !important;
  font: inherit !important; color: inherit !important; letter-spacing: inherit !important;
  margin: 0 !important; padding: 0 !important; border: 0 !important;
  border-radius: 2px !important; cursor: pointer !important;
  text-decoration-line: underline !important; text-decoration-thickness: 1.5px !important;
  text-underline-offset: 3px !important; text-decoration-skip-ink: none !important;
  visibility: visible !important; opacity: 1 !important;
  /* browsers leave backgrounds out of print by default; a printed report keeps its highlights */
  print-color-adjust: exact !important; -webkit-print-color-adjust: exact !important;
}
${MARK}[data-kind="actual"] {
  background: rgba(${RESULT}, 0.1) !important;
  text-decoration-style: solid !important; text-decoration-color: rgba(${RESULT}, 0.75) !important;
}
${MARK}[data-kind="target"] {
  background: rgba(${TARGET}, 0.1) !important;
  text-decoration-style: dashed !important; text-decoration-color: rgba(${TARGET}, 0.85) !important;
}
${MARK}[data-emphasis="strong"] { text-decoration-thickness: 2.5px !important; }
${MARK}[data-emphasis="strong"][data-kind="actual"] { background: rgba(${RESULT}, 0.2) !important; text-decoration-color: rgba(${RESULT}, 0.95) !important; }
${MARK}[data-emphasis="strong"][data-kind="target"] { background: rgba(${TARGET}, 0.2) !important; text-decoration-color: rgba(${TARGET}, 1) !important; }
${MARK}[data-emphasis="quiet"] {
  background: none !important; text-decoration-style: dotted !important; text-decoration-thickness: 1px !important;
}
${MARK}[data-headline="true"][data-kind="target"] {
  background: rgba(255, 193, 7, 0.42) !important; text-decoration-thickness: 3px !important;
  text-decoration-style: double !important; text-decoration-color: rgba(183, 110, 0, 0.95) !important;
}
${MARK}[data-relation="increase"]::after,
${MARK}[data-relation="decrease"]::after {
  position: absolute !important; top: -0.55em !important; right: -0.35em !important;
  font-size: 0.6em !important; line-height: 1 !important; pointer-events: none !important;
  display: block !important; font-weight: bold !important;
}
${MARK}[data-relation="increase"]::after { content: "▲" !important; }
${MARK}[data-relation="decrease"]::after { content: "▼" !important; }
${MARK}[data-piece="rest"]::after, ${MARK}[data-emphasis="quiet"]::after { content: none !important; }
${MARK}:focus-visible, ${MARK}[data-selected] {
  outline: 2px solid #ff6f00 !important; outline-offset: 1px !important;
}
${MARK}[data-flash], [data-report-lens-flash] {
  animation: report-lens-flash 1.2s ease-out 1 !important;
}
@keyframes report-lens-flash {
  0% { box-shadow: 0 0 0 4px rgba(255, 111, 0, 0.65); }
  100% { box-shadow: 0 0 0 12px rgba(255, 111, 0, 0); }
}
@media screen and (prefers-color-scheme: dark) {
  ${MARK}[data-kind="actual"] { background: rgba(${RESULT_DARK}, 0.16) !important; text-decoration-color: rgba(${RESULT_DARK}, 0.8) !important; }
  ${MARK}[data-kind="target"] { background: rgba(${TARGET_DARK}, 0.16) !important; text-decoration-color: rgba(${TARGET_DARK}, 0.85) !important; }
  ${MARK}[data-emphasis="strong"][data-kind="actual"] { background: rgba(${RESULT_DARK}, 0.3) !important; }
  ${MARK}[data-emphasis="strong"][data-kind="target"] { background: rgba(${TARGET_DARK}, 0.3) !important; }
  ${MARK}[data-emphasis="quiet"] { background: none !important; }
  ${MARK}[data-headline="true"][data-kind="target"] { background: rgba(255, 213, 79, 0.3) !important; text-decoration-color: rgba(255, 213, 79, 0.9) !important; }
}
`;

/** What the reader chose of the marks' look (the settings). */
export interface MarkLook {
  /** up drawn red and down green (红涨绿跌), or the reverse */
  redUp: boolean;
  /** which figures are highlighted: all (in their three strengths), the key
   * ones (key statistics and headline targets), or headline targets only */
  emphasis: EmphasisSetting;
}

const RED = { light: '#c62828', dark: '#ef9a9a' };
const GREEN = { light: '#2e7d32', dark: '#81c784' };

/** The rules for a look, installed beside MARK_CSS (and replaced when the
 * settings change): the arrows' colours, and the figures left plain. A plain
 * figure is still a mark: it keeps its card on hover and its table row. */
export function markLookCss(look: MarkLook): string {
  const up = look.redUp ? RED : GREEN;
  const down = look.redUp ? GREEN : RED;
  const plain =
    look.emphasis === 'key' ? `${CHOSEN}:not([data-emphasis="strong"])` : look.emphasis === 'headline' ? `${CHOSEN}:not([data-headline="true"])` : null;
  return `
${CHOSEN}[data-relation="increase"]::after { color: ${up.light} !important; }
${CHOSEN}[data-relation="decrease"]::after { color: ${down.light} !important; }
@media screen and (prefers-color-scheme: dark) {
  ${CHOSEN}[data-relation="increase"]::after { color: ${up.dark} !important; }
  ${CHOSEN}[data-relation="decrease"]::after { color: ${down.dark} !important; }
}
${plain ? `${plain} { background: none !important; text-decoration-line: none !important; }\n${plain}::after { content: none !important; }` : ''}
`;
}
