// The command line's numbers for npm run bench: the whole corpus as one
// batch in one process (what `report-lens seeds/` does), the same as a
// ledger (`report-lens --ledger seeds/`), and how long the built command
// takes to start.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decode, readInput } from '../../src/cli/analyze-input';
import { main } from '../../src/cli/extract';
import { expandInputs } from '../../src/cli/inputs';
import { ledgerInputs, ledgerOf } from '../../src/cli/ledger-output';
import type { TableSource } from '../../src/core/report-table';
import { buildCli, CLI_BIN } from '../tools/build-cli';
import { median } from './median';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'seeds');

export interface CliBatchReport {
  files: number;
  reports: number;
  figures: number;
  /** characters of every input, decoded */
  chars: number;
  /** median ms of one whole batch, reading to the written table */
  ms: number;
}

/** `report-lens seeds/ --format tsv`, in this process, output discarded. */
export async function measureCliBatch(runs: number): Promise<CliBatchReport> {
  const { items } = expandInputs([SEEDS]);
  const chars = items.reduce((sum, item) => sum + decode(readFileSync(item.source), /\.txt$/.test(item.source) ? 'text' : 'html').length, 0);
  let summary = '';
  const pass = async () => {
    summary = '';
    await main([SEEDS, '--format', 'tsv'], {
      stdout: { write: () => true },
      stderr: { write: (text: string) => (summary = text) },
      readStdin: () => new Uint8Array(),
      env: {},
    });
  };
  await pass();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await pass();
    times.push(performance.now() - start);
  }
  const [, reports, figures] = /(\d+) reports?, (\d+) figures?/.exec(summary) ?? [];
  return { files: items.length, reports: Number(reports), figures: Number(figures), chars, ms: median(times) };
}

export interface CliLedgerReport {
  reports: number;
  rows: number;
  /** median ms of `report-lens --ledger seeds/ --format json`, reading to the written ledger */
  ms: number;
  /** median ms of building the ledger alone from the reports already read */
  buildMs: number;
}

/** The corpus as one ledger, in this process, output discarded; and the
 * matching alone, without the reading that dominates the whole run. */
export async function measureCliLedger(runs: number): Promise<CliLedgerReport> {
  let summary = '';
  const pass = () =>
    main(['--ledger', SEEDS, '--format', 'json'], {
      stdout: { write: () => true },
      stderr: { write: (text: string) => (summary = text) },
      readStdin: () => new Uint8Array(),
      env: {},
    });
  await pass();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await pass();
    times.push(performance.now() - start);
  }
  const [, reports, rows] = /(\d+) reports?, (\d+) rows?/.exec(summary) ?? [];
  const read: TableSource[] = [];
  for (const { source } of expandInputs([SEEDS]).items) {
    const url = pathToFileURL(source).href;
    const reading = await readInput(readFileSync(source), { url, name: source }).catch(() => null);
    if (reading) read.push({ source, url, analysis: reading.analysis });
  }
  const distinct = ledgerInputs(read).reports;
  const buildTimes = Array.from({ length: runs * 3 }, () => {
    const start = performance.now();
    ledgerOf(distinct);
    return performance.now() - start;
  });
  return { reports: Number(reports), rows: Number(rows), ms: median(times), buildMs: median(buildTimes) };
}

export interface CliStartReport {
  /** `report-lens --version`: Node, our modules, nothing read */
  versionMs: number;
  /** a whole run on one text report */
  textMs: number;
  /** a whole run on the seed page: the parser and DOM load too */
  pageMs: number;
}

function timeRun(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [CLI_BIN, ...args], { stdio: 'ignore' });
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`report-lens ${args.join(' ')} exited ${result.status}`);
  }
  return median(times);
}

/** The built command (dist-cli, rebuilt now) started as a process of its own. */
export async function measureCliStart(runs: number): Promise<CliStartReport> {
  await buildCli();
  return {
    versionMs: timeRun(['--version'], runs),
    textMs: timeRun([join(SEEDS, 'reports/cn-national-2025-gwr/report.txt')], runs),
    pageMs: timeRun([join(SEEDS, 'pages/discuz-lijin-2020/index.html')], runs),
  };
}
