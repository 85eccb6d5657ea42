// Keyboard commands reach the background first; pass them to the tab. The
// engine runs here for the content script, off the page's main thread.
import { analyzeReport } from '../core/analyze';
import { onAnalysisRequest, onCommand, sendToTab } from '../ext/messages';

onCommand((command, tabId) => {
  if (tabId !== undefined) void sendToTab(tabId, { type: 'report-lens:command', command });
});
onAnalysisRequest(analyzeReport);
