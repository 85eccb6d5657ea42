// npm run bench:size: what dist/ is made of, file by file. Builds the
// extension into a temporary folder with a plugin that reads, for each chunk,
// the modules in it and their size once minified on their own (esbuild; the
// build's own minifier works on the whole chunk, so a module's share is an
// estimate that adds up to about the chunk), and says where each file loads.
// Prints markdown and writes test/bench/sizes.md.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { transform } from 'esbuild';
import { build, type Plugin } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[^'"`();]*?\bfrom\s*)?["'`](\.\/[^"'`]+)["'`]/g;

interface ChunkModules {
  modules: { id: string; bytes: number }[];
}

function moduleSpy(chunks: Map<string, ChunkModules>): Plugin {
  return {
    name: 'report-lens:module-spy',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        const modules: { id: string; bytes: number }[] = [];
        for (const [id, module] of Object.entries(item.modules)) {
          const code = module.code ?? '';
          let bytes = 0;
          if (code) {
            try {
              bytes = Buffer.byteLength((await transform(code, { minify: true, loader: 'js' })).code);
            } catch {
              bytes = Buffer.byteLength(code);
            }
          }
          // a virtual module's id starts with a NUL (rollup's convention)
          const name = id.replace(/\0/g, '').replace(/\?.*$/, '');
          modules.push({ id: relative(ROOT, name) || name, bytes });
        }
        chunks.set(item.fileName, { modules: modules.sort((a, b) => b.bytes - a.bytes) });
      }
    },
  };
}

function filesUnder(directory: string, base = directory): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(path, base) : [relative(base, path)];
  });
}

/** A file and every chunk it imports statically, transitively. */
function closure(dist: string, start: string): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file) || !file.endsWith('.js')) continue;
    seen.add(file);
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const match of readFileSync(join(dist, file), 'utf8').matchAll(STATIC_IMPORT)) queue.push(folder + (match[1] ?? '').slice(2));
  }
  return seen;
}

/** Where each file of dist/ is loaded. */
function placesOf(dist: string, files: readonly string[]): Map<string, string[]> {
  const places = new Map<string, string[]>(files.map((file) => [file, []]));
  const add = (file: string, place: string) => {
    const list = places.get(file);
    if (list && !list.includes(place)) list.push(place);
  };
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[]; background?: { service_worker?: string } };
  for (const script of manifest.content_scripts ?? []) for (const file of script.js ?? []) add(file, 'every page');
  const gate = files.find((file) => /content-gate/.test(file));
  const report = files.find((file) => /content-report/.test(file));
  if (gate) for (const file of closure(dist, gate)) add(file, 'the gate (pages with a clue)');
  if (report) for (const file of closure(dist, report)) add(file, 'report pages');
  const worker = manifest.background?.service_worker;
  if (worker) {
    const loader = readFileSync(join(dist, worker), 'utf8');
    for (const match of loader.matchAll(/["'`]\.?\/?([^"'`]+\.js)["'`]/g)) for (const file of closure(dist, match[1] ?? '')) add(file, 'background');
    add(worker, 'background');
  }
  for (const html of files.filter((file) => file.endsWith('.html'))) {
    const name = html.replace(/^.*\//, '').replace('.html', '');
    add(html, `${name} page`);
    for (const match of readFileSync(join(dist, html), 'utf8').matchAll(/src="\/?([^"]+\.js)"/g)) for (const file of closure(dist, match[1] ?? '')) add(file, `${name} page`);
  }
  for (const file of files) {
    if (file.startsWith('_locales/')) add(file, 'the browser (i18n); the background (the keys of its words, and the other language)');
    else if (file === 'manifest.json' || file.startsWith('icons/')) add(file, 'the browser');
    else if ((places.get(file) ?? []).length === 0) add(file, 'on demand, by import() (a download, the picker, the engine when the background gives no answer)');
  }
  return places;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export async function chunkSizes(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'report-lens-sizes-'));
  const chunks = new Map<string, ChunkModules>();
  try {
    await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true }, plugins: [moduleSpy(chunks)] });
    const files = filesUnder(outDir).sort();
    const places = placesOf(outDir, files);
    const sized = files.map((file) => ({ file, bytes: statSync(join(outDir, file)).size })).sort((a, b) => b.bytes - a.bytes);
    const total = sized.reduce((sum, entry) => sum + entry.bytes, 0);
    const lines = [
      `dist/ as built now: ${kb(total)} KB in ${files.length} files (budget 250 KB). Each chunk's largest modules, minified on their own (an estimate: the chunk is minified whole).`,
      '',
      '| file | KB | loaded by | largest parts (KB) |',
      '|---|---:|---|---|',
      ...sized.map(({ file, bytes }) => {
        const parts = (chunks.get(file)?.modules ?? []).filter((module) => module.bytes >= 512).slice(0, 6);
        return `| ${file.replace(/-[\w-]{8}\.js$/, '-*.js')} | ${kb(bytes)} | ${(places.get(file) ?? []).join('; ')} | ${parts.map((module) => `${module.id.replace(/^node_modules\//, '')} ${kb(module.bytes)}`).join(', ')} |`;
      }),
    ];
    return lines.join('\n');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const table = await chunkSizes();
  console.log(table);
  writeFileSync(join(ROOT, 'test/bench/sizes.md'), `# What dist/ is made of\n\nWritten by \`npm run bench:size\` (test/bench/chunk-sizes.ts) on ${new Date().toISOString().slice(0, 10)}.\n\n${table}\n`);
}
