// The one set-up of the browser tests: the test server, a browser with the
// extension (Chromium through Playwright, or Firefox over WebDriver BiDi), and
// pages opened on it and waited for until the report is ready. A describe
// block (or a file) that calls chromiumLab() or firefoxLab() gets its own,
// started before its first test and closed after its last.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, waitForLensAttribute, type ChromiumOptions, type ChromiumSession } from './chromium';
import { FirefoxSession, type FirefoxOptions } from './firefox';
import { readLensAttribute } from './page-scripts';
import { resolveDist } from './paths';
import { startServer, type StaticServer } from './server';

/** What to wait for once a page has loaded: the report annotated, the
 * report shown as the original, or nothing more. */
export type Until = 'ready' | 'off' | 'load';

export interface OpenOptions {
  until?: Until;
  /** ms to wait for `until`; 10 s */
  timeout?: number;
}

export interface ChromiumLabOptions extends Omit<ChromiumOptions, 'extension'> {
  /** the extension loaded (the default), or a browser without it */
  extension?: boolean;
  /** a second Chromium without the extension as well (lab.plain): the page as the site serves it */
  plain?: boolean;
  /** the test server's pages may read and write the clipboard */
  clipboard?: boolean;
  /** routes and other set-up of the server, before the browsers start */
  serve?(server: StaticServer): void | Promise<void>;
}

export interface ChromiumLab {
  readonly server: StaticServer;
  readonly browser: ChromiumSession;
  /** the browser without the extension (asked for with `plain: true`) */
  readonly plain: ChromiumSession;
  /** `path` of the test server in a new tab of `browser` (or of `from`), once the report is `until` */
  open(path: string, options?: OpenOptions & { from?: ChromiumSession }): Promise<Page>;
  /** the same in a tab already open */
  visit(page: Page, path: string, options?: OpenOptions): Promise<Page>;
}

/** Waits for `until` on a page that has loaded. */
async function waitUntil(page: Page, until: Until, timeout: number): Promise<void> {
  if (until !== 'load') await waitForLensAttribute(page, until, timeout);
}

function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not started: use it inside a test or a hook after chromiumLab()/firefoxLab()`);
  return value;
}

export function chromiumLab(options: ChromiumLabOptions = {}): ChromiumLab {
  let server: StaticServer | undefined;
  let browser: ChromiumSession | undefined;
  let plain: ChromiumSession | undefined;
  beforeAll(async () => {
    // read now, not when the block was declared: an option may come from an earlier hook (a getter)
    const { plain: withPlain, clipboard, serve, extension = true, ...launch } = options;
    server = await startServer();
    await serve?.(server);
    [browser, plain] = await Promise.all([
      launchChromium({ ...launch, extension }),
      withPlain ? launchChromium({ ...launch, extension: false }) : Promise.resolve(undefined),
    ]);
    if (clipboard) await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), plain?.close()]);
    await server?.close();
  });
  const visit = async (page: Page, path: string, { until = 'ready', timeout = 10_000 }: OpenOptions = {}) => {
    await page.goto(started(server, 'the server').url(path), { waitUntil: 'load' });
    await waitUntil(page, until, timeout);
    return page;
  };
  return {
    get server() {
      return started(server, 'the server');
    },
    get browser() {
      return started(browser, 'the browser');
    },
    get plain() {
      return started(plain, 'the browser without the extension (plain: true)');
    },
    open: async (path, { from, ...wait } = {}) => visit(await (from ?? started(browser, 'the browser')).newPage(), path, wait),
    visit,
  };
}

export interface FirefoxLabOptions extends Omit<FirefoxOptions, 'dist'> {
  /** the extension installed at start (the default), or Firefox alone (a test installs it later) */
  extension?: boolean;
  serve?(server: StaticServer): void | Promise<void>;
}

export interface FirefoxLab {
  readonly server: StaticServer;
  readonly firefox: FirefoxSession;
  /** the session's tab at `path` of the test server, once the report is `until` */
  open(path: string, options?: OpenOptions): Promise<void>;
}

export function firefoxLab(options: FirefoxLabOptions = {}): FirefoxLab {
  const { extension = true, serve, ...start } = options;
  let server: StaticServer | undefined;
  let firefox: FirefoxSession | undefined;
  beforeAll(async () => {
    // fails first, with the build hint, when there is nothing to install
    const dist = extension ? resolveDist() : null;
    server = await startServer();
    await serve?.(server);
    firefox = await FirefoxSession.start({ ...start, dist });
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });
  return {
    get server() {
      return started(server, 'the server');
    },
    get firefox() {
      return started(firefox, 'Firefox');
    },
    open: async (path, { until = 'ready', timeout = 10_000 } = {}) => {
      const session = started(firefox, 'Firefox');
      await session.navigate(started(server, 'the server').url(path));
      if (until !== 'load') await session.waitFor(`${readLensAttribute} === ${JSON.stringify(until)}`, timeout);
    },
  };
}
