// The reader switched Report Lens off for this site (popup, options page):
// the page goes back to the original at once. Switched back on, it comes
// back as it would have at first: annotated where the settings annotate at
// once, else the handle offers it.
import { annotatesAtOnce, isSiteEnabled } from '../../core/settings';
import type { Behaviour } from '../annotated-report';

export const followTheSiteSwitch: Behaviour = ({ settings, controller, hostname }) =>
  settings.onChange((next, previous) => {
    if (!isSiteEnabled(next, hostname)) controller.showOriginal();
    else if (!isSiteEnabled(previous, hostname) && annotatesAtOnce(next, hostname)) controller.annotate();
  });
