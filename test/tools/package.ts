// npm run package: the two store zips from dist/. The Chrome zip drops the
// keys Chrome warns about (background.scripts, browser_specific_settings);
// the Firefox zip is dist/ as it is, which Firefox reads with both keys.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const release = join(root, 'release');

if (!existsSync(join(dist, 'manifest.json'))) {
  console.error('report-lens: dist/ has no manifest.json; run npm run build first');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
const version: string = manifest.version;
mkdirSync(release, { recursive: true });

function zip(sourceDir: string, name: string): string {
  const work = mkdtempSync(join(tmpdir(), 'report-lens-zip-'));
  execFileSync(join(root, 'node_modules/.bin/web-ext'), ['build', '--source-dir', sourceDir, '--artifacts-dir', work, '--overwrite-dest', '--no-config-discovery'], { stdio: 'pipe' });
  const built = join(work, execFileSync('ls', [work]).toString().trim().split('\n')[0] ?? '');
  const target = join(release, name);
  rmSync(target, { force: true });
  renameSync(built, target);
  rmSync(work, { recursive: true, force: true });
  return target;
}

const firefoxZip = zip(dist, `report-lens-firefox-${version}.zip`);

const chromeDir = mkdtempSync(join(tmpdir(), 'report-lens-chrome-'));
cpSync(dist, chromeDir, { recursive: true });
const chromeManifest = structuredClone(manifest);
delete chromeManifest.background.scripts;
delete chromeManifest.browser_specific_settings;
writeFileSync(join(chromeDir, 'manifest.json'), JSON.stringify(chromeManifest, null, 2));
const chromeZip = zip(chromeDir, `report-lens-chrome-${version}.zip`);
rmSync(chromeDir, { recursive: true, force: true });

console.log(`wrote ${firefoxZip}\nwrote ${chromeZip}`);
