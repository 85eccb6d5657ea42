// The options page: the stored settings, the sites with modes of their own,
// the shortcuts as the browser has them set.
import { useEffect, useState } from 'preact/hooks';
import { normalizeSettings, withSiteMode, type Settings, type SiteMode } from '../core/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../ext/settings';
import { readShortcuts, shortcutSettingsOpener } from '../ext/shortcuts';
import type { PageWords } from '../ext/ui-words';
import { OptionsPage, SUGGESTED_SHORTCUTS, type ShortcutEntry } from '../ui/options';
import { askForSiteAccess, startExtensionPage, usePageWords } from './extension-page';

/** The shortcuts set, each with the words of its command; null when the
 * browser could not say. */
async function shortcutsSet(): Promise<ShortcutEntry[] | null> {
  try {
    const set = await readShortcuts();
    return SUGGESTED_SHORTCUTS.map((entry) => ({ ...entry, keys: set.find((shortcut) => shortcut.command === entry.command)?.keys ?? '' }));
  } catch {
    return null;
  }
}

const openShortcuts = shortcutSettingsOpener();

function Options({ initialWords }: { initialWords: PageWords }) {
  const [settings, setSettings] = useState<Settings>(() => normalizeSettings(undefined));
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const [shortcuts, setShortcuts] = useState<ShortcutEntry[] | null>(null);
  const message = usePageWords(initialWords, settings.language, 'optionsTitle').t;

  useEffect(() => {
    void loadSettings().then(setSettings);
    // read again each time the page is shown: the reader may have been to the browser's shortcut page
    const readKeys = () => void shortcutsSet().then(setShortcuts);
    readKeys();
    const shown = () => document.visibilityState === 'visible' && readKeys();
    document.addEventListener('visibilitychange', shown);
    // the popup or a page's sidebar may change settings while this is open
    const stop = onSettingsChanged(setSettings);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', shown);
    };
  }, []);

  const change = (next: Settings) => {
    setSettings(next);
    saveSettings(next).then(
      () => setNotice({ text: message('optionsSaved'), error: false }),
      (error: unknown) => setNotice({ text: message('optionsSaveFailed', String(error)), error: true }),
    );
  };

  const siteMode = (site: string, mode: SiteMode) => {
    askForSiteAccess(site, mode, () => setNotice({ text: message('siteModeAlwaysDenied', site), error: false }));
    change(withSiteMode(settings, site, mode));
  };

  return (
    <OptionsPage
      settings={settings} t={message} onChange={change} notice={notice} ledgerHref="ledger.html"
      shortcuts={shortcuts ?? undefined} onSiteMode={siteMode}
      onOpenShortcuts={openShortcuts ? () => void openShortcuts().catch((error: unknown) => setNotice({ text: String(error), error: true })) : undefined}
    />
  );
}

startExtensionPage('optionsTitle', (words) => <Options initialWords={words} />);
