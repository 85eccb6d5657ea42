// report-lens --ledger: the Hailar reports of 2013–2018 as a folder of files,
// the ledger against buildLedger over the same reports, every format read
// back, bad inputs inside a ledger run, exit codes and help.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeReport, signalsFromText } from '../../../src/core/analyze';
import { buildLedger, type Ledger } from '../../../src/core/ledger';
import { LEDGER_COLUMNS } from '../../../src/core/ledger-export';
import { blocksFromText } from '../../../src/core/text';
import { parseDelimited, ROOT, runAsProcess, runCli } from './cli-helpers';

const YEARS = [2013, 2014, 2015, 2016, 2017, 2018];
const seedText = (year: number) => join(ROOT, 'seeds/reports', `county-nm-hailar-${year}-gwr`, 'report.txt');

let scratch = '';
let folder = '';
/** the files of the folder, in the order the folder is read */
let files: string[] = [];

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'report-lens-ledger-'));
  folder = join(scratch, 'hailar');
  mkdirSync(folder);
  files = YEARS.map((year) => join(folder, `hailar-${year}.txt`));
  YEARS.forEach((year, i) => copyFileSync(seedText(year), files[i] as string));
});

/** What buildLedger gives for the same reports, read as the command line
 * reads a text (its name is the path as given). */
function expectedLedger(paths: readonly string[]): Ledger {
  return buildLedger(
    paths.map((path) => {
      const text = readFileSync(path, 'utf8');
      const { detection, metrics } = analyzeReport(signalsFromText(text, path), blocksFromText(text));
      return { source: path, title: detection.title, jurisdiction: detection.jurisdiction, year: detection.year, kind: detection.kind, metrics };
    }),
  );
}

describe('the ledger of a folder of reports', () => {
  it('JSON: the contract’s schema, the reports as given, the rows buildLedger gives for them; exit 0 and a summary', async () => {
    const { code, stdout, stderr } = await runCli(['--ledger', folder]);
    expect(code).toBe(0);
    const ledger = JSON.parse(stdout) as Ledger;
    expect(ledger.schema).toBe('report-lens-ledger/1');
    expect(ledger.reports.map((report) => [report.source, report.jurisdiction, report.year, report.kind])).toEqual(
      files.map((file, i) => [file, '海拉尔区', YEARS[i], 'work-report']),
    );
    expect(ledger).toEqual(expectedLedger(files));
    // the five pairs are all there: every year but the last has outcomes
    const withOutcome = new Set(ledger.rows.filter((row) => row.outcome).map((row) => row.year));
    expect([...withOutcome].sort()).toEqual(YEARS.slice(0, -1));
    expect(stderr).toBe(`report-lens: 6 reports, ${ledger.rows.length} rows, 0 skipped\n`);
  });

  it('files named one by one give the same ledger as their folder', async () => {
    const named = await runCli(['--ledger', ...files, '--format', 'json']);
    const whole = await runCli(['--ledger', folder]);
    expect(named.stdout).toBe(whole.stdout);
  });
});

