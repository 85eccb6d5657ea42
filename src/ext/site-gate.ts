import { isSiteEnabled, type Settings } from '../core/settings';
import { onContentRequest, type PageStatus } from './messages';
import { followSettings } from './settings';

/** For a report on a site the user switched off: touches nothing, answers
 * the popup (so that it can show the site's switch and turn it back on), and
 * resolves with the settings once the site is enabled again. `status` is
 * asked at each request: the page may have moved on meanwhile. */
export function waitUntilSiteEnabled(view: Window, hostname: string, status: () => PageStatus): Promise<Settings> {
  return new Promise((resolve) => {
    const stopAnswering = onContentRequest(status);
    const stopWatching = followSettings(view, (next) => {
      if (!isSiteEnabled(next, hostname)) return;
      stopAnswering();
      stopWatching();
      resolve(next);
    });
  });
}
