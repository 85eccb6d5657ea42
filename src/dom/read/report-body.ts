import { titleNamesAReport } from '../../core/gate';
import {
  ELEMENT_NODE,
  isHiddenByAttribute,
  LINK_ELEMENTS,
  SKIPPED_ELEMENTS,
  TEXT_NODE,
} from '../html-names';

export interface ReportBodyOptions {
  /** CJK characters a site rule's element must hold to be taken: fewer means
   * the selector matched a teaser, an empty accessibility copy or a caption */
  minSiteRuleCjk: number;
  /** CJK characters the page's prose must add up to before the fallback
   * names any body at all */
  minFallbackCjk: number;
  /** a text node counts as prose only with at least this many CJK
   * characters: menus, labels and buttons are shorter */
  minProseRunCjk: number;
  /** the fallback goes down into a child while that child holds at least
   * this share of the page's prose */
  descendShare: number;
  /** elements visited by the fallback before it gives up (a pathological
   * page must not cost seconds) */
  maxFallbackNodes: number;
  /** findReport finds nothing in an editor (see isEditable) */
  leaveEditable: boolean;
}

export const DEFAULT_REPORT_BODY_OPTIONS: ReportBodyOptions = {
  minSiteRuleCjk: 200,
  minFallbackCjk: 300,
  minProseRunCjk: 8,
  descendShare: 0.7,
  maxFallbackNodes: 200_000,
  leaveEditable: true,
};

interface SiteRule {
  /** when set, only the first element matching it is looked in */
  scope?: string;
  selector: string;
  /** when the scope exists but holds no body, the page has no report body:
   * no later rule and no fallback may pick something else (a reply) */
  exclusive?: boolean;
}

/** Where known sites and CMSs keep the article body, most specific first. */
const SITE_RULES: readonly SiteRule[] = [
  // Discuz! X3.x thread: the first floor's post cell only. Scoped to the
  // first floor so that a locked first post (div.locked, no td.t_f) does not
  // make a reply the report; the author column, signature and replies are
  // outside this cell.
  { scope: '#postlist > div[id^="post_"]', selector: 'td.t_f', exclusive: true },
  // Discuz! touch (mobile) template: the first post's div.message.
  { scope: 'div.plc', selector: 'div.message', exclusive: true },
  // Jiangxi and other provincial portal CMS: article body inside .xxgk-detail.
  { selector: '#zoomcon' },
  // Older layout of the same CMS (the 2015 pages).
  { selector: '#accessibility_txt_content_td' },
  // TRS WCM, the most common government portal CMS: the editor's output.
  { selector: '.TRS_Editor' },
  // WeChat official-account articles and their mirrors.
  { selector: '#js_content' },
  // WordPress themes.
  { selector: '.entry-content' },
  // schema.org markup used by news CMSs.
  { selector: '[itemprop="articleBody"]' },
  // news sites (people.cn, xinhuanet and copies of their templates).
  { selector: '#detail' },
  // common class of portal and news article bodies.
  { selector: '.article-content' },
  // generic HTML5: last, because it also wraps teasers and whole pages.
  { selector: 'article' },
];

/** Forum threads where a long report goes on in the next posts of the same
 * author (a post has a length limit: 10,000 characters by default on
 * Discuz!): what a post is, where its author's name and its body are. */
interface ThreadLayout {
  /** the posts, in thread order */
  posts: string;
  author: string;
  body: string;
}

const THREAD_LAYOUTS: readonly ThreadLayout[] = [
  // Discuz! X3.x: div#post_{pid} per floor, the name in the author column
  { posts: '#postlist > div[id^="post_"]', author: 'td.pls .authi a', body: 'td.t_f' },
  // Discuz! touch template: div.plc per floor, the name in ul.authi
  { posts: 'div.plc', author: '.authi b a, .authi a', body: 'div.message' },
];

/** Where the report is: `root` holds it, and its text is that of `parts`
 * (root itself, or the posts of a report continued over several posts, each
 * inside root). */
