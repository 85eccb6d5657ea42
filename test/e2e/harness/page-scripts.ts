/**
 * Expressions evaluated inside the page, shared by the Chromium and Firefox tests. They are source
 * strings rather than functions because a function's toString() after transpiling can reference
 * helpers (esbuild's __name) that do not exist in the page.
 */

export interface SidebarState {
  /** Value of <html data-report-lens>, or null when absent. */
  lensAttribute: string | null;
  sidebarCount: number;
  /** The first sidebar is a child of <html> that comes after <body>. */
  placedAfterBody: boolean;
  hasOpenShadowRoot: boolean;
  outlineLevel1: string[];
  /** The shadow root's text, whitespace collapsed. */
  text: string;
  markCount: number;
  /** Marks that carry both data-kind and data-metric-id. */
  wellFormedMarkCount: number;
  markKinds: Record<string, number>;
}

export const readSidebarState = `(() => {
  const html = document.documentElement;
  const sidebars = document.querySelectorAll('report-lens-sidebar');
  const sidebar = sidebars[0];
  let placedAfterBody = false;
  if (sidebar && sidebar.parentNode === html && document.body) {
    placedAfterBody = Boolean(document.body.compareDocumentPosition(sidebar) & Node.DOCUMENT_POSITION_FOLLOWING);
  }
  const root = sidebar ? sidebar.shadowRoot : null;
  const outlineLevel1 = root
    ? Array.from(root.querySelectorAll('[data-outline-level="1"]'), (entry) => entry.textContent.replace(/\\s+/g, ' ').trim())
    : [];
  const marks = Array.from(document.querySelectorAll('report-lens-mark'));
  const markKinds = {};
  for (const mark of marks) {
    const kind = mark.getAttribute('data-kind') ?? '(none)';
    markKinds[kind] = (markKinds[kind] ?? 0) + 1;
  }
  return {
    lensAttribute: html.getAttribute('data-report-lens'),
    sidebarCount: sidebars.length,
    placedAfterBody,
    hasOpenShadowRoot: Boolean(root),
    outlineLevel1,
    text: root ? root.textContent.replace(/\\s+/g, ' ').trim() : '',
    markCount: marks.length,
    wellFormedMarkCount: marks.filter((mark) => mark.getAttribute('data-kind') && mark.getAttribute('data-metric-id')).length,
    markKinds,
  };
})()`;

export interface TextVisibility {
  text: string;
  /** Elements whose text holds the string (the innermost ones). */
  occurrences: number;
  visibleOccurrences: number;
}

/**
 * For each string, the innermost elements under <body> whose text contains it, and how many of them
 * are visible. A string split across inline marks is still found, through its nearest common element.
 */
export function textVisibilityScript(strings: string[]): string {
  return `((strings) => {
  const isVisible = (element) => {
    if (typeof element.checkVisibility === 'function') {
      if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
      return element.getClientRects().length > 0;
    }
    if (element.getClientRects().length === 0) return false;
    for (let node = element; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden') return false;
    }
    return true;
  };
  const collapse = (value) => value.replace(/\\s+/g, '');
  return strings.map((text) => {
    const wanted = collapse(text);
    const holders = new Set();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (collapse(node.data).includes(wanted) && node.parentElement) holders.add(node.parentElement);
    }
    if (holders.size === 0) {
      // the string spans several text nodes: take the innermost elements whose whole text has it
      const elements = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
      const candidates = [];
      while (elements.nextNode()) {
        const element = elements.currentNode;
        if (element.localName === 'script' || element.localName === 'style') continue;
        if (collapse(element.textContent).includes(wanted)) candidates.push(element);
      }
      for (const element of candidates) {
        if (!candidates.some((other) => other !== element && element.contains(other))) holders.add(element);
      }
    }
    const list = Array.from(holders);
    return { text, occurrences: list.length, visibleOccurrences: list.filter(isVisible).length };
  });
})(${JSON.stringify(strings)})`;
}

/** Clicks the visible sidebar button with this data-action (for Firefox; Chromium uses real input). */
export function clickSidebarActionScript(action: string): string {
  return `((action) => {
  const root = document.querySelector('report-lens-sidebar')?.shadowRoot;
  if (!root) throw new Error('no report-lens-sidebar with an open shadow root');
  const buttons = Array.from(root.querySelectorAll('[data-action="' + action + '"]'));
  const button = buttons.find((candidate) => candidate.getClientRects().length > 0) ?? buttons[0];
  if (!button) throw new Error('no [data-action="' + action + '"] in the sidebar');
  button.click();
  return buttons.length;
})(${JSON.stringify(action)})`;
}

export const readBodyHtml = 'document.body.outerHTML';
export const readDocumentHtml = 'document.documentElement.outerHTML';
export const readLensAttribute = "document.documentElement.getAttribute('data-report-lens')";

/** Where two serializations first differ, with some context, for a readable failure. */
export function describeFirstDifference(actual: string, expected: string): string {
  if (actual === expected) return 'identical';
  let index = 0;
  while (index < actual.length && index < expected.length && actual[index] === expected[index]) index += 1;
  const from = Math.max(0, index - 80);
  return (
    `first difference at offset ${index} (lengths ${actual.length} vs ${expected.length})\n` +
    `  actual:   …${actual.slice(from, index + 120)}…\n` +
    `  expected: …${expected.slice(from, index + 120)}…`
  );
}
