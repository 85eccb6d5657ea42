// The records every layer shares. Core produces them from text; dom maps their
// (block, start, end) offsets back onto the page; ui and the export render them.

/** One block of report text as the dom layer reads it: a paragraph, or one
 * <br>-separated line of a forum post, or one line of a .txt file. */
export interface Block {
  text: string;
  /** The markup itself says this block is a heading (h1–h6, a <p> that is all
   * <strong>). Numbering in the text is read by core whatever this says. */
  markedHeading?: boolean;
}

export type ReportKind =
  | 'work-report'
  | 'statistical-communique'
  | 'budget-report'
  | 'plan'
  | 'other-report';

/** What the page tells about itself before any body is chosen. */
export interface PageSignals {
  /** document.title, or the file name for a .txt */
  title: string;
  /** texts of h1/h2/h3 and the like, in order, at most a handful */
  headings: string[];
  /** the first few thousand characters of the page's (or body's) text */
  sample: string;
  url?: string;
  /** <meta name="SiteName">, og:site_name and the like */
  siteName?: string;
}

export interface Detection {
  isReport: boolean;
  kind: ReportKind | null;
  /** the report's title without the site's suffix */
  title: string;
  jurisdiction: string | null;
  year: number | null;
  /** 0..1 */
  score: number;
}

export type OutlineLevel = 1 | 2 | 3;

export interface OutlineNode {
  id: string;
  level: OutlineLevel;
  /** the numbering as written: "一、", "（一）", "一是", "01" or "" */
  label: string;
  title: string;
  /** index of the block that holds the heading */
  block: number;
  /** offsets of label+title inside that block */
  start: number;
  end: number;
  /** part of an appendix or glossary whose numbering restarts */
  appendix?: boolean;
  children: OutlineNode[];
}

export type Relation = 'level' | 'increase' | 'decrease';
export type Qualifier = 'about' | 'at-least' | 'at-most' | 'range' | 'exact';
export type MetricKind = 'actual' | 'target';

export interface Quantity {
  value: number;
  /** upper end of a range, same unit */
  upper?: number;
  unit: string;
}

export interface Metric {
  id: string;
  /** the figure exactly as written, qualifier included: "6.5%左右" */
  text: string;
  value: number;
  upper?: number;
  unit: string;
  normalized: Quantity;
  indicator: string;
  relation: Relation;
  qualifier: Qualifier;
  kind: MetricKind;
  headline: boolean;
  period: number | null;
  sectionId: string | null;
  sentence: string;
  /** what a change or a share is measured against, as the sentence writes
   * it without its preposition: 上年, 上年末, 年初预算, 调整预算, 全国 */
  base?: string;
  /** the statistical scope the sentence puts the figure in: 按可比价格计算,
   * 按可比口径, 规模以上 */
  scope?: string;
  /** where the figure's text sits: block index and offsets inside block.text */
  block: number;
  start: number;
  end: number;
}

export interface Analysis {
  detection: Detection;
  outline: OutlineNode[];
  metrics: Metric[];
}

/** How a report page is shown: the extension's reading view, or the page as the site made it. */
export type PageView = 'annotated' | 'original';

/** How the reader asked to read a page as a report: its densest text, or
 * the element they pick; 'site' for a site set to 'always' (the densest text
 * where the detector says no). */
export type ReadMode = 'densest' | 'pick';
export type ManualMode = ReadMode | 'site';

/** 'too-large': a report page past the size limits, left as it is. */
export type PageState = 'none' | 'ready' | 'off' | 'disabled' | 'error' | 'too-large';

/** What a tab's content script says about its page, to the popup. */
export interface PageStatus {
  state: PageState;
  title?: string;
  kind?: string | null;
  actual?: number;
  targets?: number;
  message?: string;
  /** the tab's host, for the popup's per-site switch */
  hostname?: string;
}
