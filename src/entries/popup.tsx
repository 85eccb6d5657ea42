// The toolbar popup: ask the active tab what it holds, show the switches.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { normalizeSettings, withSiteEnabled, type Settings } from '../core/settings';
import { activeTabId, message, sendToTab, uiLanguage, type PageStatus } from '../ext/messages';
import { loadSettings, saveSettings } from '../ext/settings';
import { PopupPanel } from '../ui/popup';

const language = uiLanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';

function Popup() {
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const [status, setStatus] = useState<PageStatus | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings>(() => normalizeSettings(undefined));
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void activeTabId().then(async (id) => {
      setTabId(id);
      setStatus(id === undefined ? null : ((await sendToTab(id, { type: 'report-lens:status' })) ?? null));
    });
  }, []);

  const store = (next: Settings) => {
    setSettings(next);
    saveSettings(next).then(
      () => setNotice(null),
      (error: unknown) => setNotice({ text: message('optionsSaveFailed', String(error)), error: true }),
    );
  };
  // PageStatus carries the page's hostname once the content script sends it.
  const hostname = (status as { hostname?: string } | null | undefined)?.hostname ?? null;

  return (
    <PopupPanel
      status={status}
      hostname={hostname}
      settings={settings}
      t={message}
      language={language}
      notice={notice}
      optionsHref="options.html"
      onAutoAnnotateChange={(enabled) => store({ ...settings, autoAnnotate: enabled })}
      onSiteEnabledChange={(enabled) => hostname && store(withSiteEnabled(settings, hostname, enabled))}
      onViewChange={(view) => {
        if (tabId === undefined) return;
        void sendToTab(tabId, { type: 'report-lens:set-view', view }).then((next) => next && setStatus(next));
      }}
    />
  );
}

document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
document.title = message('extName');
const app = document.getElementById('app');
if (app) render(<Popup />, app);
