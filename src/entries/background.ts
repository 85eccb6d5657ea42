// Keyboard commands reach the background first; pass them to the tab. The
// engine runs here for the content script, off the page's main thread, and
// the answer carries the settings and the UI's words with it; later changes
// of the settings are passed on to the tabs from here too.
import { analyzeReport } from '../core/analyze';
import { onAnalysisRequest, onCommand, readMessageBundle, sendToTab } from '../ext/messages';
import { loadSettings, relaySettingsChanges } from '../ext/settings';
import english from '../public/_locales/en/messages.json';

onCommand((command, tabId) => {
  if (tabId !== undefined) void sendToTab(tabId, { type: 'report-lens:command', command });
});
const bundle = readMessageBundle(Object.keys(english));
onAnalysisRequest(analyzeReport, async () => ({ settings: await loadSettings(), bundle }));
relaySettingsChanges();
