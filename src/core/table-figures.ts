// Figures in the tables of a communiqué, as portals' tables come out in
// text: one row a line, cells separated by tabs, a caption above
// ("表3 2025年规模以上工业主要产品产量及其增长速度"), one or two header rows, and
// data rows whose numbers carry no unit of their own: the unit is in a 单位
// column, in the header ("利润总额（亿元）", "比上年增长（%）") or nowhere (an
// index, left out). Each number becomes a figure named by its row and the
// measure its column, header or caption names.

import type { Block, Relation } from './types';
import { MEASURE_HEADS } from './clause-words';

export interface TableFigure {
  start: number;
  end: number;
  text: string;
  value: number;
  unit: string;
  indicator: string;
  relation: Relation;
  base?: string;
  scope?: string;
}

const CELL_SEPARATOR = '\t';
const NUMBER_CELL = /^[-－−]?\d[\d,]*(?:\.\d+)?$/;
const EMPTY_VALUE = /^[—\-－…]*$/;
/** 表3 2025年…: a caption a few lines above the table. */
const CAPTION = /^\s*表\s*\d+/;
const CAPTION_LOOK_BACK = 4;
/** A column of units: 单位, 计量单位. */
const UNIT_HEADER = /单位/;
/** A column of changes: 比上年增长（%）, 增速, ±%. */
const CHANGE_HEADER = /增长|增速|比上年|±/;
const BASE_IN_HEADER = /比(上年)/;
const UNIT_IN_HEADER = /[（(]([^（()）]{1,8})[）)]/;
/** Header words that name when or how, not what: 2025年, 绝对数, 年末数. */
const NOT_A_MEASURE = /\d{4}年|绝对数|总量|年末数|数值|指标|[（(][^（()）]*[）)]/g;
/** What a row label carries besides its noun: 其中：, 1.1., #. */
const LABEL_PREFIX = /^(?:其中[：:]\s*)?(?:#\s*)?(?:\d+(?:\.\d+)*[.．、]\s*)?/;
const NAMED_SCOPE = /规模以上|限额以上/;
/** The row of the whole: 总计 35.9 is the measure itself. */
const TOTAL_LABEL = /^(?:总计|合计|总体|全部|全市|全省|全县|全区)$/;
/** The heads of measures a caption or header may name, longest first. */
const HEADS = [...MEASURE_HEADS, '生产总值', '固定资产投资'].sort((a, b) => b.length - a.length);

interface Cell {
  text: string;
  start: number;
  end: number;
}

function cellsOf(text: string): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  for (const part of text.split(CELL_SEPARATOR)) {
    const lead = part.length - part.trimStart().length;
    const trimmed = part.trim();
    cells.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    start += part.length + 1;
  }
  return cells;
}

function isDataRow(cells: Cell[]): boolean {
  return cells.slice(1).some((cell) => NUMBER_CELL.test(cell.text));
}

function headOf(text: string): string | undefined {
  return HEADS.find((head) => text.includes(head));
}

/** What a column measures, from its header: 利润总额（亿元） → 利润总额. */
function measureOf(header: string): string {
  return header.replace(NOT_A_MEASURE, '').replace(CHANGE_HEADER, '').replace(/[\s：:]/g, '');
}

interface Column {
  header: string;
  /** the measure this column is of, where its header or a header above names one */
  measure: string;
  change: boolean;
}

/** The header that stands over each cell of a data row of `width` cells. */
function columnsFor(headers: Cell[][], width: number): Column[] | null {
  const plain = (row: Cell[]) => row.map((cell) => cell.text);
  const column = (header: string, measure = measureOf(header)): Column => ({ header, measure, change: CHANGE_HEADER.test(header) });
  const first = headers[headers.length - 1];
  if (!first) return null;
  const top = plain(first);
  if (headers.length >= 2) {
    // 地区生产总值（亿元） | 第一产业增加值（亿元）… over 比上年增长（%）…: each measure
    // has a level and a change, after the row label
    const measures = plain(headers[headers.length - 2] ?? []);
    if (measures.length === top.length && width === 1 + 2 * measures.length) {
      const columns: Column[] = [column('')];
      measures.forEach((measure, i) => columns.push(column(measure), { ...column(top[i] ?? ''), measure: measureOf(measure) }));
      return columns;
    }
  }
  if (top.length === width) return top.map((header) => column(header));
  if (top.length === width - 1) return [column(''), ...top.map((header) => column(header))];
  return null;
}

