// Keyboard commands reach the background first; pass them to the tab. The
// engine runs here for the content script, off the page's main thread, and
// the answer carries the settings, the UI's words and what the report
// library knows with it (the report is kept there too); later changes of the
// settings are passed on to the tabs from here, and a sidebar's request for
// the ledger page opens it. "Read as report" (the context menu, the popup)
// injects the reading into the tab from here, and the sites set to "always"
// get it as a registered script.
import { analyzeReport } from '../core/analyze';
import { libraryAnswer } from '../ext/library-keeper';
import { keepAlwaysSitesInStep, onReadAsReportRequest, setUpReadMenu } from '../ext/manual-reading';
import { message, onAnalysisRequest, onCommand, onLedgerPageRequest, sendToTab } from '../ext/messages';
import { loadSettings, onSettingsChanged, relaySettingsChanges } from '../ext/settings';
import { browserMessageBundle, bundleForSetting, onMessageBundleRequest } from '../ext/ui-words';

onCommand((command, tabId) => {
  if (tabId !== undefined) void sendToTab(tabId, { type: 'report-lens:command', command });
});
// the browser's own words, read as the background starts; the reader's chosen
// language, when another, is read from the package too
void browserMessageBundle().catch(() => undefined);
onAnalysisRequest(analyzeReport, async () => {
  const [settings, bundle] = await Promise.all([loadSettings(), browserMessageBundle()]);
  return { settings, bundle: await bundleForSetting(settings.language, bundle) };
}, libraryAnswer);
onMessageBundleRequest(async (language) => bundleForSetting(language, await browserMessageBundle()));
onLedgerPageRequest();
relaySettingsChanges();
setUpReadMenu(() => message('menuReadAsReport'));
onReadAsReportRequest();
keepAlwaysSitesInStep(loadSettings, onSettingsChanged);
