// The options page: the stored settings, the sites with modes of their own,
// the shortcuts as the browser has them set.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { normalizeSettings, withSiteMode, type Settings, type SiteMode } from '../core/settings';
import { requestSiteAccess } from '../ext/manual-reading';
import { loadSettings, onSettingsChanged, saveSettings } from '../ext/settings';
import { readShortcuts, shortcutSettingsOpener } from '../ext/shortcuts';
import { pageWords, type PageWords } from '../ext/ui-words';
import { OptionsPage, SUGGESTED_SHORTCUTS, type ShortcutEntry } from '../ui/options';

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
  const [words, setWords] = useState(initialWords);
  const [shortcuts, setShortcuts] = useState<ShortcutEntry[] | null>(null);
  const message = words.t;

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
  // a language chosen here (or elsewhere) is this page's at once
  useEffect(() => {
    let current = true;
    void pageWords(settings.language).then((next) => {
      if (!current || next.language === words.language) return;
      setWords(next);
      document.documentElement.lang = next.language === 'zh' ? 'zh-CN' : 'en';
      document.title = next.t('optionsTitle');
    });
    return () => {
      current = false;
    };
  }, [settings.language]);

  const change = (next: Settings) => {
    setSettings(next);
    saveSettings(next).then(
      () => setNotice({ text: message('optionsSaved'), error: false }),
      (error: unknown) => setNotice({ text: message('optionsSaveFailed', String(error)), error: true }),
    );
  };

  const siteMode = (site: string, mode: SiteMode) => {
    // asked within the reader's choice: the browser shows its prompt only then
    if (mode === 'always') {
      void requestSiteAccess(site).then((granted) => !granted && setNotice({ text: message('siteModeAlwaysDenied', site), error: false }));
    }
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

void loadSettings().then(async (stored) => {
  const words = await pageWords(stored.language);
  document.documentElement.lang = words.language === 'zh' ? 'zh-CN' : 'en';
  document.title = words.t('optionsTitle');
  const app = document.getElementById('app');
  if (app) render(<Options initialWords={words} />, app);
});
