import type { Storage } from 'webextension-polyfill';
import { browser } from './browser';
import { normalizeSettings, type Settings } from '../core/settings';

const STORAGE_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  try {
    return await readStoredSettings();
  } catch {
    // Storage can be unavailable (a private window with storage blocked):
    // the defaults still make a working extension.
    return normalizeSettings(undefined);
  }
}

async function readStoredSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(STORAGE_KEY);
  return normalizeSettings(stored[STORAGE_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEY]: normalizeSettings(settings) });
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area === 'local' && STORAGE_KEY in changes) listener(normalizeSettings(changes[STORAGE_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** What the background sends each tab when the settings change. */
interface SettingsChangedMessage {
  type: 'report-lens:settings-changed';
  settings: unknown;
}

function isSettingsChangedMessage(message: unknown): message is SettingsChangedMessage {
  return !!message && typeof message === 'object' && (message as { type?: unknown }).type === 'report-lens:settings-changed';
}

/** In the background: passes every change of the settings on to the content
 * scripts of all tabs, so that a report page needs no storage listener of its
 * own (the first touch of the storage API cost ~1.5 ms of a report page's
 * load in the profile). A tab without a content script refuses; that is fine. */
export function relaySettingsChanges(): void {
  onSettingsChanged((settings) => {
    const message: SettingsChangedMessage = { type: 'report-lens:settings-changed', settings };
    browser.tabs.query({}).then(
      (tabs) => {
        for (const tab of tabs) if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
      },
      () => undefined,
    );
  });
}

/** In a content script: the settings each time they change, as the
 * background relays them (relaySettingsChanges). */
export function onSettingsRelayed(listener: (settings: Settings) => void): () => void {
  const relayed = (message: unknown): undefined => {
    if (isSettingsChangedMessage(message)) listener(normalizeSettings(message.settings));
    return undefined;
  };
  browser.runtime.onMessage.addListener(relayed);
  return () => browser.runtime.onMessage.removeListener(relayed);
}

/** In a content script: the settings read from storage when the page comes
 * back from the back-forward cache: a change made while it was there went to
 * the page that had taken its place. */
export function onSettingsRestored(view: Window, listener: (settings: Settings) => void): () => void {
  let following = true;
  const restored = (event: PageTransitionEvent) => {
    if (!event.persisted) return;
    // no defaults here: a page whose extension was reloaded while it was
    // away can no longer read storage, and keeps the settings it has
    readStoredSettings().then(
      (settings) => {
        if (following) listener(settings);
      },
      () => undefined,
    );
  };
  view.addEventListener('pageshow', restored);
  return () => {
    following = false;
    view.removeEventListener('pageshow', restored);
  };
}

/** Both: every change of the settings that reaches this page. */
export function followSettings(view: Window, listener: (settings: Settings) => void): () => void {
  const stopRelayed = onSettingsRelayed(listener);
  const stopRestored = onSettingsRestored(view, listener);
  return () => {
    stopRelayed();
    stopRestored();
  };
}