/** The period of a table set out in side-by-side halves (行业 | 增长 | 行业 | 增长). */
function halfWidth(header: string[]): number {
  for (let k = 1; k <= header.length / 2; k++) {
    if (header.length % k === 0 && header.every((cell, i) => cell === header[i % k])) return k;
  }
  return header.length;
}

/** Every table figure of the report, by block. */
export function readTableFigures(blocks: Block[]): Map<number, TableFigure[]> {
  const found = new Map<number, TableFigure[]>();
  let b = 0;
  while (b < blocks.length) {
    if (!(blocks[b]?.text ?? '').includes(CELL_SEPARATOR)) {
      b++;
      continue;
    }
    const first = b;
    while (b < blocks.length && (blocks[b]?.text ?? '').includes(CELL_SEPARATOR)) b++;
    readTable(blocks, first, b, found);
  }
  return found;
}

function captionBefore(blocks: Block[], first: number): string {
  for (let i = first - 1, seen = 0; i >= 0 && seen < CAPTION_LOOK_BACK; i--) {
    const text = blocks[i]?.text.trim() ?? '';
    if (text === '') continue;
    seen++;
    if (CAPTION.test(text)) return text;
  }
  return '';
}

function readTable(blocks: Block[], first: number, last: number, found: Map<number, TableFigure[]>): void {
  const caption = captionBefore(blocks, first);
  const captionHead = headOf(caption.replace(/^\s*表\s*\d+/, ''));
  const scope = NAMED_SCOPE.exec(caption)?.[0];
  const headers: Cell[][] = [];
  let previousHead: string | undefined;
  for (let b = first; b < last; b++) {
    const cells = cellsOf(blocks[b]?.text ?? '');
    if (!isDataRow(cells)) {
      headers.push(cells);
      continue;
    }
    const half = headers.length === 1 ? halfWidth(headers[0]?.map((c) => c.text) ?? []) : 0;
    const chunks = half > 0 && half < (headers[0]?.length ?? 0) ? chunk(cells, half) : [cells];
    const figures: TableFigure[] = [];
    for (const row of chunks) {
      const columns = columnsFor(half > 0 && half < (headers[0]?.length ?? 0) ? [headers[0]?.slice(0, half) ?? []] : headers, row.length);
      if (!columns) continue;
      const unitColumn = columns.findIndex((c) => UNIT_HEADER.test(c.header));
      const label = (row[0]?.text ?? '').replace(LABEL_PREFIX, '');
      if (label === '') continue;
      const ownHead = headOf(label);
      row.forEach((cell, i) => {
        const column = columns[i];
        if (i === 0 || i === unitColumn || !column || !NUMBER_CELL.test(cell.text) || EMPTY_VALUE.test(cell.text)) return;
        const unit = column.change ? '%' : unitColumn >= 0 ? (row[unitColumn]?.text ?? '') : (UNIT_IN_HEADER.exec(column.header)?.[1] ?? '');
        if (unit === '' || unit === '%' && !column.change && !UNIT_IN_HEADER.test(column.header)) return;
        const measure = column.measure !== '' && !CHANGE_HEADER.test(column.measure) ? column.measure : (captionHead ?? previousHead ?? '');
        // a row that names its own measure (发电量, 蔬菜总产) is named by it alone
        const indicator = ownHead ? label : TOTAL_LABEL.test(label) && measure !== '' ? measure : label + measure;
        const figure: TableFigure = {
          start: cell.start,
          end: cell.end,
          text: cell.text,
          value: Number(cell.text.replace(/,/g, '').replace(/^[－−]/, '-')),
          unit: unit === '％' ? '%' : unit,
          indicator,
          relation: column.change ? 'increase' : 'level',
        };
        const base = column.change ? BASE_IN_HEADER.exec(column.header)?.[1] : undefined;
        if (base) figure.base = base;
        if (scope) figure.scope = scope;
        figures.push(figure);
      });
      previousHead = ownHead ?? previousHead;
    }
    if (figures.length > 0) found.set(b, figures);
  }
}

function chunk(cells: Cell[], size: number): Cell[][] {
  const out: Cell[][] = [];
  for (let i = 0; i < cells.length; i += size) out.push(cells.slice(i, i + size));
  return out;
}
