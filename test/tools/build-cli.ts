// Builds the command line to plain JavaScript in dist-cli/ (package.json
// "bin"): our code bundled, packages left as imports of the installed
// dependencies, the HTML parser, the DOM and the XLSX writer in chunks of
// their own that load only when a page or a workbook needs them.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');
const outdir = resolve(root, 'dist-cli');

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { 'report-lens': 'src/cli/bin.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
