#!/usr/bin/env node
// npm run extract -- <page.html | report.txt | -> [--format json|csv|tsv|markdown]
import { readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { EXPORT_FORMATS, formatAnalysis, type ExportFormat } from '../core/export';
import { analyzeInput, InputError, type InputKind } from './analyze-input';

interface CliArgs {
  source: string;
  format: ExportFormat;
  kind?: InputKind;
}

const USAGE = 'usage: npm run extract -- <page.html | report.txt | -> [--format json|csv|tsv|markdown]';

function parseArgs(argv: string[]): CliArgs {
  let source: string | undefined;
  let format: ExportFormat = 'json';
  let kind: InputKind | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--format' || arg === '-f' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!value || !(EXPORT_FORMATS as readonly string[]).includes(value)) {
        throw new InputError(`unknown format "${value ?? ''}" (choose json, csv, tsv or markdown)`);
      }
      format = value as ExportFormat;
    } else if (arg === '--html' || arg === '--text') {
      kind = arg === '--html' ? 'html' : 'text';
    } else if (arg === '--help' || arg === '-h') {
      throw new InputError(USAGE);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new InputError(`unknown option ${arg}; ${USAGE}`);
    } else if (source === undefined) {
      source = arg;
    } else {
      throw new InputError(`one input at a time; ${USAGE}`);
    }
  }
  if (source === undefined) throw new InputError(USAGE);
  return { source, format, ...(kind ? { kind } : {}) };
}

/** Where the command line reads and writes: the process's own streams, or a
 * test's. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  readStdin(): Buffer;
}

const PROCESS_IO: CliIo = { stdout: process.stdout, stderr: process.stderr, readStdin: () => readFileSync(0) };

function readSource(source: string, io: CliIo): Buffer {
  if (source === '-') return io.readStdin();
  try {
    return readFileSync(source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`no such file: ${source}`);
    if (code === 'EISDIR') throw new InputError(`${source} is a folder, not a file`);
    throw new InputError(`cannot read ${source} (${code ?? 'unknown error'})`);
  }
}

export function main(argv: string[], io: CliIo = PROCESS_IO): number {
  try {
    const args = parseArgs(argv);
    const bytes = readSource(args.source, io);
    const extension = extname(args.source).toLowerCase();
    const kind: InputKind | undefined =
      args.kind ?? (['.html', '.htm', '.xhtml'].includes(extension) ? 'html' : extension === '.txt' ? 'text' : undefined);
    const url = args.source === '-' ? '' : pathToFileURL(resolve(args.source)).href;
    const analysis = analyzeInput(bytes, { kind, url, name: args.source === '-' ? 'stdin' : basename(args.source) });
    io.stdout.write(`${formatAnalysis(analysis, args.format, url)}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof InputError ? error.message : `unexpected failure: ${String((error as Error)?.message ?? error)}`;
    io.stderr.write(`report-lens: ${message.split('\n')[0]}\n`);
    return error instanceof InputError ? 2 : 1;
  }
}

// Run as a script (not imported by the tests):
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `npm run extract -- … | head` closes the pipe early: that is the reader's
  // choice, not a failure worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`report-lens: cannot write the output (${error.code ?? error.message})\n`);
    process.exit(1);
  });
  process.exitCode = main(process.argv.slice(2));
}
