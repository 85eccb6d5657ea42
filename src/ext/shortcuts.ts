// The keyboard shortcuts as the browser has them set (the reader may have
// changed or cleared the manifest's suggestions), and the browser's own page
// for changing them.
import { browser } from './browser';

export interface SetShortcut {
  command: string;
  /** the keys as the browser writes them ('Alt+Shift+R'); '' when none is set */
  keys: string;
}

export async function readShortcuts(): Promise<SetShortcut[]> {
  const commands = await browser.commands.getAll();
  return commands.flatMap((command) => (command.name && command.name !== '_execute_action' ? [{ command: command.name, keys: command.shortcut ?? '' }] : []));
}

/** What opens the browser's shortcut settings here: Firefox's own call where
 * it has one, Chromium's page by address; null where neither can (an older
 * Firefox: the options page then says where to find it). */
export function shortcutSettingsOpener(): (() => Promise<void>) | null {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') return () => commands.openShortcutSettings!();
  if (browser.runtime.getURL('').startsWith('chrome-extension://')) {
    return async () => {
      await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    };
  }
  return null;
}
