import { flattenOutline, outlineEntries } from './outline-nodes';
import type { Analysis, Metric, OutlineNode, Qualifier, Relation } from './types';
import type { UiLanguage } from './settings';

export const EXPORT_SCHEMA = 'report-lens/1';

export type ExportFormat = 'json' | 'csv' | 'tsv' | 'markdown';

export interface ExportOutlineNode {
  id: string;
  level: number;
  label: string;
  title: string;
  appendix?: true;
  children: ExportOutlineNode[];
}

export type ExportMetric = Omit<Metric, 'block' | 'start' | 'end'>;

/** The JSON document of docs/contract.md §2. Offsets into the page's blocks are
 * left out: they mean nothing outside the page they were read from. */
export interface ExportDocument {
  schema: typeof EXPORT_SCHEMA;
  url: string;
  title: string;
  detection: {
    isReport: boolean;
    kind: string | null;
    jurisdiction: string | null;
    year: number | null;
    score: number;
  };
  outline: ExportOutlineNode[];
  metrics: ExportMetric[];
}

function exportOutline(nodes: OutlineNode[]): ExportOutlineNode[] {
  return nodes.map((node) => ({
    id: node.id,
    level: node.level,
    label: node.label,
    title: node.title,
    ...(node.appendix ? { appendix: true as const } : {}),
    children: exportOutline(node.children),
  }));
}

export function exportMetric(metric: Metric): ExportMetric {
  const { block: _block, start: _start, end: _end, ...rest } = metric;
  return rest;
}

export function toExportDocument(analysis: Analysis, url: string, metrics = analysis.metrics): ExportDocument {
  const { detection } = analysis;
  return {
    schema: EXPORT_SCHEMA,
    url,
    title: detection.title,
    detection: {
      isReport: detection.isReport,
      kind: detection.kind,
      jurisdiction: detection.jurisdiction,
      year: detection.year,
      score: Math.round(detection.score * 100) / 100,
    },
    outline: exportOutline(analysis.outline),
    metrics: metrics.map(exportMetric),
  };
}

/** Column keys of the tabular formats, in order. */
export const TABLE_COLUMNS = [
  'id',
  'indicator',
  'text',
  'value',
  'upper',
  'unit',
  'normalized_value',
  'normalized_unit',
  'kind',
  'headline',
  'relation',
  'qualifier',
  'period',
  'section',
  'sentence',
  // added with report-lens/1's optional base and scope: at the end, so that
  // scripts reading the columns above by position keep working
  'base',
  'scope',
] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

/** Header labels by language; tables pasted into Excel/WPS by a Chinese
 * reader read better with Chinese headers, scripts prefer the keys. */
export const COLUMN_LABELS: Record<UiLanguage, Record<TableColumn, string>> = {
  en: {
    id: 'id',
    indicator: 'indicator',
    text: 'figure',
    value: 'value',
    upper: 'upper',
    unit: 'unit',
    normalized_value: 'normalized value',
    normalized_unit: 'normalized unit',
    kind: 'kind',
    headline: 'headline',
    relation: 'change',
    qualifier: 'qualifier',
    period: 'period',
    section: 'section',
    sentence: 'sentence',
    base: 'compared with',
    scope: 'scope',
  },
  zh: {
    id: '编号',
    indicator: '指标',
    text: '原文数值',
    value: '数值',
    upper: '上限',
    unit: '单位',
    normalized_value: '换算值',
    normalized_unit: '换算单位',
    kind: '类型',
    headline: '主要预期目标',
    relation: '变化',
    qualifier: '限定',
    period: '年份',
    section: '章节',
    sentence: '原句',
    base: '比较基数',
    scope: '统计口径',
  },
};

export interface TableOptions {
  /** header labels; the machine keys when absent */
  labels?: Record<TableColumn, string>;
  /** section titles by section id, for the section column */
  sectionTitles?: ReadonlyMap<string, string>;
}

/** Plain numbers, never exponent notation: 2.2146e10 pasted into a
 * spreadsheet is a string to some locales. */
export function formatNumber(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return value.toFixed(0);
  const fixed = value.toFixed(12).replace(/0+$/, '').replace(/\.$/, '');
  return fixed;
}

function cellValues(metric: Metric | ExportMetric, options: TableOptions): Record<TableColumn, string> {
  const section = metric.sectionId ? (options.sectionTitles?.get(metric.sectionId) ?? metric.sectionId) : '';
  return {
    id: metric.id,
    indicator: metric.indicator,
    text: metric.text,
    value: formatNumber(metric.value),
    upper: formatNumber(metric.upper),
    unit: metric.unit,
    normalized_value: formatNumber(metric.normalized.value),
    normalized_unit: metric.normalized.unit,
    kind: metric.kind,
    headline: metric.headline ? 'true' : 'false',
    relation: metric.relation,
    qualifier: metric.qualifier,
    period: metric.period === null ? '' : String(metric.period),
    section,
    sentence: metric.sentence,
    base: metric.base ?? '',
    scope: metric.scope ?? '',
  };
}

