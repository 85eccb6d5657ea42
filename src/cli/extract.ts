// report-lens [--ledger] <page.html | report.txt | folder | -> … [--format FORMAT] [--out FILE]
// The command line's work; bin.ts runs it (npm run extract -- … in the
// repository, report-lens when installed). See helpText() and docs/contract.md §3, §4.
import { fstatSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TableSource } from '../core/report-table';
import { InputError, readInput, type InputKind } from './analyze-input';
import { formatForFile, helpLanguage, helpText, parseArgs, type CliArgs, type OutputFormat } from './cli-args';
import { expandInputs, readItem, type InputItem } from './inputs';
import { Progress, type ProgressStream } from './progress';
import { packageVersion } from './version';
import { renderOutput, withBom, writeOutputFile } from './write-output';

export const EXIT_OK = 0;
export const EXIT_SKIPPED = 1;
export const EXIT_FAILED = 2;

/** Where the command line reads and writes: the process's own streams, or a
 * test's. */
export interface CliIo {
  stdout: { write(data: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: ProgressStream;
  readStdin(): Uint8Array;
  env: Readonly<Record<string, string | undefined>>;
  /** standard output is a regular file (`> out.csv`), not a terminal or a pipe */
  stdoutIsFile?: boolean;
}

function stdoutIsFile(): boolean {
  try {
    return fstatSync(1).isFile();
  } catch {
    return false;
  }
}

const PROCESS_IO: CliIo = {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => readFileSync(0),
  env: process.env,
  get stdoutIsFile() {
    return stdoutIsFile();
  },
};

const say = (io: CliIo, message: string) => io.stderr.write(`report-lens: ${message.split('\n')[0]}\n`);

function kindFor(source: string, forced: InputKind | undefined): InputKind | undefined {
  if (forced) return forced;
  const lower = source.toLowerCase();
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  return lower.endsWith('.txt') ? 'text' : undefined;
}

interface BatchResult {
  reports: TableSource[];
  skipped: number;
  figures: number;
}

/** Reads every input in turn; one that is not a report, or cannot be read,
 * is one line on stderr and the rest go on. */
async function readAll(items: readonly InputItem[], args: CliArgs, io: CliIo, progress: Progress): Promise<BatchResult> {
  const result: BatchResult = { reports: [], skipped: 0, figures: 0 };
  for (const [index, item] of items.entries()) {
    progress.update(index, item.source);
    const bytes = readItem(item, io.readStdin);
    if (typeof bytes === 'string') {
      progress.line(`report-lens: ${bytes}`);
      result.skipped++;
      continue;
    }
    const url = item.source === '-' ? '' : pathToFileURL(resolve(item.source)).href;
    const name = item.source === '-' ? 'stdin' : item.source;
    try {
      const { analysis } = await readInput(bytes, { kind: kindFor(item.source, args.kind), url, name });
      result.reports.push({ source: item.source, url, analysis });
      result.figures += analysis.metrics.length;
    } catch (error) {
      const message = error instanceof InputError ? error.message : `${name}: unexpected failure: ${String((error as Error)?.message ?? error)}`;
      progress.line(`report-lens: ${message.split('\n')[0]}`);
      result.skipped++;
    }
  }
  progress.update(items.length, '');
  progress.clear();
  return result;
}

function outputFormat(args: CliArgs): OutputFormat {
  return args.format ?? (args.out ? formatForFile(args.out) : undefined) ?? 'json';
}

/** The figures' export or table, or with --ledger the ledger (loaded only
 * then); the ledger's row count for the summary. */
async function render(result: BatchResult, format: OutputFormat, batch: boolean, args: CliArgs): Promise<{ output: string | Uint8Array; rows?: number }> {
  if (!args.ledger) return { output: await renderOutput(result.reports, format, batch) };
  const { ledgerOf, renderLedger } = await import('./ledger-output');
  const ledger = ledgerOf(result.reports);
  return { output: await renderLedger(ledger, format), rows: ledger.rows.length };
}

function deliver(output: string | Uint8Array, format: OutputFormat, args: CliArgs, io: CliIo): void {
  if (args.out) writeOutputFile(args.out, withBom(output, format, true));
  else io.stdout.write(withBom(output, format, io.stdoutIsFile === true));
}

/** "report-lens: 6 reports, 2345 figures, 1 skipped"; for a ledger, its rows. */
function summary(result: BatchResult, ledgerRows?: number): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const made = ledgerRows === undefined ? plural(result.figures, 'figure') : plural(ledgerRows, 'row');
  return `report-lens: ${plural(result.reports.length, 'report')}, ${made}, ${result.skipped} skipped\n`;
}

/** The reports a ledger takes (ledger-output.ts): a second copy of a report
 * is a skipped input, a report without a jurisdiction is said but kept. */
async function ledgerInputsOf(result: BatchResult, io: CliIo): Promise<void> {
  const { ledgerInputs } = await import('./ledger-output');
  const { reports, notes, copies } = ledgerInputs(result.reports);
  for (const note of notes) say(io, note);
  result.reports = reports;
  result.skipped += copies;
}

export async function main(argv: string[], io: CliIo = PROCESS_IO): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    say(io, (error as Error).message);
    return EXIT_FAILED;
  }
  if (args.help) {
    io.stdout.write(helpText(helpLanguage(io.env)));
    return EXIT_OK;
  }
  if (args.version) {
    io.stdout.write(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  const format = outputFormat(args);
  if (format === 'xlsx' && !args.out && io.stdout.isTTY) {
    say(io, 'an .xlsx workbook is binary: write it with --out FILE.xlsx or redirect standard output');
    return EXIT_FAILED;
  }
  const expanded = expandInputs(args.inputs);
  for (const problem of expanded.problems) say(io, problem);
  const batch = args.inputs.length > 1 || expanded.items.some((item) => item.fromFolder);
  const result = await readAll(expanded.items, args, io, new Progress(io.stderr, expanded.items.length));
  result.skipped += expanded.problems.length;
  if (result.reports.length === 0) {
    if (batch || args.ledger) io.stderr.write(summary(result, args.ledger ? 0 : undefined));
    return EXIT_FAILED;
  }
  if (args.ledger) await ledgerInputsOf(result, io);
  const { output, rows } = await render(result, format, batch, args);
  try {
    deliver(output, format, args, io);
  } catch (error) {
    say(io, `cannot write ${args.out ?? 'the output'} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    return EXIT_FAILED;
  }
  // a ledger always sums up: it is made of many reports by nature
  if (batch || args.out || args.ledger) io.stderr.write(summary(result, rows));
  return result.skipped > 0 ? EXIT_SKIPPED : EXIT_OK;
}

/** The process around main(): exit code, and a closed pipe that is no error. */
export function runAsProcess(): void {
  // `report-lens … | head` closes the pipe early: that is the reader's
  // choice, not a failure worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`report-lens: cannot write the output (${error.code ?? error.message})\n`);
    process.exit(EXIT_FAILED);
  });
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`report-lens: unexpected failure: ${String((error as Error)?.message ?? error).split('\n')[0]}\n`);
      process.exitCode = EXIT_FAILED;
    },
  );
}
