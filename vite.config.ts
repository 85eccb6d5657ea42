import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };

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

export default defineConfig({
  publicDir: 'src/public',
  plugins: [preact(), crx({ manifest: manifest as ManifestV3Export }), bothBackgroundKeys()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: false,
  },
  server: { host: '127.0.0.1', strictPort: true, port: 5179, hmr: { host: '127.0.0.1' } },
});