export interface ReportLocation {
  root: Element;
  parts: Element[];
}

/** findReportBody, and on a forum thread the next posts of the same author
 * that go on with the report: a report pasted over several floors. */
export function findReport(doc: Document, options?: Partial<ReportBodyOptions>): ReportLocation | null {
  const opts = { ...DEFAULT_REPORT_BODY_OPTIONS, ...options };
  const body = findReportBody(doc, opts);
  if (!body || (opts.leaveEditable && isEditable(doc, body))) return null;
  try {
    return continuedInPosts(doc, body, opts) ?? { root: body, parts: [body] };
  } catch {
    return { root: body, parts: [body] };
  }
}

/** A report in an editor (a CMS's rich-text box, an online document) is
 * someone's draft: a mark wrapped into it would be saved with it. Such a
 * page is left alone. */
export function isEditable(doc: Document, body: Element): boolean {
  if (doc.designMode === 'on') return true;
  if ((body as Partial<HTMLElement>).isContentEditable === true) return true;
  // and where a DOM does not inherit editing (the command line's), the nearest attribute
  const nearest = body.closest('[contenteditable]');
  return nearest !== null && nearest.getAttribute('contenteditable') !== 'false';
}

function continuedInPosts(doc: Document, body: Element, opts: ReportBodyOptions): ReportLocation | null {
  for (const layout of THREAD_LAYOUTS) {
    const posts = Array.from(doc.querySelectorAll(layout.posts));
    const first = posts.findIndex((post) => post.contains(body));
    if (first === -1) continue;
    const author = authorOf(posts[first], layout);
    if (!author) return null;
    const parts = [body];
    for (const post of posts.slice(first + 1)) {
      if (authorOf(post, layout) !== author) break;
      const part = post.querySelector(layout.body);
      if (!part || countCjk(part, opts.minSiteRuleCjk) < opts.minSiteRuleCjk || opensAReport(part)) break;
      parts.push(part);
    }
    if (parts.length === 1) return null;
    const root = commonAncestor(parts);
    return root ? { root, parts } : null;
  }
  return null;
}

function authorOf(post: Element | undefined, layout: ThreadLayout): string {
  return post?.querySelector(layout.author)?.textContent?.trim() ?? '';
}

/** A post that begins a report of its own (its title, or the opening
 * address 各位代表： with its colon; later addresses within a report take a
 * comma) is the next report the author posted, not the rest of this one. */
function opensAReport(part: Element): boolean {
  const opening = (part.textContent ?? '').trimStart().slice(0, 200);
  return /各位代表\s*[:：]/.test(opening) || titleNamesAReport(opening.slice(0, 60));
}

function commonAncestor(elements: Element[]): Element | null {
  const [first, ...rest] = elements;
  for (let candidate = first?.parentElement ?? null; candidate; candidate = candidate.parentElement) {
    if (rest.every((element) => candidate.contains(element))) return candidate;
  }
  return null;
}

/** The element that holds the report and only the report: a site rule whose
 * element holds enough CJK text, else the text-density fallback. Null when
 * the page has no body of prose. Never throws. */
export function findReportBody(doc: Document, options?: Partial<ReportBodyOptions>): Element | null {
  const opts = { ...DEFAULT_REPORT_BODY_OPTIONS, ...options };
  try {
    const bySiteRule = findBySiteRule(doc, opts);
    if (bySiteRule !== undefined) return bySiteRule;
    return findByTextDensity(doc, opts);
  } catch {
    return null;
  }
}

/** The body by site rule; null when an exclusive rule's scope is there but
 * empty (no body on this page); undefined when no rule applies. */
function findBySiteRule(doc: Document, opts: ReportBodyOptions): Element | null | undefined {
  for (const rule of SITE_RULES) {
    const scope = rule.scope ? doc.querySelector(rule.scope) : doc;
    if (!scope) continue;
    const candidates = scope.querySelectorAll(rule.selector);
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[i];
      if (candidate && countCjk(candidate, opts.minSiteRuleCjk) >= opts.minSiteRuleCjk) return candidate;
    }
    if (rule.exclusive) return null;
  }
  return undefined;
}

