// Everything a report page does once it is read and shown, one behaviour a
// file, each starting to follow one thing and returning how to stop.
// content-report.tsx runs them in this order before it annotates the page,
// and the failsafe stops them, last first, when the report goes.
import type { Behaviour } from '../annotated-report';
import { catchUpAfterTheCache } from './back-forward-cache';
import { followCommands } from './commands';
import { leaveAnEditedReport } from './editable';
import { followTheLanguage } from './language';
import { answerThePopup } from './popup-answers';
import { leaveWithTheReport } from './report-leaving';
import { followSettingsChanges } from './settings-changes';
import { followTheSiteSwitch } from './site-switch';
import { fitTheWindow } from './window-size';

export const REPORT_BEHAVIOURS: readonly Behaviour[] = [
  answerThePopup,
  followCommands,
  // the language first, then the site's switch: a settings change is heard in
  // this order, and the sidebar is drawn again after both
  followTheLanguage,
  followTheSiteSwitch,
  followSettingsChanges,
  catchUpAfterTheCache,
  fitTheWindow,
  leaveWithTheReport,
  leaveAnEditedReport,
];
