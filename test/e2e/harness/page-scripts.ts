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
  /** Level-1 outline entries' text: the headings' titles. */
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
  /** Places in the body's text (scripts and styles left out, whitespace ignored) where the string occurs. */
  occurrences: number;
  /** Occurrences whose every piece sits in a visible element. */
  fullyVisible: number;
  /** Occurrences with at least one piece in a visible element. */
  partlyVisible: number;
}

/**
 * For each string, where it occurs in the text under <body> and how much of it can be seen. The text
 * is read across element boundaries (a figure wrapped in a mark, a label and its link), ignoring
 * whitespace and the text of script, style and template elements.
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
  const skipped = new Set(['script', 'style', 'noscript', 'template']);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      for (let element = node.parentElement; element && element !== document.body; element = element.parentElement) {
        if (skipped.has(element.localName)) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  // one string of all the text without whitespace, and for each of its characters the text node it came from
  const nodes = [];
  const owner = [];
  let flat = '';
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const kept = node.data.replace(/\\s+/g, '');
    if (!kept) continue;
    nodes.push(node);
    flat += kept;
    for (let index = 0; index < kept.length; index += 1) owner.push(nodes.length - 1);
  }
  const visibility = new Map();
  const nodeVisible = (nodeIndex) => {
    if (!visibility.has(nodeIndex)) {
      const parent = nodes[nodeIndex].parentElement;
      visibility.set(nodeIndex, Boolean(parent && isVisible(parent)));
    }
    return visibility.get(nodeIndex);
  };
  return strings.map((text) => {
    const wanted = text.replace(/\\s+/g, '');
    const result = { text, occurrences: 0, fullyVisible: 0, partlyVisible: 0 };
    if (!wanted) return result;
    for (let at = flat.indexOf(wanted); at !== -1; at = flat.indexOf(wanted, at + 1)) {
      const pieces = new Set(owner.slice(at, at + wanted.length));
      const seen = Array.from(pieces, nodeVisible);
      result.occurrences += 1;
      if (seen.every(Boolean)) result.fullyVisible += 1;
      if (seen.some(Boolean)) result.partlyVisible += 1;
    }
    return result;
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

/**
 * The outline entries as titles, for comparing with expected ones. The contract says an entry's text
 * is its heading's title; a sidebar that also shows the heading's numbering (一、, （一）, 01, 第一章)
 * in front of it still matches: an entry counts as the expected title when it ends with it and what
 * comes before is numbering only. Anything else is returned as shown, so a diff stays readable.
 */
/** The entries' text as the contract has it: exactly the heading's title (the
 * sidebar draws the numbering from data-label, outside the text). Kept as a
 * function so the tests read the same whichever way the entries are compared. */
export function outlineTitlesAgainst(shown: string[], _expected: string[]): string[] {
  return shown;
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

/** One metrics-table row as a reader meets it scrolling the table. */
export interface TableRowSeen {
  id: string;
  /** the figure as written (the figure cell's first text) */
  figure: string;
  kind: string | null;
  /** the library's note under the indicator, if any */
  note: string | null;
}

/**
 * Every row of the sidebar's metrics table, read the way a reader sees them: the Figures tab
 * opened and the table scrolled from top to bottom, since it renders only the rows in view and
 * a margin (docs/contract.md §1). Resolves with the rows in table order; the table is left at its top.
 */
export const scrollTableRowsScript = `(async () => {
  const root = document.querySelector('report-lens-sidebar')?.shadowRoot;
  if (!root) return [];
  const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  root.querySelector('[data-tab="metrics"]')?.click();
  await frame();
  const scroller = root.querySelector('.rl-table-scroll');
  if (!scroller) return [];
  const seen = new Map();
  const read = () => {
    for (const row of root.querySelectorAll('tbody tr[data-metric-id]')) {
      const id = row.getAttribute('data-metric-id');
      if (seen.has(id)) continue;
      seen.set(id, {
        id,
        figure: (row.querySelector('.rl-figure-cell')?.firstChild?.textContent ?? '').trim(),
        kind: row.getAttribute('data-kind'),
        note: row.querySelector('.rl-ledger-note')?.textContent ?? null,
        index: Number(row.getAttribute('aria-rowindex')),
      });
    }
  };
  scroller.scrollTop = 0;
  await frame();
  for (let step = 0; step < 1000; step++) {
    read();
    if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
    scroller.scrollTop += Math.max(40, scroller.clientHeight / 2);
    await frame();
  }
  read();
  scroller.scrollTop = 0;
  await frame();
  return [...seen.values()].sort((a, b) => a.index - b.index).map(({ index, ...row }) => row);
})()`;
