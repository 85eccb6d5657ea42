import { resolve } from 'node:path';
import { build } from 'esbuild';

/** block-reading.ts bundled for a page: an expression that evaluates to
 * the page's BlockReading. Built once per run, from the sources. */
export async function blockProbeScript(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, 'block-reading.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__reportLensBlocks',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return `(() => { ${code}; return __reportLensBlocks.readPageBlocks(document); })()`;
}
