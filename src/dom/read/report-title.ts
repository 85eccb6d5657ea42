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

/** The lines a title block keeps under its title: the meeting and date line
 * (——2025年12月24日在益阳市第七届人民代表大会第六次会议上), the speaker. */
const TITLE_BLOCK_LINE = /^(?:[-—－─–]{1,4}|[（(]?\d{4}年\d{1,2}月)|(?:代表大会|会议)上?[）)]?$|^[\u4e00-\u9fff·]{2,12}(?:市长|省长|区长|县长|局长|主任)/;
const MAX_TITLE_BLOCK_LINES = 3;
const MAX_TITLE_LINE_CHARS = 80;

/** The title element and the title-block lines right after it (siblings
 * that say when, where and by whom), for the reading view to keep in view. */
export function findTitleBlock(doc: Document, body: Element, title: string, options: Partial<TitleOptions> = {}): Element[] {
  const element = findTitleElement(doc, body, title, options);
  if (!element) return [];
  const block = [element];
  for (let next = element.nextElementSibling; next && block.length <= MAX_TITLE_BLOCK_LINES; next = next.nextElementSibling) {
    if (next.contains(body)) break;
    const text = squeeze(next.textContent ?? '');
    if (text.length === 0 || text.length > MAX_TITLE_LINE_CHARS || !TITLE_BLOCK_LINE.test(text)) break;
    block.push(next);
  }
  return block;
}
