import type { PageSignals } from '../../core/types';
import { BLOCK_ELEMENTS, ELEMENT_NODE, SKIPPED_ELEMENTS, TEXT_NODE } from '../html-names';

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

/** Heading tags, read through getElementsByTagName: its live collection
 * walks the page only as far as the items asked for, where
 * querySelectorAll('h1, h2, h3, …') matched every element of a 320 KB forum
 * page (1–2 ms). */
const HEADING_TAGS: readonly string[] = ['h1', 'h2', 'h3'];
/** Site-specific title elements, the most telling headings, so they come
 * first. Discuz's is a <span id="thread_subject"> inside h1.ts, found by id (a
 * hash lookup); WeChat's is <h1 class="rich_media_title">, found among the h1s
 * (a getElementsByClassName would walk the whole page when it is absent). */
const THREAD_SUBJECT_ID = 'thread_subject';
const WECHAT_TITLE_CLASS = 'rich_media_title';

/** <meta> attributes by which a site names itself, most standard first. */
const SITE_NAME_METAS: readonly { attribute: 'name' | 'property'; value: string }[] = [
  { attribute: 'name', value: 'sitename' }, // Chinese government portal metadata (SiteName)
  { attribute: 'property', value: 'og:site_name' }, // Open Graph: news sites, WordPress
  { attribute: 'name', value: 'og:site_name' }, // Open Graph written with name= by some CMSs
  { attribute: 'name', value: 'application-name' }, // generic HTML
];

/** Node.DOCUMENT_POSITION_FOLLOWING */
const FOLLOWING = 0x4;
const NEWLINE = 0x0a;
const WHITESPACE_RUN = /[\s\u00a0\u3000]+/g;

export function readPageSignals(doc: Document, options?: Partial<SignalOptions>): PageSignals {
  const opts = { ...DEFAULT_SIGNAL_OPTIONS, ...options };
  const signals: PageSignals = {
    title: squeeze(doc.title ?? '').slice(0, opts.maxHeadingChars),
    headings: readHeadings(doc, opts),
    sample: doc.body ? sampleText(doc.body, opts.sampleChars, opts.maxVisitedNodes) : '',
  };
  const url = doc.URL;
  if (url && url !== 'about:blank') signals.url = url;
  const siteName = readSiteName(doc);
  if (siteName) signals.siteName = siteName;
  return signals;
}

