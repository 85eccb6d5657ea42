// The head of a report as its text opens: the title (once, or broken over two
// lines), then the lines that say when, where and by whom it was delivered —
// the meeting (——2025年1月15日在…会议上), the speaker (国务院总理　李强), the
// issuing bureau (江西省统计局), a date, the paper it was copied from
// (来源：解放日报). The reading view sets these as a title block; read here
// from the blocks' text alone.

/** What a block of the report's head is. `tool` is a site's page tool
 * (下载, 打印, 【字号：加大 还原 减小】) standing before the title inside the
 * post: not the report's, hidden by the reading view. */
export type HeadRole = 'title' | 'subtitle' | 'line' | 'tool';

export interface HeadLine {
  block: number;
  role: HeadRole;
}

export interface HeadOptions {
  /** the page keeps the report's title outside the body (a portal's <h1>):
   * a title repeated in the body is a subtitle, and lines may open the body */
  titleOutside: boolean;
  /** blocks that are the outline's headings: the head ends before them */
  headingBlocks: ReadonlySet<number>;
  /** blocks the reading view hides anyway (a WeChat follow prompt): passed over */
  skipBlocks?: ReadonlySet<number>;
  /** how many blocks from the top are looked at, at most */
  maxBlocks?: number;
}

const MAX_HEAD_BLOCKS = 16;
const MAX_LINE_CHARS = 80;
/** page tools are short words: 下载, 打印, 全屏, 收藏, 【字号：, 加大 */
const MAX_TOOL_CHARS = 6;

/** whitespace, and note markers ([1]) that a title may carry */
const NOISE = /[\s\u00a0\u3000]+|[[［〔]\d{1,2}[\]］〕]/g;

/** The address that opens the report proper: the head is over. */
const SALUTATION = /^(?:各位代表|各位委员|同志们|各位人大代表)/;

/** Lines of a title block, on squeezed text (no whitespace). */
const LINE_PATTERNS: readonly RegExp[] = [
  // ——2025年3月5日在第十四届全国人民代表大会第三次会议上 (dashes of every width)
  /^[-—－─–‐━]{1,4}/,
  // the meeting line's second half: 第四次会议上, …代表大会第三次会议上）
  /(?:代表大会|会议)上?[）)]?$/,
  // a date alone: 2023年3月28日, （2023年5月）, 2026-02-05
  /^[（(]?\d{4}(?:年\d{1,2}月(?:\d{1,2}日)?|[-/.]\d{1,2}[-/.]\d{1,2})[）)]?$/,
  // where the text was taken from, and when: 来源：江西日报, 时间：2026-02-05
  /^(?:来源|来自|时间|发布时间|发布日期|日期|作者|文章来源|信息来源)[:：]/,
  // the speaker: 国务院总理李强, 利津县县长张晓彬, 西藏自治区代理主席嘎玛泽登
  /^[\u4e00-\u9fff·]{0,20}(?:总理|省长|市长|区长|县长|州长|旗长|盟长|主席|主任|局长|厅长)[\u4e00-\u9fff·]{2,5}$/,
  // the issuing bureaus: 江西省统计局国家统计局江西调查总队, 益阳市财政局
  /^[\u4e00-\u9fff]{2,40}(?:统计局|调查总队|调查队|财政局|人民政府|发展和改革委员会)$/,
];

export function squeezeHeadText(text: string): string {
  return text.replace(NOISE, '');
}

function isHeadLine(text: string): boolean {
  return text.length <= MAX_LINE_CHARS && LINE_PATTERNS.some((pattern) => pattern.test(text));
}

/** How a block's text stands to the report's title: all of it, a part of
 * a title broken over lines, or nothing of it. */
function titleMatch(text: string, title: string): 'whole' | 'part' | null {
  if (title.length < 4 || text.length === 0) return null;
  if (text === title) return 'whole';
  // the title with a word more (（全文）, a site's suffix): still the title
  if (text.includes(title) && text.length <= title.length + 8) return 'whole';
  // 关于三门峡市2019年财政预算执行情况 / 和2020年财政预算（草案）的报告（书面）; 政府工作报告 under 2025年政府工作报告
  if (text.length >= 4 && title.includes(text)) return 'part';
  return null;
}

function isTool(text: string): boolean {
  return text.length <= MAX_TOOL_CHARS && !/\d/.test(text);
}

/**
 * The blocks of the report's head, in order, with their roles; empty when
 * the text opens with prose. The head is looked for from the first block:
 * page tools, then the title (or, where the page keeps it outside, none),
 * then the lines of a title block, up to the salutation, the first heading
 * or the first block that is none of these.
 */
export function findHeadLines(texts: readonly string[], title: string, options: HeadOptions): HeadLine[] {
  const wanted = squeezeHeadText(title);
  const limit = Math.min(texts.length, options.maxBlocks ?? MAX_HEAD_BLOCKS);
  const head: HeadLine[] = [];
  const tools: HeadLine[] = [];
  let titleSeen = false;
  for (let block = 0; block < limit; block++) {
    if (options.skipBlocks?.has(block)) continue;
    const text = squeezeHeadText(texts[block] ?? '');
    if (text.length === 0) continue;
    if (options.headingBlocks.has(block) || SALUTATION.test(text)) break;
    const match = titleMatch(text, wanted);
    const lastRole = head[head.length - 1]?.role;
    if (match && (!titleSeen || lastRole === 'title' || lastRole === 'subtitle')) {
      // under a portal's own title the body's (or its genre alone: 政府工作报告) is a subtitle
      head.push({ block, role: options.titleOutside ? 'subtitle' : 'title' });
      titleSeen = true;
      continue;
    }
    if (isHeadLine(text)) {
      // lines before any title belong to a title the page keeps outside the body
      if (!titleSeen && !options.titleOutside) break;
      head.push({ block, role: 'line' });
      continue;
    }
    if (head.length === 0 && isTool(text)) {
      tools.push({ block, role: 'tool' });
      continue;
    }
    break;
  }
  if (head.length === 0) return [];
  // page tools count only where a title follows them inside the body
  return titleSeen ? [...tools, ...head] : head;
}
