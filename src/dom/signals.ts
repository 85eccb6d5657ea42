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

/** Where titles live. The site-specific ones are the most telling and come
 * first; the others follow in document order. */
const TITLE_SELECTORS: readonly string[] = [
  '#thread_subject', // Discuz! thread title (span inside h1.ts)
  '.rich_media_title', // WeChat article title
];
const HEADING_SELECTOR = ['h1', 'h2', 'h3', ...TITLE_SELECTORS].join(', ');

/** <meta> attributes by which a site names itself, most standard first. */
const SITE_NAME_METAS: readonly { attribute: 'name' | 'property'; value: string }[] = [
  { attribute: 'name', value: 'sitename' }, // Chinese government portal metadata (SiteName)
  { attribute: 'property', value: 'og:site_name' }, // Open Graph: news sites, WordPress
  { attribute: 'name', value: 'og:site_name' }, // Open Graph written with name= by some CMSs
  { attribute: 'name', value: 'application-name' }, // generic HTML
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
  // one native query, so the page is traversed once
  const elements = [...doc.querySelectorAll(HEADING_SELECTOR)];
  const isTitle = (el: Element): boolean => TITLE_SELECTORS.some((selector) => el.matches(selector));
  const ordered = [...elements.filter(isTitle), ...elements.filter((el) => !isTitle(el))];
  const found: string[] = [];
  for (const el of ordered) {
    if (found.length >= opts.maxHeadings) break;
    const text = squeeze(sampleText(doc, el, opts.maxHeadingChars, 200)).slice(0, opts.maxHeadingChars);
    // the Discuz title is inside an h1, so it would come twice
    if (text && !found.includes(text)) found.push(text);
  }
  return found;
}

/** Looks at the <meta> elements of <head> only: a selector query would walk
 * the whole page when the meta is absent. */
function readSiteName(doc: Document): string | undefined {
  const metas = doc.head ? [...doc.head.getElementsByTagName('meta')] : [];
  for (const { attribute, value } of SITE_NAME_METAS) {
    for (const meta of metas) {
      if (meta.getAttribute(attribute)?.toLowerCase() !== value) continue;
      const name = squeeze(meta.getAttribute('content') ?? '');
      if (name) return name.slice(0, 100);
    }
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
