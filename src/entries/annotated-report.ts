// What a report page holds once it is read and shown, handed to each of the
// behaviours (behaviours/) that follow the page from then on.
import type { ReportController } from '../dom/annotate/report-controller';
import type { Failsafe } from '../dom/failsafe';
import type { PageReading } from '../dom/read/page-reading';
import type { Undo } from '../dom/undo';
import type { ReportRead } from './read-report';
import { reportSettings, type ReportSettings } from './report-settings';
import { mountReportView, type ReportView } from './report-view';

export interface AnnotatedReport {
  doc: Document;
  /** the page's window */
  view: Window;
  hostname: string;
  reading: PageReading;
  controller: ReportController;
  /** the sidebar and the figure card */
  sidebar: ReportView;
  settings: ReportSettings;
  /** every callback of a behaviour runs through its guard: an exception puts the page back */
  failsafe: Failsafe;
  /** The report is gone from the page (a single-page app moved on, the
   * page turned editable): everything of ours goes with it, and the next
   * report is looked for. */
  standDown(): void;
}

/** One thing the page does while the report is shown: starts following
 * something and returns how to stop. */
export type Behaviour = (annotated: AnnotatedReport) => Undo;

/** Mounts the sidebar and makes the controller (the page itself is not
 * changed yet); `read.settings` are the settings to start from. */
export function showReport(
  doc: Document,
  view: Window,
  read: ReportRead,
  failsafe: Failsafe,
  standDown: () => void,
): AnnotatedReport {
  const { reading, t, language, library } = read;
  const settings = reportSettings(read.settings, () => sidebar.redraw());
  const sidebar = mountReportView(doc, reading, { failsafe, t, language, library, settings });
  const hostname = doc.location.hostname;
  return { doc, view, hostname, reading, controller: sidebar.controller, sidebar, settings, failsafe, standDown };
}
