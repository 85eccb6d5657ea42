import type { Storage } from 'webextension-polyfill';
import { browser } from './browser';
import { normalizeSettings, type Settings } from '../core/settings';

const STORAGE_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(STORAGE_KEY);
    return normalizeSettings(stored[STORAGE_KEY]);
  } catch {
    // Storage can be unavailable (a private window with storage blocked):
    // the defaults still make a working extension.
    return normalizeSettings(undefined);
  }
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
