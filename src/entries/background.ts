// Keyboard commands reach the background first; pass them to the tab.
import { onCommand, sendToTab } from '../ext/messages';

onCommand((command, tabId) => {
  if (tabId !== undefined) void sendToTab(tabId, { type: 'report-lens:command', command });
});
