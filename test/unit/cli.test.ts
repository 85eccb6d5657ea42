// The command line over real files: main() in this process for most cases,
// and a real process where the process itself matters (exit code, a pipe,
// standard input).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/extract';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CLI = join(ROOT, 'src/cli/extract.ts');
const SEED_TEXT = join(ROOT, 'seeds/reports/cn-national-2025-gwr/report.txt');

/** The command line as a process of its own, as a user runs it. */
function extractAsProcess(args: string[], input?: string | Buffer) {
  const result = spawnSync(TSX, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** main() with its output collected: the same code, without starting Node. */
function extract(args: string[], input?: Buffer) {
  let stdout = '';
  let stderr = '';
  const code = main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    readStdin: () => input ?? Buffer.alloc(0),
  });
  return { code, stdout, stderr };
}

let scratch = '';
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'report-lens-cli-'));
});

describe('bad input gets one line on stderr and a non-zero exit', () => {
  it.each([
    ['a missing file', () => ['/nonexistent/report.txt'], /no such file/],
    ['a folder', () => [scratch], /folder/],
    ['binary data', () => { const f = join(scratch, 'junk.txt'); writeFileSync(f, Buffer.from([0, 1, 2, 3, 255, 0, 7])); return [f]; }, /binary/],
    ['an empty file', () => { const f = join(scratch, 'empty.txt'); writeFileSync(f, ''); return [f]; }, /empty/],
    ['a text that is not a report', () => { const f = join(scratch, 'recipe.txt'); writeFileSync(f, '番茄炒蛋\n鸡蛋3个，番茄2个，盐少许。\n先炒蛋，再炒番茄。\n'); return [f]; }, /not look like a report/],
    ['an unknown format', () => [SEED_TEXT, '--format', 'xml'], /unknown format/],
    ['no input at all', () => [], /usage/],
  ])('%s', (_name, args, message) => {
    const { code, stdout, stderr } = extract(args());
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });
});

it('a missing file ends the real process with exit code 2 and one line on stderr', () => {
  const { code, stdout, stderr } = extractAsProcess(['/nonexistent/report.txt']);
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toBe('report-lens: no such file: /nonexistent/report.txt\n');
});

describe('a report', () => {
  it('prints the JSON export of a text report', () => {
    const { code, stdout } = extract([SEED_TEXT]);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.schema).toBe('report-lens/1');
    expect(doc.detection.kind).toBe('work-report');
    expect(doc.metrics.length).toBeGreaterThan(20);
    expect(doc.metrics.some((m: { headline: boolean }) => m.headline)).toBe(true);
  });
  it.each([
    ['tsv', (out: string) => out.split('\n')[0]?.split('\t')[0] === 'id'],
    ['csv', (out: string) => out.startsWith('id,indicator,')],
    ['markdown', (out: string) => out.startsWith('| id | indicator |')],
  ])('prints %s', (format, looksRight) => {
    const { code, stdout } = extract([SEED_TEXT, '--format', format]);
    expect(code).toBe(0);
    expect(looksRight(stdout)).toBe(true);
  });
  it('reads standard input with - (a real process and pipe)', () => {
    const { code, stdout } = extractAsProcess(['-', '--format', 'tsv'], readFileSync(SEED_TEXT));
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]?.startsWith('id\t')).toBe(true);
  });
  it('reads a saved page', () => {
    const { code, stdout, stderr } = extract([join(ROOT, 'seeds/pages/discuz-lijin-2020/index.html')]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.title).toBe('2020年利津县政府工作报告');
    expect(doc.metrics.find((m: { text: string }) => m.text === '6.5%左右')).toMatchObject({ kind: 'target', headline: true });
  });
  it('reads a saved page whose report is in an editor (the extension leaves a live one alone; a file saves nothing back)', () => {
    const page = readFileSync(join(ROOT, 'seeds/pages/plain-tibet-2025/index.html'), 'utf8').replace('<body>', '<body><div class="editor" contenteditable="true">').replace('</body>', '</div></body>');
    const file = join(scratch, 'editor.html');
    writeFileSync(file, page);
    const { code, stdout, stderr } = extract([file]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).metrics.length).toBeGreaterThan(50);
  });
});

it('a reader closing the pipe early is not an error', () => {
  const result = spawnSync('bash', ['-c', `"${TSX}" "${CLI}" "${SEED_TEXT}" --format tsv | head -1`], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  expect(result.stdout.split('\t')[0]).toBe('id');
  expect(result.stderr).not.toMatch(/EPIPE|Error|at .*:\d+/);
});
