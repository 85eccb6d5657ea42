// "Read as report": the page's densest text (or the element the reader picks)
// read and annotated as a report, on the reader's request — from the popup's
// buttons and the page's context menu, and at once on a site set to
// "always". The first stage, which runs on every page, knows nothing of it:
// the request injects its own small script into the tab (scripting, under the
// activeTab grant a click on the toolbar button or the context menu gives),
// which loads the report stage.
import type { Menus, Runtime } from 'webextension-polyfill';
import { browser } from './browser';
import type { Settings } from '../core/settings';
import type { ReadMode } from '../core/types';

/** Built by vite.config.ts from src/entries/content-manual.ts. */
export const MANUAL_SCRIPT = 'assets/content-manual.js';
export const READ_MENU_ID = 'report-lens-read-as-report';
const ALWAYS_SCRIPT_ID = 'report-lens-always';

interface ReadAsReportRequest {
  type: 'report-lens:read-as-report';
  tabId: number;
  mode: ReadMode;
  frameId?: number;
}

export type ReadAsReportAnswer = { ok: true } | { ok: false; error: string };

/** Runs the reading in the tab (one frame of it, or the top document). */
export async function readAsReportInTab(tabId: number, mode: ReadMode, frameId?: number): Promise<void> {
  const target = frameId === undefined || frameId === 0 ? { tabId } : { tabId, frameIds: [frameId] };
  // the request waits in the isolated world for the script that follows
  await browser.scripting.executeScript({
    target,
    func: (asked: string) => {
      (globalThis as unknown as Record<symbol, string>)[Symbol.for('report-lens.read-request')] = asked;
    },
    args: [mode],
  });
  await browser.scripting.executeScript({ target, files: [MANUAL_SCRIPT] });
}

/** From the popup: asks the background to read the tab as a report. */
export async function requestReadAsReport(tabId: number, mode: ReadMode): Promise<ReadAsReportAnswer> {
  const request: ReadAsReportRequest = { type: 'report-lens:read-as-report', tabId, mode };
  try {
    return ((await browser.runtime.sendMessage(request)) as ReadAsReportAnswer | undefined) ?? { ok: false, error: 'no answer' };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

/** In the background: reads a tab as a report when an extension page asks
 * (the popup), the same way the context menu does. */
export function onReadAsReportRequest(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    const request = message as Partial<ReadAsReportRequest> | null;
    if (request?.type !== 'report-lens:read-as-report' || typeof request.tabId !== 'number') return undefined;
    // only the extension's own pages may ask: a content script has no say over other tabs
    if (sender.tab && !sender.url?.startsWith(browser.runtime.getURL(''))) return undefined;
    const mode: ReadMode = request.mode === 'pick' ? 'pick' : 'densest';
    return readAsReportInTab(request.tabId, mode, request.frameId).then(
      (): ReadAsReportAnswer => ({ ok: true }),
      (error: unknown): ReadAsReportAnswer => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

function menusApi(): Menus.Static {
  return (browser as unknown as { menus?: Menus.Static }).menus ?? browser.contextMenus;
}

/** The context menu's entry on http(s) pages, and what its click does. Made
 * afresh whenever the background starts (a Chromium service worker, a Firefox
 * event page), and titled in the UI's language. */
export function setUpReadMenu(title: () => string | Promise<string>): void {
  const menus = menusApi();
  const create = async () => {
    await menus.removeAll();
    menus.create({ id: READ_MENU_ID, title: await title(), contexts: ['page', 'frame', 'selection'], documentUrlPatterns: ['http://*/*', 'https://*/*'] });
  };
  browser.runtime.onInstalled.addListener(() => void create().catch(() => undefined));
  browser.runtime.onStartup.addListener(() => void create().catch(() => undefined));
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== READ_MENU_ID || tab?.id === undefined) return;
    readAsReportInTab(tab.id, 'densest', info.frameId).catch((error: unknown) => console.warn('[Report Lens] could not read the page as a report:', error));
  });
}

/** The origin pattern of a site, for its host permission. */
export function sitePattern(hostname: string): string {
  return `*://${hostname}/*`;
}

/** Asks for the permission to read a site's pages as soon as they load (a
 * site set to "always"); from a click in the popup or the options page.
 * False where the reader says no or the browser cannot ask. */
export async function requestSiteAccess(hostname: string): Promise<boolean> {
  try {
    // no other call first: the request must come within the reader's click
    // (a permission already granted is answered at once, without a prompt)
    return await browser.permissions.request({ origins: [sitePattern(hostname)] });
  } catch {
    return false;
  }
}

/** In the background: keeps one registered content script, the manual
 * stage, on the sites set to "always" whose pages the extension may read
 * (the reader granted them); none when there are none. */
export async function syncAlwaysSites(settings: Settings): Promise<string[]> {
  const always = Object.entries(settings.siteModes).filter(([, mode]) => mode === 'always').map(([site]) => site);
  const granted: string[] = [];
  for (const site of always) {
    if (await browser.permissions.contains({ origins: [sitePattern(site)] }).catch(() => false)) granted.push(site);
  }
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [ALWAYS_SCRIPT_ID] }).catch(() => []);
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [ALWAYS_SCRIPT_ID] });
  if (granted.length > 0) {
    await browser.scripting.registerContentScripts([
      { id: ALWAYS_SCRIPT_ID, matches: granted.map(sitePattern), js: [MANUAL_SCRIPT], runAt: 'document_idle', allFrames: false },
    ]);
  }
  return granted;
}

/** In the background: the "always" sites' script follows the settings and
 * the permissions the reader grants or takes back. */
export function keepAlwaysSitesInStep(load: () => Promise<Settings>, onChanged: (listener: (settings: Settings) => void) => void): void {
  const sync = (settings: Settings) => void syncAlwaysSites(settings).catch((error: unknown) => console.warn('[Report Lens] the sites set to always:', error));
  onChanged(sync);
  const reload = () => void load().then(sync);
  browser.permissions.onAdded.addListener(reload);
  browser.permissions.onRemoved.addListener(reload);
  browser.runtime.onInstalled.addListener(reload);
  browser.runtime.onStartup.addListener(reload);
}

/** The tab's address where the extension may know it (the popup's tab, with
 * the activeTab grant its opening gives); undefined elsewhere. */
export async function tabAddress(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}
