/**
 * `npm start`: the built extension in Chromium on the seed page, served from 127.0.0.1.
 * With a display it opens a window and stays until Ctrl-C; without one it runs headless, checks
 * that the page gets annotated, saves a screenshot, prints what it saw and exits.
 */
import { launchChromium, readSidebar, waitForReady, type ChromiumSession } from '../e2e/harness/chromium';
import { resolveDist, screenshotPath, seedPagePath } from '../e2e/harness/paths';
import { startServer } from '../e2e/harness/server';

const readyTimeoutMs = 15_000;

async function main(): Promise<number> {
  let dist: string;
  try {
    dist = resolveDist();
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  const headed = Boolean(process.env.DISPLAY);
  const seed = seedPagePath();
  const server = await startServer();
  let browser: ChromiumSession | undefined;
  const shutDown = async () => {
    await browser?.close();
    await server.close();
  };

  try {
    browser = await launchChromium({ extension: true, dist, headless: !headed, viewport: headed ? null : undefined });
    const page = browser.context.pages()[0] ?? (await browser.newPage());
    const url = server.url(seed.path);
    console.log(`Report Lens ${dist}`);
    console.log(`extension id ${browser.extensionId}`);
    console.log(`page ${url}${seed.isStandIn ? ' (seed stand-in: seeds/pages/discuz-lijin-2020 is not there)' : ''}`);
    await page.goto(url, { waitUntil: 'load' });

    if (headed) {
      console.log('Chromium is open on the page. Ctrl-C to quit.');
      await new Promise<void>((stop) => {
        process.once('SIGINT', () => stop());
        process.once('SIGTERM', () => stop());
        browser?.context.once('close', () => stop());
      });
      await shutDown();
      return 0;
    }

    try {
      await waitForReady(page, readyTimeoutMs);
    } catch (error) {
      const file = screenshotPath('start-seed');
      await page.screenshot({ path: file }).catch(() => undefined);
      console.error(`The page never became ready: ${(error as Error).message}`);
      console.error(`screenshot of what it looked like: ${file}`);
      await shutDown();
      return 1;
    }

    const state = await readSidebar(page);
    // the contract names no hook for the title, so take the sidebar's first heading
    const title = await page
      .locator('report-lens-sidebar')
      .locator('[data-title], h1, h2, h3, [role="heading"]')
      .first()
      .textContent({ timeout: 1_000 })
      .catch(() => null);
    const file = screenshotPath('start-seed');
    await page.screenshot({ path: file });

    console.log(`data-report-lens   ${state.lensAttribute}`);
    console.log(`sidebars           ${state.sidebarCount}${state.hasOpenShadowRoot ? ' (open shadow root)' : ' (no open shadow root!)'}`);
    console.log(`sidebar title      ${title?.trim() ?? '(no heading found in the sidebar)'}`);
    console.log(`outline level 1    ${state.outlineLevel1.length ? state.outlineLevel1.join(' / ') : '(none)'}`);
    console.log(`report-lens-mark   ${state.markCount}`);
    console.log(`  data-kind actual ${state.markKinds.actual ?? 0}`);
    console.log(`  data-kind target ${state.markKinds.target ?? 0}`);
    console.log(`screenshot         ${file}`);
    await shutDown();
    return 0;
  } catch (error) {
    console.error(`npm start failed: ${(error as Error).message}`);
    await shutDown();
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
