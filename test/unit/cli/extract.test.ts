// The command line over real files: main() in this process for most cases,
// and a real process where the process itself matters (exit code, a pipe,
// standard input).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../../package.json';
import { BIN, ROOT, runAsProcess, runCli, SEED_PAGE, SEED_TEXT } from './cli-helpers';

let scratch = '';
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'report-lens-cli-'));
});

function file(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

describe('bad input gets one line on stderr, nothing on stdout and exit code 2', () => {
  it.each([
    ['a missing file', () => ['/nonexistent/report.txt'], /no such file/],
    ['a folder with nothing to read', () => [mkdtempSync(join(scratch, 'empty-'))], /folder with no \.html, \.htm, \.txt files/],
    ['binary data', () => [file('junk.txt', Buffer.from([0, 1, 2, 3, 255, 0, 7]))], /binary/],
    ['an empty file', () => [file('empty.txt', '')], /empty/],
    ['a text that is not a report', () => [file('recipe.txt', '番茄炒蛋\n鸡蛋3个，番茄2个，盐少许。\n先炒蛋，再炒番茄。\n')], /not look like a report/],
    ['an unknown format', () => [SEED_TEXT, '--format', 'xml'], /unknown format "xml"/],
    ['an unknown option', () => [SEED_TEXT, '--colour'], /unknown option --colour/],
    ['an --out whose extension names no format', () => [SEED_TEXT, '--out', join(scratch, 'figures.txt')], /cannot tell the format/],
    ['no input at all', () => [], /usage/],
  ])('%s', async (_name, args, message) => {
    const { code, stdout, stderr } = await runCli(args());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('an .xlsx workbook is not written to a terminal', async () => {
    let stdout = '';
    let stderr = '';
    const { main } = await import('../../../src/cli/extract');
    const code = await main([SEED_TEXT, '--format', 'xlsx'], {
      stdout: { write: (text: string | Uint8Array) => (stdout += String(text)), isTTY: true },
      stderr: { write: (text: string) => (stderr += text) },
      readStdin: () => new Uint8Array(),
      env: {},
    });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/binary: write it with --out/);
  });

  it('an existing output file is left as it was when nothing could be read', async () => {
    const out = file('kept.csv', 'earlier work\n');
    const { code } = await runCli(['/nonexistent/a.txt', '--out', out]);
    expect(code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('earlier work\n');
  });
});

describe('conventions', () => {
  it('--help prints usage, formats, exit codes and examples on stdout and exits 0', async () => {
    const { code, stdout, stderr } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const words of ['Usage:', 'xlsx', 'jsonl', 'Exit codes:', '0  every input was a report', '1  some inputs were skipped', '2  usage error', 'Examples:', 'byte-order mark']) {
      expect(stdout).toContain(words);
    }
  });
  it.each([
    ['zh_CN.UTF-8', { LANG: 'zh_CN.UTF-8' }, '用法：'],
    ['zh_TW (LC_ALL wins over LANG)', { LANG: 'en_US.UTF-8', LC_ALL: 'zh_TW.UTF-8' }, '退出码：'],
    ['en_US', { LANG: 'en_US.UTF-8' }, 'Usage:'],
    ['no locale', {}, 'Usage:'],
  ])('--help in the language of the locale: %s', async (_name, env, words) => {
    const { stdout } = await runCli(['-h'], { env });
    expect(stdout).toContain(words);
  });
  it('--version prints the package version', async () => {
    const { code, stdout } = await runCli(['--version']);
    expect(code).toBe(0);
    expect(stdout).toBe(`${packageJson.version}\n`);
  });
  it('exit codes of the real process: 0 for a report, 1 when some inputs were skipped, 2 when nothing was read', () => {
    expect(runAsProcess([SEED_TEXT, '--format', 'tsv']).code).toBe(0);
    const some = runAsProcess([SEED_TEXT, '/nonexistent/b.txt', '--format', 'tsv']);
    expect(some.code).toBe(1);
    expect(some.stderr).toBe('report-lens: no such file: /nonexistent/b.txt\nreport-lens: 1 report, ' + some.stderr.split('1 report, ')[1]);
    const none = runAsProcess(['/nonexistent/report.txt']);
    expect(none).toEqual({ code: 2, stdout: '', stderr: 'report-lens: no such file: /nonexistent/report.txt\n' });
  });
});

describe('one report', () => {
  it('prints the JSON export of a text report', async () => {
    const { code, stdout } = await runCli([SEED_TEXT]);
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
    ['jsonl', (out: string) => JSON.parse(out.split('\n')[0] ?? '').id === 'm1'],
  ])('prints %s, the metric columns only', async (format, looksRight) => {
    const { code, stdout } = await runCli([SEED_TEXT, '--format', format]);
    expect(code).toBe(0);
    expect(looksRight(stdout)).toBe(true);
  });
  it('CSV gets a UTF-8 byte-order mark in a file (--out, or stdout redirected to one) and none in a pipe', async () => {
    const out = join(scratch, 'one.csv');
    await runCli([SEED_TEXT, '--out', out]);
    expect([...readFileSync(out).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(readFileSync(out, 'utf8').slice(1).startsWith('id,indicator,')).toBe(true);
    const redirected = await runCli([SEED_TEXT, '--format', 'csv'], { stdoutIsFile: true });
    expect([...redirected.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const piped = await runCli([SEED_TEXT, '--format', 'csv']);
    expect(piped.bytes[0]).toBe('i'.charCodeAt(0));
  });
  it('reads standard input with - (a real process and pipe)', () => {
    const { code, stdout } = runAsProcess(['-', '--format', 'tsv'], readFileSync(SEED_TEXT));
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]?.startsWith('id\t')).toBe(true);
  });
  it('reads a saved page', async () => {
    const { code, stdout, stderr } = await runCli([SEED_PAGE]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.title).toBe('2020年利津县政府工作报告');
    expect(doc.metrics.find((m: { text: string }) => m.text === '6.5%左右')).toMatchObject({ kind: 'target', headline: true });
  });
  it('reads a saved page whose report is in an editor (the extension leaves a live one alone; a file saves nothing back)', async () => {
    const page = readFileSync(join(ROOT, 'seeds/pages/plain-tibet-2025/index.html'), 'utf8').replace('<body>', '<body><div class="editor" contenteditable="true">').replace('</body>', '</div></body>');
    const { code, stdout, stderr } = await runCli([file('editor.html', page)]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).metrics.length).toBeGreaterThan(50);
  });
  it.each([
    ['UTF-16 LE with a byte-order mark (Notepad’s “Unicode”)', 'utf16le', [0xff, 0xfe]],
    ['UTF-16 BE with a byte-order mark', 'utf16be', [0xfe, 0xff]],
  ])('reads a text in %s as the same report as in UTF-8', async (_name, encoding, bom) => {
    const text = readFileSync(SEED_TEXT, 'utf8');
    const le = Buffer.from(text, 'utf16le');
    const bytes = encoding === 'utf16le' ? le : Buffer.from(le).swap16();
    const wide = await runCli([file(`wide-${encoding}.txt`, Buffer.concat([Buffer.from(bom), bytes])), '--format', 'tsv']);
    const plain = await runCli([SEED_TEXT, '--format', 'tsv']);
    expect(wide.code).toBe(0);
    expect(wide.stdout).toBe(plain.stdout);
  });
});

it('a reader closing the pipe early is not an error', () => {
  const result = spawnSync('bash', ['-c', `"${join(ROOT, 'node_modules/.bin/tsx')}" "${BIN}" "${SEED_TEXT}" --format tsv | head -1`], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  expect(result.stdout.split('\t')[0]).toBe('id');
  expect(result.stderr).not.toMatch(/EPIPE|Error|at .*:\d+/);
});
