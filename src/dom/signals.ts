import type { PageSignals } from '../core/types';
import { BLOCK_ELEMENTS, SKIPPED_ELEMENTS, TEXT_NODE } from './html-names';

// Runs on every page the user visits, before anything else, so it reads only
// what it needs and stops early: never innerText (forces layout), never the
// whole textContent of a large page.

export interface SignalOptions {
  /** characters of body text to sample for the detector */
  sampleChars: number;
  /** heading texts to keep */
  maxHeadings: number;
  /** characters kept of one heading (a runaway <h1> must not cost much) */
  maxHeadingChars: number;
  /** nodes the sampler may visit before giving up, so a page of thousands of
   * empty elements cannot keep it busy */
  maxVisitedNodes: number;
}

export const DEFAULT_SIGNAL_OPTIONS: SignalOptions = {
  sampleChars: 3000,
  maxHeadings: 5,
  maxHeadingChars: 200,
  maxVisitedNodes: 20000,
};

/** Where titles live, most telling first. */
const HEADING_SELECTORS: readonly string[] = [
  '#thread_subject', // Discuz! thread title (span inside h1.ts)
  '.rich_media_title', // WeChat article title
  'h1',
  'h2',
  'h3',
];

/** Where the site names itself. */
const SITE_NAME_SELECTORS: readonly string[] = [
  'meta[name="SiteName"]', // Chinese government portal CMS standard (GB/T 33190-style metadata)
  'meta[name="sitename"]', // same, lower-case variant
  'meta[property="og:site_name"]', // Open Graph, used by news sites and WordPress
  'meta[name="og:site_name"]', // Open Graph written with name= by some CMSs
  'meta[name="application-name"]', // generic HTML fallback
];

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const WHITESPACE_RUN = /[\s\u00a0\u3000]+/g;

export function readPageSignals(doc: Document, options?: Partial<SignalOptions>): PageSignals {
  const opts = { ...DEFAULT_SIGNAL_OPTIONS, ...options };
  const signals: PageSignals = {
    title: squeeze(doc.title ?? '').slice(0, opts.maxHeadingChars),
    headings: readHeadings(doc, opts),
    sample: doc.body ? sampleText(doc, doc.body, opts.sampleChars, opts.maxVisitedNodes) : '',
  };
  const url = doc.URL;
  if (url && url !== 'about:blank') signals.url = url;
  const siteName = readSiteName(doc);
  if (siteName) signals.siteName = siteName;
  return signals;
}

function readHeadings(doc: Document, opts: SignalOptions): string[] {
  const found: string[] = [];
  for (const selector of HEADING_SELECTORS) {
    if (found.length >= opts.maxHeadings) break;
    // querySelectorAll is native and fast; only the first few are read
    const elements = doc.querySelectorAll(selector);
    for (let i = 0; i < elements.length && found.length < opts.maxHeadings; i++) {
      const el = elements[i];
      if (!el) continue;
      const text = squeeze(sampleText(doc, el, opts.maxHeadingChars, 200)).slice(0, opts.maxHeadingChars);
      // the Discuz title is inside an h1, so it would come twice
      if (text && !found.includes(text)) found.push(text);
    }
  }
  return found;
}

function readSiteName(doc: Document): string | undefined {
  for (const selector of SITE_NAME_SELECTORS) {
    const content = doc.querySelector(selector)?.getAttribute('content');
    const name = content ? squeeze(content) : '';
    if (name) return name.slice(0, 100);
  }
  return undefined;
}

/** Text of `root` in document order, up to `limit` characters: whitespace runs
 * become one space, block elements and <br> become a newline so that words of
 * neighbouring blocks do not run together. */
function sampleText(doc: Document, root: Element, limit: number, maxVisited: number): string {
  let out = '';
  let visited = 0;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  let node: Node | null = walker.currentNode;
  while (node && out.length < limit && visited < maxVisited) {
    visited++;
    if (node.nodeType === TEXT_NODE) {
      const text = (node as Text).data.replace(WHITESPACE_RUN, ' ');
      if (text !== ' ' && text !== '') out += text;
      node = walker.nextNode();
      continue;
    }
    const name = (node as Element).localName;
    if (node !== root && SKIPPED_ELEMENTS.has(name)) {
      node = nextOutside(walker, root);
      continue;
    }
    if ((name === 'br' || BLOCK_ELEMENTS.has(name)) && out !== '' && !out.endsWith('\n')) out += '\n';
    node = walker.nextNode();
  }
  return out.slice(0, limit).trim();
}

/** Moves the walker past the current node's subtree. */
function nextOutside(walker: TreeWalker, root: Node): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    const parent = walker.parentNode();
    if (!parent || parent === root) return null;
  }
}

function squeeze(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}