/** CJK characters of the element's visible text, counting stops at `enough`. */
function countCjk(root: Element, enough: number): number {
  let count = 0;
  let node: Node | null = root.firstChild;
  while (node && count < enough) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) count += cjkIn((node as Text).data);
    else if (node.nodeType === ELEMENT_NODE && isReadable(node as Element)) descend = node.firstChild !== null;
    node = descend ? node.firstChild : nextOutside(node, root);
  }
  return count;
}

function isReadable(el: Element): boolean {
  return !SKIPPED_ELEMENTS.has(el.localName) && !isHiddenByAttribute(el);
}

/** The next node in document order that is not inside `node`, within root. */
function nextOutside(node: Node, root: Node): Node | null {
  let current: Node | null = node;
  while (current && current !== root) {
    if (current.nextSibling) return current.nextSibling;
    current = current.parentNode;
  }
  return null;
}

/** Fallback for unknown layouts. Prose is CJK text outside links in runs long
 * enough to be sentences; each element's prose is the sum over its subtree.
 * From <body> it goes down into the child holding the most prose while that
 * child holds at least `descendShare` of the page's prose, so it ends at the
 * tightest element that holds most of the report and little else. */
function findByTextDensity(doc: Document, opts: ReportBodyOptions): Element | null {
  const body = doc.body;
  if (!body) return null;
  const prose = new Map<Element, number>();
  const credit = (el: Element | null, amount: number): void => {
    if (el && amount > 0) prose.set(el, (prose.get(el) ?? 0) + amount);
  };
  const isLinkWeEntered = (el: Element): boolean =>
    LINK_ELEMENTS.has(el.localName) && isReadable(el) && el.firstChild !== null;
  let visited = 0;
  let linkDepth = 0;
  let node: Node | null = body.firstChild;
  while (node && visited < opts.maxFallbackNodes) {
    visited++;
    if (node.nodeType === TEXT_NODE) {
      const cjk = linkDepth === 0 ? cjkIn((node as Text).data) : 0;
      if (cjk >= opts.minProseRunCjk) credit(node.parentElement, cjk);
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (isReadable(el) && el.firstChild) {
        if (LINK_ELEMENTS.has(el.localName)) linkDepth++;
        node = el.firstChild;
        continue;
      }
    }
    // climb out of finished elements, handing their prose to the parent,
    // so each element is credited once: linear in the page
    for (;;) {
      if (node.nodeType === ELEMENT_NODE && node !== body) {
        const el = node as Element;
        credit(el.parentElement, prose.get(el) ?? 0);
        if (el.firstChild && isLinkWeEntered(el)) linkDepth--;
      }
      if (node === body) {
        node = null;
        break;
      }
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      const parent: Node | null = node.parentNode;
      if (!parent) {
        node = null;
        break;
      }
      node = parent;
    }
  }
  const total = prose.get(body) ?? 0;
  if (total < opts.minFallbackCjk) return null;
  let chosen: Element = body;
  for (;;) {
    let best: Element | null = null;
    let bestProse = 0;
    for (let child = chosen.firstElementChild; child; child = child.nextElementSibling) {
      const amount = prose.get(child) ?? 0;
      if (amount > bestProse) {
        best = child;
        bestProse = amount;
      }
    }
    if (!best || bestProse < opts.descendShare * total) break;
    chosen = best;
  }
  return chosen;
}

/** Everything but CJK unified ideographs (basic block and extension A) and
 * CJK punctuation: what the prose of a Chinese report is made of. */
const NOT_CJK = /[^\u4e00-\u9fff\u3400-\u4dbf\u3001-\u303f\uff01-\uff5e]+/g;

/** The CJK characters of a text, counted by the regular-expression engine:
 * this runs over every text node of the page once, cold, where a loop over
 * char codes in script cost ~1 ms on a 34k-character report. */
function cjkIn(text: string): number {
  return text.replace(NOT_CJK, '').length;
}
