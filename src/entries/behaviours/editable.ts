// The page turns the report into something to edit (an online document
// switched to editing): our marks would be saved with the text, so the page
// gets it back as it was.
import { watchReportEditable } from '../../dom/read/report-presence';
import type { Behaviour } from '../annotated-report';

export const leaveAnEditedReport: Behaviour = ({ doc, reading, failsafe, standDown }) =>
  watchReportEditable(doc, reading.map.root, failsafe.guard(standDown));
