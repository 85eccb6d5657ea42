// Builds the command line to plain JavaScript in dist-cli/ (package.json
// "bin"): our code bundled, packages left as imports of the installed
// dependencies, the HTML parser, the DOM and the XLSX writer in chunks of
// their own that load only when a page or a workbook needs them.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');
export const CLI_OUTDIR = resolve(root, 'dist-cli');
export const CLI_BIN = resolve(CLI_OUTDIR, 'report-lens.js');

export async function buildCli(): Promise<void> {
  rmSync(CLI_OUTDIR, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { 'report-lens': 'src/cli/bin.ts' },
    outdir: CLI_OUTDIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildCli();