describe('every format, read back', () => {
  let rows = 0;
  beforeAll(async () => {
    rows = (JSON.parse((await runCli(['--ledger', folder])).stdout) as Ledger).rows.length;
  });

  it.each(['csv', 'tsv'] as const)('%s: the header, then one row per ledger row', async (format) => {
    const out = join(scratch, `ledger.${format}`);
    const { code, stdout } = await runCli(['--ledger', folder, '--out', out]);
    expect([code, stdout]).toEqual([0, '']);
    let text = readFileSync(out, 'utf8');
    if (format === 'csv') {
      expect(text.charCodeAt(0)).toBe(0xfeff);
      text = text.slice(1);
    }
    const [header, ...body] = parseDelimited(text, format === 'csv' ? ',' : '\t');
    expect(header).toEqual([...LEDGER_COLUMNS]);
    expect(body).toHaveLength(rows);
    const gdp = body.find((row) => row[1] === '地区生产总值' && row[2] === '2013' && row[4] === '20%');
    expect(gdp?.slice(9, 14)).toEqual(['10.1%', '10.1', '%', 'increase', 'missed']);
    expect(gdp?.slice(-2)).toEqual([files[0], files[1]]);
  });

  it('jsonl: one flat row a line', async () => {
    const { stdout } = await runCli(['--ledger', folder, '--format', 'jsonl']);
    const records = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toHaveLength(rows);
    expect(Object.keys(records[0] ?? {})).toEqual([...LEDGER_COLUMNS]);
  });

  it('markdown: a GitHub table', async () => {
    const { stdout } = await runCli(['--ledger', folder, '--format', 'md']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(rows + 2);
    expect(lines[1]).toMatch(/^\| --- (\| --- )+\|$/);
  });

  it('xlsx: a workbook read-excel-file opens, numbers as numbers', async () => {
    const out = join(scratch, 'ledger.xlsx');
    expect((await runCli(['--ledger', folder, '--out', out])).code).toBe(0);
    const [sheet] = await readXlsxFile(readFileSync(out));
    const [header, ...body] = sheet?.data ?? [];
    expect(header).toEqual([...LEDGER_COLUMNS]);
    expect(body).toHaveLength(rows);
    expect(body.every((row) => typeof row[2] === 'number' && typeof row[5] === 'number')).toBe(true);
  });
});

describe('bad inputs inside a ledger run', () => {
  it('one line each, the ledger of what could be read, each report once, exit 1', async () => {
    const mixed = join(scratch, 'mixed');
    mkdirSync(mixed);
    copyFileSync(seedText(2015), join(mixed, 'a-2015.txt'));
    copyFileSync(seedText(2016), join(mixed, 'b-2016.txt'));
    // the same report again (as its saved page and its text often are): read once, or its rows would be there twice
    copyFileSync(seedText(2016), join(mixed, 'b-2016-again.txt'));
    writeFileSync(join(mixed, 'c-binary.txt'), Buffer.from([0, 1, 2, 255]));
    writeFileSync(join(mixed, 'd-notes.html'), '<!DOCTYPE html><title>菜谱</title><p>番茄炒蛋</p>');
    // a report whose jurisdiction cannot be found is read, but gives no rows
    writeFileSync(join(mixed, 'e-nameless.txt'), readFileSync(seedText(2014), 'utf8').replace(/海拉尔区?|呼伦贝尔市?/g, ''));
    const { code, stdout, stderr } = await runCli(['--ledger', mixed, '/nonexistent/f.txt', '--format', 'json']);
    expect(code).toBe(1);
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      'report-lens: no such file: /nonexistent/f.txt',
      `report-lens: ${join(mixed, 'c-binary.txt')} looks like binary data, not a page or a text`,
      `report-lens: ${join(mixed, 'd-notes.html')} does not look like a report (score 0.00)`,
      `report-lens: ${join(mixed, 'b-2016.txt')} is the same report as ${join(mixed, 'b-2016-again.txt')}: read once`,
      `report-lens: ${join(mixed, 'e-nameless.txt')}: no jurisdiction found, so it gives no ledger rows`,
      expect.stringMatching(/^report-lens: 3 reports, \d+ rows, 4 skipped$/),
    ]);
    const ledger = JSON.parse(stdout) as Ledger;
    expect(ledger.reports.map((report) => report.jurisdiction)).toEqual(['海拉尔区', '海拉尔区', null]);
    expect(ledger.reports.map((report) => report.source)).toEqual([join(mixed, 'a-2015.txt'), join(mixed, 'b-2016-again.txt'), join(mixed, 'e-nameless.txt')]);
    expect(ledger.rows.some((row) => row.year === 2015 && row.outcome?.report === 1)).toBe(true);
    expect(ledger).toEqual(expectedLedger(ledger.reports.map((report) => report.source)));
  });
});

describe('exit codes and help', () => {
  it.each([
    ['nothing readable', ['--ledger', '/nonexistent/a.txt'], 'report-lens: no such file: /nonexistent/a.txt\nreport-lens: 0 reports, 0 rows, 1 skipped\n'],
    ['no inputs', ['--ledger'], expect.stringMatching(/^report-lens: usage: report-lens \[--ledger\]/)],
    ['unknown format', ['--ledger', '.', '--format', 'pdf'], expect.stringMatching(/^report-lens: unknown format "pdf"/)],
  ])('%s: exit 2, nothing on stdout, stderr said why', async (_name, args, stderr) => {
    const run = await runCli(args);
    expect(run).toMatchObject({ code: 2, stdout: '', stderr });
  });

  it('the real process exits 0 on a ledger of reports, 1 with a skipped input', () => {
    expect(runAsProcess(['--ledger', files[0] as string, files[1] as string, '--format', 'tsv']).code).toBe(0);
    expect(runAsProcess(['--ledger', files[0] as string, '/nonexistent/b.txt', '--format', 'tsv']).code).toBe(1);
  });

  it.each([
    [{}, ['--ledger', 'targets beside outcomes', 'report-lens-ledger/1', 'report-lens --ledger reports/hailar/ --out ledger.xlsx']],
    [{ LANG: 'zh_CN.UTF-8' }, ['--ledger', '目标与实际对照表', '达成', 'report-lens --ledger reports/hailar/ --out ledger.xlsx']],
  ])('--help (%j) tells of --ledger', async (env, words) => {
    const { stdout } = await runCli(['--help'], { env });
    for (const word of words) expect(stdout).toContain(word);
  });
});
