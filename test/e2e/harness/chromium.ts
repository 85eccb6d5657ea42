import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { resolveDist } from './paths';
import { readSidebarState, type SidebarState } from './page-scripts';

export const chromiumExecutable = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

export interface BrowserRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Set when the request left for somewhere other than 127.0.0.1 and was stopped. */
  blocked: boolean;
}

export interface ChromiumOptions {
  extension: boolean;
  /** Defaults to REPORT_LENS_DIST or <repo>/dist. */
  dist?: string;
  /** Headed needs a display; defaults to headless. */
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  /** more command-line switches, e.g. --lang=zh-CN for the Chinese UI */
  args?: string[];
  /** environment for the browser process (merged over this process's) */
  env?: Record<string, string>;
  /** Playwright's own switches to leave out, e.g. --disable-back-forward-cache
   * for a test of pages restored from that cache */
  withoutDefaultArgs?: string[];
}

export interface ChromiumSession {
  context: BrowserContext;
  /** chrome-extension://<id>/, known once the extension's service worker is up. */
  extensionId?: string;
  newPage(): Promise<Page>;
  /** Every request the browser made, page and extension alike. */
  requests: BrowserRequest[];
  close(): Promise<void>;
}

export const defaultViewport = { width: 1400, height: 900 };

function isLocalOrInternal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'ws:' && protocol !== 'wss:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost';
}

export async function launchChromium(options: ChromiumOptions): Promise<ChromiumSession> {
  const dist = options.extension ? resolveDist(options.dist) : undefined;
  const profile = await mkdtemp(join(tmpdir(), 'report-lens-chromium-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (dist) args.unshift(`--disable-extensions-except=${dist}`, `--load-extension=${dist}`);
  args.push(...(options.args ?? []));

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumExecutable,
      headless: options.headless ?? true,
      viewport: options.viewport === undefined ? defaultViewport : options.viewport,
      args,
      ...(options.withoutDefaultArgs ? { ignoreDefaultArgs: options.withoutDefaultArgs } : {}),
      ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }

  const requests: BrowserRequest[] = [];
  context.on('request', (request) => {
    requests.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      blocked: !isLocalOrInternal(request.url()),
    });
  });
  // Saved portal pages still point at their sites; a test must not depend on (or wait for) the internet.
  await context.route(
    (url) => !isLocalOrInternal(url.href),
    (route) => route.abort('blockedbyclient'),
  );

  const close = async () => {
    await context.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  };

  let extensionId: string | undefined;
  if (dist) {
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
      extensionId = new URL(worker.url()).host;
    } catch (error) {
      await close();
      throw new Error(`The extension at ${dist} started no service worker within 15 s: ${String(error)}`);
    }
  }

  return {
    context,
    extensionId,
    requests,
    newPage: () => context.newPage(),
    close,
  };
}

/** Waits for <html data-report-lens="ready">; on timeout, says what the attribute was. */
export async function waitForReady(page: Page, timeout = 10_000): Promise<void> {
  await waitForLensAttribute(page, 'ready', timeout);
}

export async function waitForLensAttribute(page: Page, value: string, timeout = 10_000): Promise<void> {
  try {
    await page.waitForFunction(
      (wanted) => document.documentElement.getAttribute('data-report-lens') === wanted,
      value,
      { timeout, polling: 100 },
    );
  } catch {
    const actual = await page.evaluate(() => document.documentElement.getAttribute('data-report-lens'));
    throw new Error(
      `<html data-report-lens> did not become "${value}" within ${timeout} ms on ${page.url()} (it is ${JSON.stringify(actual)})`,
    );
  }
}

/** The sidebar host; locators under it pierce its open shadow root. */
export function sidebar(page: Page): Locator {
  return page.locator('report-lens-sidebar');
}

/** The one visible control with this data-action in the sidebar (the collapsed handle included). */
export function sidebarAction(page: Page, action: string): Locator {
  return sidebar(page).locator(`[data-action="${action}"]`).filter({ visible: true });
}

export async function readSidebar(page: Page): Promise<SidebarState> {
  return (await page.evaluate(readSidebarState)) as SidebarState;
}
