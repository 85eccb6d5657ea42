// The options page: the stored settings, the disabled sites, the shortcuts.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { normalizeSettings, type Settings } from '../core/settings';
import { message, uiLanguage } from '../ext/messages';
import { loadSettings, onSettingsChanged, saveSettings } from '../ext/settings';
import { OptionsPage } from '../ui/options';

function Options() {
  const [settings, setSettings] = useState<Settings>(() => normalizeSettings(undefined));
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    // the popup or a page's sidebar may change settings while this is open
    return onSettingsChanged(setSettings);
  }, []);

  const change = (next: Settings) => {
    setSettings(next);
    saveSettings(next).then(
      () => setNotice({ text: message('optionsSaved'), error: false }),
      (error: unknown) => setNotice({ text: message('optionsSaveFailed', String(error)), error: true }),
    );
  };

  return <OptionsPage settings={settings} t={message} onChange={change} notice={notice} ledgerHref="ledger.html" />;
}

document.documentElement.lang = uiLanguage().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
document.title = message('optionsTitle');
const app = document.getElementById('app');
if (app) render(<Options />, app);
