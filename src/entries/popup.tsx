// The toolbar popup: ask the active tab what it holds, show the switches.
import { useEffect, useState } from 'preact/hooks';
import { withSiteMode, type Settings, type SiteMode } from '../core/settings';
import type { ReadMode } from '../core/types';
import { requestReadAsReport, tabAddress } from '../ext/manual-reading';
import { activeTabId, sendToTab, type PageStatus } from '../ext/messages';
import { saveSettings } from '../ext/settings';
import type { PageWords } from '../ext/ui-words';
import { PopupPanel } from '../ui/popup';
import { askForSiteAccess, startExtensionPage } from './extension-page';

/** The active tab, as a toolbar popup sees it. A ?tab=<id> in the popup's
 * own URL names the tab instead: opened in a tab of its own (a test, or a
 * user who bookmarked it) the popup would otherwise ask itself. It only
 * chooses which tab to talk to, with the same messages as ever. */
async function tabToAsk(): Promise<number | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(named) && named > 0 ? named : activeTabId();
}

function Popup({ words, stored }: { words: PageWords; stored: Settings }) {
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const [status, setStatus] = useState<PageStatus | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings>(stored);
  const { t, language } = words;
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const [address, setAddress] = useState<string | undefined>(undefined);

  useEffect(() => {
    void tabToAsk().then(async (id) => {
      setTabId(id);
      if (id !== undefined) void tabAddress(id).then(setAddress);
      setStatus(id === undefined ? null : ((await sendToTab(id, { type: 'report-lens:status' })) ?? null));
    });
  }, []);

  const store = (next: Settings) => {
    setSettings(next);
    saveSettings(next).then(
      () => setNotice(null),
      (error: unknown) => setNotice({ text: t('optionsSaveFailed', String(error)), error: true }),
    );
  };
  // PageStatus carries the page's hostname once the content script sends it;
  // a page without one (no report) is known by the tab's address
  const web = address !== undefined && /^https?:/.test(address);
  const hostname = status?.hostname ?? (web ? new URL(address).hostname : null);
  // a web page whose content script says nothing holds no report Report Lens found
  const shown = status === null && hostname ? { state: 'none' as const, hostname } : status;
  const chooseSiteMode = (mode: SiteMode) => {
    if (!hostname) return;
    askForSiteAccess(hostname, mode, () => setNotice({ text: t('siteModeAlwaysDenied', hostname), error: false }));
    store(withSiteMode(settings, hostname, mode));
  };
  const read = (mode: ReadMode) => {
    if (tabId === undefined) return;
    setNotice({ text: t('popupReadStarted'), error: false });
    void requestReadAsReport(tabId, mode).then(async (answer) => {
      if (!answer.ok) return setNotice({ text: t('popupReadFailed', answer.error), error: true });
      // picking happens in the page: out of the way
      if (mode === 'pick') return window.close();
      setNotice(null);
      for (let tries = 0; tries < 20; tries++) {
        const next = await sendToTab(tabId, { type: 'report-lens:status' });
        if (next) return setStatus(next);
        await new Promise((resume) => setTimeout(resume, 250));
      }
    });
  };

  return (
    <PopupPanel
      status={shown}
      hostname={hostname}
      settings={settings}
      t={t}
      language={language}
      notice={notice}
      optionsHref="options.html"
      ledgerHref="ledger.html"
      onKeepReportsChange={(enabled) => store({ ...settings, keepReports: enabled })}
      onAutoAnnotateChange={(enabled) => store({ ...settings, autoAnnotate: enabled })}
      onSiteModeChange={chooseSiteMode}
      onSettingsChange={(patch) => store({ ...settings, ...patch })}
      onReadAsReport={read}
      readable={address === undefined || web}
      onViewChange={(view) => {
        if (tabId === undefined) return;
        void sendToTab(tabId, { type: 'report-lens:set-view', view }).then((next) => next && setStatus(next));
      }}
    />
  );
}

startExtensionPage('extName', (words, stored) => <Popup words={words} stored={stored} />);
