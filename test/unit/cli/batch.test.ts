// Many inputs, one table: the whole corpus folder in every format, read
// back, against the single-file exports; bad inputs inside a batch.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../../../src/cli/inputs';
import { TABLE_COLUMNS } from '../../../src/core/export';
import { SOURCE_COLUMNS } from '../../../src/core/report-table';
import { parseDelimited, ROOT, runCli, SEED_PAGE, SEED_TEXT } from './cli-helpers';

const SEEDS = join(ROOT, 'seeds');
const HEADER = [...SOURCE_COLUMNS, ...TABLE_COLUMNS];

let scratch = '';
/** figures of each corpus file read on its own (the single-file JSON export), by path */
const singleCounts = new Map<string, number>();

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'report-lens-batch-'));
  for (const { source } of expandInputs([SEEDS]).items) {
    const { code, stdout } = await runCli([source]);
    if (code === 0) singleCounts.set(source, JSON.parse(stdout).metrics.length);
  }
}, 120_000);

const sum = () => [...singleCounts.values()].reduce((total, count) => total + count, 0);

describe('the whole corpus folder into one table', () => {
  it('finds every report and page of the corpus, and skips exactly the pages that are not reports', async () => {
    const { items } = expandInputs([SEEDS]);
    expect(items.length).toBeGreaterThan(40);
    expect(items.every((item) => /\.(html?|txt)$/.test(item.source))).toBe(true);
    const notReports = items.filter((item) => !singleCounts.has(item.source)).map((item) => item.source.split('/').at(-2));
    const expectedNotReports = expandInputs([join(SEEDS, 'pages')])
      .items.map((item) => item.source)
      .filter((source) => JSON.parse(readFileSync(source.replace(/index\.html$/, 'expected.json'), 'utf8')).detection.isReport === false)
      .map((source) => source.split('/').at(-2));
    expect(notReports.sort()).toEqual(expectedNotReports.sort());
  });

  it.each(['csv', 'tsv'] as const)('%s: one header, then as many rows as the single-file exports hold', async (format) => {
    const out = join(scratch, `corpus.${format}`);
    const { code, stderr } = await runCli([SEEDS, '--out', out]);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n').at(-1)).toBe(`report-lens: ${singleCounts.size} reports, ${sum()} figures, ${expandInputs([SEEDS]).items.length - singleCounts.size} skipped`);
    let text = readFileSync(out, 'utf8');
    if (format === 'csv') {
      expect(text.charCodeAt(0)).toBe(0xfeff);
      text = text.slice(1);
    }
    const [header, ...rows] = parseDelimited(text, format === 'csv' ? ',' : '\t');
    expect(header).toEqual(HEADER);
    expect(rows).toHaveLength(sum());
    expect(rows.every((row) => row.length === HEADER.length)).toBe(true);
    const perSource = new Map<string, number>();
    for (const row of rows) perSource.set(row[0] ?? '', (perSource.get(row[0] ?? '') ?? 0) + 1);
    expect(perSource).toEqual(singleCounts);
  });

  it.each(['json', 'jsonl'] as const)('%s: one object per figure, cells typed', async (format) => {
    const out = join(scratch, `corpus.${format}`);
    expect((await runCli([SEEDS, '--out', out])).code).toBe(1);
    const text = readFileSync(out, 'utf8');
    const records: Record<string, unknown>[] = format === 'json' ? JSON.parse(text) : text.trim().split('\n').map((line) => JSON.parse(line));
    expect(records).toHaveLength(sum());
    const first = records[0] ?? {};
    expect(Object.keys(first)).toEqual(HEADER.map((column, i) => (i === 5 ? 'report_kind' : column)));
    expect(records.every((record) => typeof record.value === 'number' && typeof record.headline === 'boolean')).toBe(true);
    expect(records.every((record) => typeof record.year === 'number' || record.year === null)).toBe(true);
  });

  it('xlsx: a real workbook that a reader opens, numbers as numbers, the unit in its own column', async () => {
    const out = join(scratch, 'corpus.xlsx');
    expect((await runCli([SEEDS, '--out', out])).code).toBe(1);
    const [sheet] = await readXlsxFile(readFileSync(out));
    const [header, ...rows] = sheet?.data ?? [];
    expect(header).toEqual(HEADER);
    expect(rows).toHaveLength(sum());
    const column = (name: string) => HEADER.indexOf(name as (typeof HEADER)[number]);
    expect(rows.every((row) => typeof row[column('value')] === 'number')).toBe(true);
    const gdp = rows.find((row) => row[column('text')] === '134.9万亿元');
    expect(gdp?.[column('value')]).toBe(134.9);
    expect(gdp?.[column('unit')]).toBe('万亿元');
    expect(gdp?.[column('normalized_value')]).toBe(134_900_000_000_000);
    expect(gdp?.[column('year')]).toBe(2025);
  });
});

describe('a batch with bad inputs in it', () => {
  it('reads what it can, says one line per input it skips, and exits 1', async () => {
    const folder = join(scratch, 'mixed');
    mkdirSync(join(folder, 'sub', '.hidden'), { recursive: true });
    copyFileSync(SEED_TEXT, join(folder, 'sub', 'report.txt'));
    copyFileSync(SEED_TEXT, join(folder, 'sub', '.hidden', 'again.txt'));
    writeFileSync(join(folder, 'binary.txt'), Buffer.from([0, 1, 2, 255]));
    writeFileSync(join(folder, 'empty.htm'), '');
    writeFileSync(join(folder, 'notes.html'), '<!DOCTYPE html><title>菜谱</title><p>番茄炒蛋</p>');
    writeFileSync(join(folder, 'picture.png'), 'not read: not a page or a text');
    const { code, stdout, stderr } = await runCli([folder, SEED_PAGE, '/nonexistent/c.html', '--format', 'tsv']);
    expect(code).toBe(1);
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      'report-lens: no such file: /nonexistent/c.html',
      `report-lens: ${join(folder, 'binary.txt')} looks like binary data, not a page or a text`,
      `report-lens: ${join(folder, 'empty.htm')} is empty`,
      `report-lens: ${join(folder, 'notes.html')} does not look like a report (score 0.00)`,
      expect.stringMatching(/^report-lens: 2 reports, \d+ figures, 4 skipped$/),
    ]);
    const sources = new Set(stdout.trim().split('\n').slice(1).map((line) => line.split('\t')[0]));
    expect(sources).toEqual(new Set([join(folder, 'sub', 'report.txt'), SEED_PAGE]));
  });

  it('draws a progress bar on a terminal’s stderr, and none when stderr is a pipe', async () => {
    const folder = join(scratch, 'five');
    mkdirSync(folder, { recursive: true });
    for (const name of ['a', 'b', 'c', 'd', 'e']) copyFileSync(SEED_TEXT, join(folder, `${name}.txt`));
    const terminal = await runCli([folder, '--format', 'tsv'], { stderrIsTTY: true });
    expect(terminal.stderr).toMatch(/\r\x1b\[2K\[#+-*\] 2\/5 .*c\.txt/);
    // the bar is cleared before the summary line
    expect(terminal.stderr).toMatch(/\] 5\/5 \r\x1b\[2Kreport-lens: 5 reports, \d+ figures, 0 skipped\n$/);
    const piped = await runCli([folder, '--format', 'tsv']);
    expect(piped.stderr).not.toMatch(/\r|\x1b/);
    expect(piped.stderr).toMatch(/^report-lens: 5 reports, \d+ figures, 0 skipped\n$/);
  });
});
