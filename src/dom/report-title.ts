// The report's title where the page keeps it outside the report body: portal
// CMSs put the article's <h1> or .title above the content box that holds the
// report text (Changsha's statistics bureau, Yingkou's portal). The reading
// view hides everything beside the body, and would hide the title with it.

export interface TitleOptions {
  /** how many candidate elements are looked at, at most */
  maxCandidates: number;
  /** a title element holds at most this much text */
  maxTitleChars: number;
}

export const DEFAULT_TITLE_OPTIONS: TitleOptions = { maxCandidates: 60, maxTitleChars: 120 };

/** Elements that hold a page's title by their tag or by the CMS's naming. */
const TITLE_CANDIDATES = 'h1, h2, h3, [class*="title" i], [id*="title" i]';

function squeeze(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, '');
}

/**
 * The element before the report body, outside it, whose text is the report's
 * title (the detected one, spaces aside); the one nearest the body when
 * several say it. Null when the body holds the title itself or none says it.
 */
export function findTitleElement(doc: Document, body: Element, title: string, options: Partial<TitleOptions> = {}): Element | null {
  const opts = { ...DEFAULT_TITLE_OPTIONS, ...options };
  const wanted = squeeze(title);
  if (wanted.length < 4 || squeeze(body.textContent ?? '').slice(0, wanted.length * 4).includes(wanted)) return null;
  let found: Element | null = null;
  const candidates = doc.querySelectorAll(TITLE_CANDIDATES);
  for (let i = 0; i < candidates.length && i < opts.maxCandidates; i++) {
    const element = candidates[i] as Element;
    if (element.contains(body) || body.contains(element)) continue;
    // before the body in document order
    if (!(element.compareDocumentPosition(body) & 4)) continue;
    const text = squeeze(element.textContent ?? '');
    if (text.length === 0 || text.length > opts.maxTitleChars) continue;
    if (text === wanted || text.includes(wanted) || (text.length >= 8 && wanted.includes(text))) found = element;
  }
  // a title inside another candidate (.title > h1): the innermost one
  return found;
}