function readHeadings(doc: Document, opts: SignalOptions): string[] {
  const titles: Element[] = [];
  const others: Element[] = [];
  const subject = doc.getElementById(THREAD_SUBJECT_ID);
  if (subject) titles.push(subject);
  // the first few of each tag are enough: only maxHeadings are kept in all
  for (const tag of HEADING_TAGS) {
    const list = doc.getElementsByTagName(tag);
    for (let i = 0; i < list.length && i < opts.maxHeadings; i++) {
      const el = list[i] as Element;
      (tag === 'h1' && el.classList.contains(WECHAT_TITLE_CLASS) ? titles : others).push(el);
    }
  }
  // h1s, h2s and h3s back in document order, as one selector query gave them
  others.sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
  const found: string[] = [];
  for (const el of [...titles, ...others]) {
    if (found.length >= opts.maxHeadings) break;
    const text = squeeze(sampleText(el, opts.maxHeadingChars, 200)).slice(0, opts.maxHeadingChars);
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
 * neighbouring blocks do not run together. A plain firstChild/nextSibling
 * loop rather than a TreeWalker: the first TreeWalker of the content script's
 * fresh isolated world cost 1–7 ms in Chromium even on a 70-node page, the
 * loop a tenth of a millisecond. Only elements and text count against
 * `maxVisited`. Whether the sample ends in a newline is kept in a flag: asking
 * out.endsWith() after each += flattens the growing string every time (3–9 ms
 * on the 320 KB forum page). */
function sampleText(root: Element, limit: number, maxVisited: number): string {
  let out = '';
  let endsWithNewline = false;
  let visited = 1;
  let node: Node | null = root.firstChild;
  while (node && out.length < limit && visited < maxVisited) {
    const type = node.nodeType;
    let enter = false;
    if (type === TEXT_NODE) {
      visited++;
      const text = (node as Text).data.replace(WHITESPACE_RUN, ' ');
      if (text !== ' ' && text !== '') {
        out += text;
        endsWithNewline = text.charCodeAt(text.length - 1) === NEWLINE;
      }
    } else if (type === ELEMENT_NODE) {
      visited++;
      const name = (node as Element).localName;
      if (!SKIPPED_ELEMENTS.has(name)) {
        if ((name === 'br' || BLOCK_ELEMENTS.has(name)) && out !== '' && !endsWithNewline) {
          out += '\n';
          endsWithNewline = true;
        }
        enter = true;
      }
    }
    node = nextNode(node, root, enter);
  }
  return out.slice(0, limit).trim();
}

/** The node after `node` in document order within `root`, into its children
 * only when `enter`. */
function nextNode(node: Node, root: Node, enter: boolean): Node | null {
  if (enter && node.firstChild) return node.firstChild;
  let current: Node | null = node;
  while (current && current !== root) {
    if (current.nextSibling) return current.nextSibling;
    current = current.parentNode;
  }
  return null;
}

function squeeze(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

export interface TextClues {
  anywhere: readonly string[];
  nearStart: readonly string[];
  maxOffset: number;
  atStart: readonly string[];
}

/** text nodes the position test looks at: about as many as the 3,000-character
 * sample spans on the 320 KB forum page (1,100 nodes, ~600 of them text) */
const PROBE_TEXT_NODES = 800;

/**
 * Whether the page may hold a report: a word the gate cannot say yes without
 * is in the title or the body text, and where the gate wants it (at or near
 * the start of a text node, for the section titles and 一、). The first look
 * at every page, before any signal is read:
 * - textContent is one native call that builds the text without a JS wrapper
 *   per node (~0.4 ms on the 320 KB forum page in Chromium, a clue split
 *   across inline elements found as well); most pages hold none of the words
 *   and end here;
 * - only the positional words found that way are then checked where they
 *   stand, by one XPath query: Blink collects every text node of the body for
 *   it (5 ms on the 320 KB page, 0.2 ms on a news article), so it runs only
 *   on pages that have such a word somewhere (news quoting 主要预期目标
 *   mid-sentence). Where document.evaluate is missing (happy-dom), that part
 *   says yes.
 */
export function mayHoldReportText(doc: Document, clues: TextClues): boolean {
  const title = doc.title ?? '';
  const text = doc.body?.textContent ?? '';
  // Most pages have none of the words: one regular-expression pass over the
  // text says so in about half the time of a search per word (0.14 against
  // 0.24 ms over 110,000 characters, V8 cold).
  const anyClue = new RegExp([...clues.anywhere, ...clues.nearStart, ...clues.atStart].map(escapeForPattern).join('|'));
  if (!anyClue.test(text) && !anyClue.test(title)) return false;
  const inPage = (word: string) => text.includes(word) || title.includes(word);
  if (clues.anywhere.some(inPage)) return true;
  const nearStart = clues.nearStart.filter(inPage);
  const atStart = clues.atStart.filter(inPage);
  if (nearStart.length === 0 && atStart.length === 0) return false;
  // the gate counts a section title anywhere in the page title
  if (nearStart.some((word) => title.includes(word))) return true;
  if (typeof doc.evaluate !== 'function') return true;
  const tests = [
    // in a heading the gate counts it wherever it stands
    ...nearStart.map((word) => `(contains(., '${word}') and (string-length(normalize-space(substring-before(., '${word}'))) <= ${clues.maxOffset} or ancestor::h1 or ancestor::h2 or ancestor::h3))`),
    ...atStart.map((word) => `(contains(., '${word}') and string-length(normalize-space(substring-before(., '${word}'))) = 0)`),
  ];
  const query = `boolean((//body//text())[position() <= ${PROBE_TEXT_NODES}][${tests.join(' or ')}])`;
  try {
    return doc.evaluate(query, doc, null, BOOLEAN_TYPE, null).booleanValue;
  } catch {
    return true; // no verdict: let the full gate decide
  }
}

function escapeForPattern(word: string): string {
  return word.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/** XPathResult.BOOLEAN_TYPE */
const BOOLEAN_TYPE = 3;

