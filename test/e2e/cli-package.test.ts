// The command line as a user installs it: `npm pack`, the tarball installed
// into an empty folder, `npx report-lens` run there: plain JavaScript, its
// runtime dependencies in "dependencies", no tsx, quick to start.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './harness/paths';

const SEED_PAGE = join(repoRoot, 'seeds/pages/discuz-lijin-2020-rowless/index.html');
const SEED_TEXT = join(repoRoot, 'seeds/reports/cn-national-2025-gwr/report.txt');
/** Start-up budget of the installed command (issue #13). */
const START_MS = 300;

let scratch = '';
let tarball = '';
let project = '';

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'report-lens-pack-'));
  const packed = execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  tarball = join(scratch, (JSON.parse(packed) as { filename: string }[])[0]?.filename ?? '');
  project = join(scratch, 'empty-folder');
  execFileSync('mkdir', ['-p', project]);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: project, stdio: 'ignore', timeout: 180_000 });
}, 240_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function npx(args: string[], input?: string) {
  const result = spawnSync('npx', ['--no-install', 'report-lens', ...args], { cwd: project, encoding: 'utf8', input, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the packed tarball, installed into an empty folder', () => {
  it('holds the built command line and no sources', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(listing).toContain('package/dist-cli/report-lens.js');
    expect(listing.filter((path) => /\.tsx?$/.test(path))).toEqual([]);
    expect(listing.some((path) => path.startsWith('package/src/'))).toBe(false);
  });

  it('installs its runtime dependencies and no development tools', () => {
    const installed = readdirSync(join(project, 'node_modules'));
    for (const name of ['parse5', 'happy-dom']) expect(installed).toContain(name);
    // .xlsx is written by src/core/xlsx-writer.ts: no workbook library at run time
    for (const name of ['tsx', 'vitest', 'esbuild', 'typescript', 'write-excel-file', 'fflate']) {
      expect(installed).not.toContain(name);
    }
  });

  it('npx report-lens page.html prints the export', () => {
    const { code, stdout, stderr } = npx([SEED_PAGE]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.title).toBe('2020年利津县政府工作报告');
    expect(doc.metrics.length).toBeGreaterThan(150);
  });

  it('writes a workbook and a table of several inputs', () => {
    const out = join(scratch, 'two.xlsx');
    const { code, stderr } = npx([SEED_PAGE, SEED_TEXT, '--out', out]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^report-lens: 2 reports, \d+ figures, 0 skipped\n$/);
    expect(existsSync(out)).toBe(true);
  });

  it('--help and --version', () => {
    expect(npx(['--help']).stdout).toContain('Exit codes:');
    expect(npx(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it(`starts in ≤ ${START_MS} ms (median of 5 runs of the installed bin, --version)`, () => {
    const bin = join(project, 'node_modules/.bin/report-lens');
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      expect(spawnSync(bin, ['--version']).status).toBe(0);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    expect(times[2]).toBeLessThanOrEqual(START_MS);
  });
});
