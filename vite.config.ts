import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };
import { compactCssPlugin, compactLocalesPlugin } from './test/tools/build-plugins.ts';

/**
 * crxjs writes either background.service_worker (Chrome) or
 * background.scripts (Firefox). One dist/ that both browsers load needs both:
 * Chromium ignores `scripts` in MV3 and Firefox ignores `service_worker`.
 */
function bothBackgroundKeys(): Plugin {
  return {
    name: 'report-lens:both-background-keys',
    enforce: 'post',
    renderCrxManifest(rendered: { background?: unknown }) {
      const background = rendered.background as
        | { service_worker?: string; scripts?: string[]; type?: string }
        | undefined;
      if (background?.service_worker && !background.scripts) {
        background.scripts = [background.service_worker];
      }
      return rendered;
    },
  } as Plugin;
}

/** The content script as written, and what crxjs gets in its place. */
const FIRST_STAGE_SOURCE = 'src/entries/content.ts';
const GATE_STAGE_SOURCE = 'src/entries/content-gate.ts';
/** The first stage as the manifest injects it: a classic script. */
const FIRST_STAGE_FILE = 'assets/content.js';
/** The script injected when the reader asks to read a page as a report
 * (src/ext/manual-reading.ts names it too): a classic script as well, which
 * imports the report stage's chunk. */
const MANUAL_STAGE_SOURCE = 'src/entries/content-manual.ts';
const MANUAL_STAGE_FILE = 'assets/content-manual.js';
const REPORT_STAGE_SOURCE = 'src/entries/content-report.tsx';

/** One source built on its own as one classic IIFE, with `define`d names. */
async function buildClassic(root: string, source: string, fileName: string, define: Record<string, string>): Promise<string> {
  const output = await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    define,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      modulePreload: false,
      copyPublicDir: false,
      rollupOptions: {
        input: resolve(root, source),
        output: { format: 'iife', entryFileNames: fileName },
      },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  const chunks = results.flatMap((result) => ('output' in result ? result.output : []));
  const entry = chunks.find((item) => item.type === 'chunk' && item.isEntry);
  if (!entry || entry.type !== 'chunk' || chunks.length !== 1) {
    throw new Error(`${source} must build to one classic script, got ${chunks.map((item) => item.fileName).join(', ')}`);
  }
  return entry.code;
}

/**
 * The content script runs on every page, and crxjs would inject a loader that
 * calls chrome.runtime.getURL and import()s the first chunk as an ES module:
 * 2-5 ms of the page's main thread before the gate has even looked. So crxjs
 * builds the gate stage (content-gate.ts, which import()s the report stage) in
 * the content script's place, as it did through content.ts's dynamic import:
 * ES module chunks all listed in web_accessible_resources. Then content.ts is
 * built again on its own as one classic IIFE that knows the gate chunk's file
 * name, and the manifest injects the IIFE instead of crxjs's loader. crxjs's
 * own IIFE mode (.iife.ts) inlines dynamic imports, which would put the whole
 * report stage on every page.
 */
function classicFirstStage(): Plugin {
  let root = process.cwd();
  return {
    name: 'report-lens:classic-first-stage',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
    },
    renderCrxManifest(rendered: { content_scripts?: { js?: string[] }[] }) {
      for (const script of rendered.content_scripts ?? []) {
        if (script.js?.some((file) => /content-gate/.test(file))) script.js = [FIRST_STAGE_FILE];
      }
      return rendered;
    },
    async generateBundle(_options, bundle) {
      const gate = Object.values(bundle).find(
        (item) => item.type === 'chunk' && item.isEntry && item.facadeModuleId?.endsWith(GATE_STAGE_SOURCE),
      );
      if (!gate) this.error(`no entry chunk for ${GATE_STAGE_SOURCE}`);
      // crxjs's loader for the gate stage: nothing loads it any more
      for (const [fileName, item] of Object.entries(bundle)) {
        if (/content-gate.*-loader-/.test(fileName) && item.fileName === fileName) delete bundle[fileName];
      }
      const first = await buildClassic(root, FIRST_STAGE_SOURCE, FIRST_STAGE_FILE, { __REPORT_LENS_GATE_MODULE__: JSON.stringify(gate.fileName) });
      this.emitFile({ type: 'asset', fileName: FIRST_STAGE_FILE, source: first });
      const report = Object.values(bundle).find((item) => item.type === 'chunk' && item.facadeModuleId?.endsWith(REPORT_STAGE_SOURCE));
      if (!report) this.error(`no chunk for ${REPORT_STAGE_SOURCE}`);
      const manual = await buildClassic(root, MANUAL_STAGE_SOURCE, MANUAL_STAGE_FILE, { __REPORT_LENS_REPORT_MODULE__: JSON.stringify(report.fileName) });
      this.emitFile({ type: 'asset', fileName: MANUAL_STAGE_FILE, source: manual });
    },
  } as Plugin;
}

/** crxjs gets the gate stage where the manifest names the first stage. */
const crxManifest = {
  ...manifest,
  content_scripts: manifest.content_scripts.map((script) => ({
    ...script,
    js: script.js.map((file) => (file === FIRST_STAGE_SOURCE ? GATE_STAGE_SOURCE : file)),
  })),
};

export default defineConfig({
  publicDir: 'src/public',
  plugins: [
    compactCssPlugin(),
    preact(),
    crx({ manifest: crxManifest as ManifestV3Export }),
    bothBackgroundKeys(),
    classicFirstStage(),
    compactLocalesPlugin(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: false,
    // an extension page the manifest does not name: the ledger, opened from the popup and the sidebar
    rollupOptions: { input: { ledger: 'src/entries/ledger.html' } },
  },
  server: { host: '127.0.0.1', strictPort: true, port: 5179, hmr: { host: '127.0.0.1' } },
});
