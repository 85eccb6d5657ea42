// npm run bench: a benchmark, not a test. Medians of several runs in one
// process; the machine is shared, so read ratios more than absolutes.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzeReport, signalsFromText } from '../../src/core/analyze';
import { blocksFromText } from '../../src/core/text';
import { median } from './median';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

function timeMedian(work: () => unknown, runs = RUNS): number {
  for (let i = 0; i < 3; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

const reportsDir = join(ROOT, 'seeds/reports');
const reports = readdirSync(reportsDir).sort().map((name) => {
  const text = readFileSync(join(reportsDir, name, 'report.txt'), 'utf8');
  return { name, text };
});

console.log(`Report Lens extraction benchmark — Node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} ×${cpus().length}, median of ${RUNS} runs\n`);
console.log('| report | chars | figures | ms (median) | chars/ms |');
console.log('|---|---:|---:|---:|---:|');
let totalChars = 0;
let totalMs = 0;
let worst = { name: '', ms: 0 };
for (const { name, text } of reports) {
  const run = () => analyzeReport(signalsFromText(text, name), blocksFromText(text));
  const figures = run().metrics.length;
  const ms = timeMedian(run);
  totalChars += text.length;
  totalMs += ms;
  if (ms > worst.ms) worst = { name, ms };
  console.log(`| ${name} | ${text.length} | ${figures} | ${ms.toFixed(2)} | ${Math.round(text.length / ms)} |`);
}
console.log(`| **whole corpus** | ${totalChars} | | ${totalMs.toFixed(1)} | ${Math.round(totalChars / totalMs)} |`);
console.log(`\nworst single report: ${worst.name} ${worst.ms.toFixed(2)} ms`);

// Scaling: the same report repeated; linear means 16× the text costs about 16× the time.
const base = reports.find((r) => r.name === 'gd-province-2025-gwr') ?? reports[0];
if (base) {
  const times = [1, 4, 16].map((factor) => {
    const text = Array.from({ length: factor }, () => base.text).join('\n');
    return { factor, ms: timeMedian(() => analyzeReport(signalsFromText(text), blocksFromText(text)), 5) };
  });
  const one = times[0]?.ms ?? 1;
  console.log(`\nscaling (${base.name} repeated): ${times.map((t) => `${t.factor}× ${t.ms.toFixed(1)} ms (${(t.ms / one).toFixed(1)}×)`).join(', ')}`);
}

// ---- The command line: the corpus as one batch, and start-up ----
{
  const { measureCliBatch, measureCliLedger, measureCliStart } = await import('./cli-bench');
  const batch = await measureCliBatch(5);
  const ledger = await measureCliLedger(5);
  const start = await measureCliStart(9);
  const rate = Math.round(batch.chars / batch.ms);
  console.log(`\ncommand line, one process: ${batch.files} files (${batch.reports} reports, ${batch.figures} figures, ${batch.chars} characters) in ${batch.ms.toFixed(0)} ms, ${rate} characters/ms (budget ≥ 2,000: ${rate >= 2000 ? 'met' : 'missed'})`);
  console.log(`command line --ledger, one process: ${ledger.reports} reports, ${ledger.rows} rows in ${ledger.ms.toFixed(0)} ms (building the ledger from the reports read: ${ledger.buildMs.toFixed(1)} ms)`);
  console.log(`command line start (built dist-cli, median of 9): --version ${start.versionMs.toFixed(0)} ms (budget ≤ 300: ${start.versionMs <= 300 ? 'met' : 'missed'}), a text report ${start.textMs.toFixed(0)} ms, the seed page ${start.pageMs.toFixed(0)} ms`);
}

// ---- Budgets: the extension in Debian Chromium, the bundle, the command line ----
// BENCH_BROWSER=0 skips the browser part (e.g. where no Chromium is installed).
if (process.env.BENCH_BROWSER !== '0') {
  const { writeBudgetTable } = await import('./budget-table');
  await writeBudgetTable(Number(process.env.BENCH_BROWSER_RUNS ?? 5));
}
