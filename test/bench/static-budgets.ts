// The parts of `npm run bench` that need no browser: what the built
// extension makes every page download (the command line's: cli-bench.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface SizeReport {
  /** files that load on every page before detection, with their bytes */
  everyPage: { file: string; bytes: number }[];
  everyPageBytes: number;
  /** chunks reachable only through import() from the every-page files */
  dynamicOnly: string[];
  /** whether the full extractor/UI chunk (content-report) is among dynamicOnly and not static */
  reportChunkDeferred: boolean;
  /** what the report stage loads with it (its static imports, followed) */
  reportStageFiles: { file: string; bytes: number }[];
  /** whether the engine (core/analyze's chunk) stays out of the report stage's
   * static imports: it runs in the background, in the page only by import() */
  engineOutOfReportStage: boolean;
  distBytes: number;
}

// Rolldown's minified output: `import{a as b}from"./x.js"`, `import"./x.js"`,
// `export{…}from"./x.js"`; a dynamic import is `import(\`./x.js\`)`.
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[^'"`();]*?\bfrom\s*)?["'`](\.\/[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.\/[^"'`]+)["'`]\s*\)/g;
// An import() by extension URL: crxjs's content-script loader (a file named
// *-loader-*.js) runs its real entry that way on every page; the first stage
// built by vite.config.ts (assets/content.js) imports the report stage that way
// only once the gate says yes, so there it is a deferred import.
const LOADER_IMPORT = /getURL\(\s*["'`]([^"'`]+)["'`]\s*\)/g;
const isCrxLoader = (file: string) => /-loader-[^/]*\.js$/.test(file);

function directoryBytes(directory: string): number {
  let total = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    total += entry.isDirectory() ? directoryBytes(path) : statSync(path).size;
  }
  return total;
}

/** A chunk and every chunk it imports statically, transitively. */
function staticClosure(dist: string, start: string): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const match of readFileSync(join(dist, file), 'utf8').matchAll(STATIC_IMPORT)) queue.push(folder + (match[1] ?? '').slice(2));
  }
  return seen;
}

export function measureSize(dist = join(ROOT, 'dist')): SizeReport {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  const seen = new Set<string>();
  const dynamic = new Set<string>();
  const queue = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(join(dist, file), 'utf8');
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const match of source.matchAll(LOADER_IMPORT)) {
      if (isCrxLoader(file)) queue.push(match[1] ?? '');
      else dynamic.add(match[1] ?? '');
    }
    for (const match of source.matchAll(STATIC_IMPORT)) queue.push(folder + (match[1] ?? '').slice(2));
    for (const match of source.matchAll(DYNAMIC_IMPORT)) dynamic.add(folder + (match[1] ?? '').slice(2));
  }
  // the stages after the first: whatever the deferred chunks load, statically or by import() again
  const later = [...dynamic];
  for (let i = 0; i < later.length; i++) {
    const file = later[i] ?? '';
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    const source = readFileSync(join(dist, file), 'utf8');
    for (const match of [...source.matchAll(STATIC_IMPORT), ...source.matchAll(DYNAMIC_IMPORT)]) {
      const next = folder + (match[1] ?? '').slice(2);
      if (!dynamic.has(next)) {
        dynamic.add(next);
        later.push(next);
      }
    }
  }
  const everyPage = [...seen].map((file) => ({ file, bytes: statSync(join(dist, file)).size }));
  const reportStage = [...dynamic].find((file) => /content-report/.test(file));
  const reportStageFiles = reportStage ? [...staticClosure(dist, reportStage)].map((file) => ({ file, bytes: statSync(join(dist, file)).size })) : [];
  const dynamicOnly = [...dynamic].filter((file) => !seen.has(file));
  return {
    everyPage,
    everyPageBytes: everyPage.reduce((sum, file) => sum + file.bytes, 0),
    dynamicOnly,
    reportChunkDeferred: dynamicOnly.some((file) => /content-report/.test(file)) && ![...seen].some((file) => /content-report/.test(file)),
    reportStageFiles,
    engineOutOfReportStage: reportStageFiles.length > 0 && !reportStageFiles.some(({ file }) => /\/analyze-[^/]*\.js$/.test(file)),
    distBytes: directoryBytes(dist),
  };
}