/** Columns of text taken from the page: a cell there that a spreadsheet would
 * run as a formula (=, +, -, @, or a tab or carriage return before them) gets
 * a leading apostrophe, which Excel and WPS show as text. The number columns
 * are written by us and stay as they are (−5.4 is a number). */
const PAGE_TEXT_COLUMNS: ReadonlySet<TableColumn> = new Set(['indicator', 'text', 'unit', 'normalized_unit', 'section', 'sentence', 'base', 'scope']);
const FORMULA_START = /^[=+\-@\t\r]/;

function safeCell(key: TableColumn, cell: string): string {
  return PAGE_TEXT_COLUMNS.has(key) && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function tableRows(metrics: readonly (Metric | ExportMetric)[], options: TableOptions): string[][] {
  const header = TABLE_COLUMNS.map((key) => options.labels?.[key] ?? key);
  const rows = metrics.map((metric) => {
    const cells = cellValues(metric, options);
    return TABLE_COLUMNS.map((key) => safeCell(key, cells[key]));
  });
  return [header, ...rows];
}

/** Tab-separated values: what Excel, WPS and Google Sheets paste as a table.
 * A cell holding a tab, a newline or a quote is quoted the way those
 * programs read it back (doubled quotes inside). */
export function toTsv(metrics: readonly (Metric | ExportMetric)[], options: TableOptions = {}): string {
  return tableRows(metrics, options)
    .map((row) => row.map((cell) => (/[\t\n\r"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join('\t'))
    .join('\n');
}

/** RFC 4180 CSV with CRLF line ends. */
export function toCsv(metrics: readonly (Metric | ExportMetric)[], options: TableOptions = {}): string {
  return tableRows(metrics, options)
    .map((row) => row.map((cell) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','))
    .join('\r\n');
}

/** A GitHub-flavoured Markdown table; pipes and line breaks inside cells
 * would end the cell, so they are escaped or folded. */
export function toMarkdown(metrics: readonly (Metric | ExportMetric)[], options: TableOptions = {}): string {
  const [header, ...rows] = tableRows(metrics, options);
  const line = (cells: string[]) =>
    `| ${cells.map((cell) => cell.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ')).join(' | ')} |`;
  return [line(header ?? []), line((header ?? []).map(() => '---')), ...rows.map(line)].join('\n');
}

/** An HTML table for the clipboard's text/html flavour, so rich editors
 * paste a real table. Every cell is escaped: page text is data. */
export function toHtmlTable(metrics: readonly (Metric | ExportMetric)[], options: TableOptions = {}): string {
  return htmlTable(tableRows(metrics, options));
}

/** The header row, then the rows, as one HTML table; every cell is escaped. */
export function htmlTable([header, ...rows]: readonly (readonly string[])[]): string {
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const head = `<tr>${(header ?? []).map((cell) => `<th>${escape(cell)}</th>`).join('')}</tr>`;
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`).join('');
  return `<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

export function formatAnalysis(
  analysis: Analysis,
  format: ExportFormat,
  url: string,
  options: TableOptions = {},
): string {
  if (format === 'json') return JSON.stringify(toExportDocument(analysis, url), null, 2);
  const sectionTitles = options.sectionTitles ?? sectionTitleMap(analysis.outline);
  const tableOptions = { ...options, sectionTitles };
  if (format === 'csv') return toCsv(analysis.metrics, tableOptions);
  if (format === 'tsv') return toTsv(analysis.metrics, tableOptions);
  return toMarkdown(analysis.metrics, tableOptions);
}

export function sectionTitleMap(outline: OutlineNode[]): Map<string, string> {
  return new Map(flattenOutline(outline).map((node) => [node.id, `${node.label}${node.title}`]));
}

/** Words for a qualifier and a relation, as the hover card and a citation
 * say them. */
export const QUALIFIER_WORDS: Record<UiLanguage, Record<Qualifier, string>> = {
  en: { about: 'about', 'at-least': 'at least', 'at-most': 'at most', range: 'range', exact: 'exact' },
  zh: { about: '约', 'at-least': '不低于', 'at-most': '不超过', range: '区间', exact: '确数' },
};
export const RELATION_WORDS: Record<UiLanguage, Record<Relation, string>> = {
  en: { level: 'level', increase: 'increase', decrease: 'decrease' },
  zh: { level: '水平', increase: '增长', decrease: '下降' },
};

/** One figure with where it came from, for pasting into a memo. */
export function toCitation(
  metric: Metric | ExportMetric,
  source: { title: string; url: string; section?: string },
): string {
  const parts = [`${metric.indicator ? `${metric.indicator}：` : ''}${metric.text}`, `“${metric.sentence}”`];
  const where = [source.title, source.section].filter(Boolean).join(' · ');
  parts.push(`——${where}${source.url ? ` ${source.url}` : ''}`);
  return parts.join('\n');
}

/** "一、2019年工作回顾 › （一）经济…" for every section: a subsection's title
 * alone says little in a card or a citation. */
export function sectionPathMap(outline: OutlineNode[]): Map<string, string> {
  const titleOf = (node: OutlineNode) => `${node.label}${node.title}`;
  return new Map(outlineEntries(outline).map(({ node, ancestors }) => [node.id, [...ancestors, node].map(titleOf).join(' › ')]));
}
