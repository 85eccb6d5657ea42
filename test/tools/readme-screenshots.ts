// Refreshes the README's pictures: the seed page before (no extension) and
// after (the npm start run and the e2e runs' screenshots), copied into
// test/screenshots/ so the README shows what the tests saw.
// Run after `npm start` and `npm run test:e2e`: npx tsx test/tools/readme-screenshots.ts
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../e2e/harness/chromium';
import { repoRoot, screenshotPath, seedPagePath } from '../e2e/harness/paths';
import { startServer } from '../e2e/harness/server';

const target = join(repoRoot, 'test/screenshots');
mkdirSync(target, { recursive: true });

const server = await startServer();
const browser = await launchChromium({ extension: false });
try {
  const page = await browser.newPage();
  await page.goto(server.url(seedPagePath().path), { waitUntil: 'load' });
  await page.screenshot({ path: join(target, 'seed-before.png') });
} finally {
  await browser.close();
  await server.close();
}

const picks: Record<string, string> = {
  'start-seed': 'seed-after.png',
  'seed-firefox': 'seed-firefox.png',
  'sidebar-light-outline': 'sidebar-light-outline.png',
  'sidebar-light-metrics': 'sidebar-light-metrics.png',
  'sidebar-dark-outline': 'sidebar-dark-outline.png',
  'sidebar-dark-metrics': 'sidebar-dark-metrics.png',
  'hover-card': 'hover-card.png',
  'sidebar-zh': 'sidebar-zh.png',
  popup: 'popup.png',
  'portal-jx-province-2022-communique': 'portal-communique.png',
  'wechat-shanghai-2025': 'wechat-mirror.png',
  'narrow-folded': 'narrow-folded.png',
  'narrow-drawer': 'narrow-drawer.png',
  'ledger-page': 'ledger-page.png',
  'sidebar-last-year': 'sidebar-last-year.png',
  'sidebar-readers-zh': 'sidebar-readers-zh.png',
  'sidebar-readers-en': 'sidebar-readers-en.png',
  // the reading view of its own (test/e2e/reading-view.test.ts), the UI in Chinese and in English
  'reading-view-zh': 'reading-view-zh.png',
  'reading-view-en': 'reading-view-en.png',
  'reading-portal-jx-province-2022-communique': 'reading-view-notes.png',
  'reading-discuz-lijin-2020': 'reading-view-forum.png',
  // Read as report, the picker and the options page (test/e2e/read-as-report.test.ts)
  'popup-read-as-report': 'popup-read-as-report.png',
  'read-as-report': 'read-as-report.png',
  picker: 'picker.png',
  'options-zh': 'options-zh.png',
  'options-en': 'options-en.png',
};
for (const [from, to] of Object.entries(picks)) {
  const source = screenshotPath(from);
  if (existsSync(source)) copyFileSync(source, join(target, to));
  else console.warn(`missing ${source}: run the e2e tests first`);
}
console.log(`screenshots in ${target}`);
