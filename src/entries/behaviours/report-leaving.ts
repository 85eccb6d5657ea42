// A single-page app that moves on takes the report away (its router swaps
// the view): everything of ours goes with it, and the next report the app
// shows is looked for.
import { reportAnchors, watchReportLeaving } from '../../dom/read/report-presence';
import type { Behaviour } from '../annotated-report';

export const leaveWithTheReport: Behaviour = ({ doc, reading, failsafe, standDown }) =>
  watchReportLeaving(doc, reportAnchors(reading.map), failsafe.guard(standDown));
