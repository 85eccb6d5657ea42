// The options page: the stored settings, the disabled sites, the shortcuts.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { normalizeSettings, type Settings } from '../core/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../ext/settings';
import { pageWords, type PageWords } from '../ext/ui-words';
import { OptionsPage } from '../ui/options';

function Options({ initialWords }: { initialWords: PageWords }) {
  const [settings, setSettings] = useState<Settings>(() => normalizeSettings(undefined));
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const [words, setWords] = useState(initialWords);
  const message = words.t;

  useEffect(() => {
    void loadSettings().then(setSettings);
    // the popup or a page's sidebar may change settings while this is open
    return onSettingsChanged(setSettings);
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

  return <OptionsPage settings={settings} t={message} onChange={change} notice={notice} ledgerHref="ledger.html" />;
}

void loadSettings().then(async (stored) => {
  const words = await pageWords(stored.language);
  document.documentElement.lang = words.language === 'zh' ? 'zh-CN' : 'en';
  document.title = words.t('optionsTitle');
  const app = document.getElementById('app');
  if (app) render(<Options initialWords={words} />, app);
});
