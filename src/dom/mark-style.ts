/** The mark's selector, weighted like two ids: `!important` alone loses to a
 * page's `!important` rule of higher specificity, and pages do write
 * `:not(:defined) { display: none !important }` (hide custom elements until
 * they upgrade), which matches our mark. `#_` is an id no page needs. */
const MARK = 'report-lens-mark:not(#_):not(#_)';

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
  text-decoration-line: underline !important; text-decoration-thickness: 2px !important;
  text-underline-offset: 3px !important; text-decoration-skip-ink: none !important;
  visibility: visible !important; opacity: 1 !important;
  /* browsers leave backgrounds out of print by default; a printed report keeps its highlights */
  print-color-adjust: exact !important; -webkit-print-color-adjust: exact !important;
}
${MARK}[data-kind="actual"] {
  background: rgba(46, 125, 50, 0.13) !important;
  text-decoration-style: solid !important; text-decoration-color: rgba(46, 125, 50, 0.85) !important;
}
${MARK}[data-kind="target"] {
  background: rgba(21, 101, 192, 0.13) !important;
  text-decoration-style: dashed !important; text-decoration-color: rgba(21, 101, 192, 0.9) !important;
}
${MARK}[data-headline="true"] {
  background: rgba(255, 193, 7, 0.38) !important;
  text-decoration-style: double !important; text-decoration-color: rgba(183, 110, 0, 0.95) !important;
  font-weight: inherit !important;
}
${MARK}[data-relation="increase"]::after,
${MARK}[data-relation="decrease"]::after {
  position: absolute !important; top: -0.55em !important; right: -0.35em !important;
  font-size: 0.6em !important; line-height: 1 !important; pointer-events: none !important;
  display: block !important; font-weight: bold !important;
}
${MARK}[data-relation="increase"]::after { content: "▲" !important; color: #2e7d32 !important; }
${MARK}[data-relation="decrease"]::after { content: "▼" !important; color: #c62828 !important; }
${MARK}[data-piece="rest"]::after { content: none !important; }
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
  ${MARK}[data-kind="actual"] { background: rgba(102, 187, 106, 0.22) !important; text-decoration-color: rgba(129, 199, 132, 0.9) !important; }
  ${MARK}[data-kind="target"] { background: rgba(100, 181, 246, 0.22) !important; text-decoration-color: rgba(144, 202, 249, 0.9) !important; }
  ${MARK}[data-headline="true"] { background: rgba(255, 213, 79, 0.3) !important; text-decoration-color: rgba(255, 213, 79, 0.9) !important; }
  ${MARK}[data-relation="increase"]::after { color: #81c784 !important; }
  ${MARK}[data-relation="decrease"]::after { color: #ef9a9a !important; }
}
`;
