// Single-page apps replace what they show without loading a page: the report
// the extension annotated can leave the document under it (a portal's router
// swaps its view). The reading view's attributes left on the elements that
// stay would then hide whatever the app puts there, and the sidebar would go
// on showing a report that is not on the page. So once the report is shown,
// the page is watched for it leaving.
import { looksLikeReport } from '../../core/gate';
import type { BlockMap } from './blocks';
import { DEFAULT_LATE_REPORT_OPTIONS, watchForLateReport, type LateReportOptions } from './late-report';
import { isEditable } from './report-body';
import { readPageSignals } from './signals';
import type { Undo } from '../undo';

/** Elements of the page that stand for the report: its root, and the
 * elements of its first and last blocks (a view that empties the root keeps
 * the root but loses these). Never elements the extension made. */
export function reportAnchors(map: BlockMap): Element[] {
  const last = map.blocks.length - 1;
  const anchors = new Set<Element>([map.root, ...map.parts]);
  if (last >= 0) {
    anchors.add(map.elementFor(0));
    anchors.add(map.elementFor(last));
  }
  return [...anchors];
}

/** Calls `onGone` once, at the first change of the page after which one of
 * `anchors` is no longer in the document. The check is a few property reads
 * per batch of mutations. The undo stops watching. */
export function watchReportLeaving(doc: Document, anchors: readonly Element[], onGone: () => void): Undo {
  if (anchors.length === 0) return () => {};
  return watchPageUntil(doc, () => !anchors.every((anchor) => anchor.isConnected), onGone, { childList: true, subtree: true });
}

/** Calls `onEditable` once, at the first change of the page after which
 * `report` has become editable: an online document switched to editing
 * would save our marks with the text. The undo stops watching. */
export function watchReportEditable(doc: Document, report: Element, onEditable: () => void): Undo {
  // the attribute anywhere (the report's own ancestors among them), and any
  // move of the report into an editor
  return watchPageUntil(doc, () => isEditable(doc, report), onEditable, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
}

/** Calls `then` once, after the first batch of the document's mutations
 * (`what` of them: the whole document, since an app may replace <body>
 * itself) after which `changed()` holds. */
function watchPageUntil(doc: Document, changed: () => boolean, then: () => void, what: MutationObserverInit): Undo {
  const Observer = doc.defaultView?.MutationObserver;
  const target = doc.documentElement;
  if (!Observer || !target) return () => {};
  const observer = new Observer(() => {
    if (!changed()) return;
    observer.disconnect();
    then();
  });
  observer.observe(target, what);
  return () => observer.disconnect();
}

/** After the report left: the next one the app shows is looked for as a late
 * report is (late-report.ts), and once more after a quiet moment whatever
 * happens, since the app may have put it in along with taking the old one
 * out. Calls `onFound` at most once; the undo stops looking. */
export function watchForNextReport(doc: Document, onFound: () => void, options: Partial<LateReportOptions> = {}): Undo {
  const view = doc.defaultView;
  if (!view) return () => {};
  const check = () => looksLikeReport(readPageSignals(doc));
  let done = false;
  const stop = () => {
    done = true;
    stopWatching();
    view.clearTimeout(soon);
  };
  const found = () => {
    if (done) return;
    stop();
    onFound();
  };
  const stopWatching = watchForLateReport(doc, check, found, options);
  const soon = view.setTimeout(() => {
    if (!done && check()) found();
  }, options.quietMs ?? DEFAULT_LATE_REPORT_OPTIONS.quietMs);
  return stop;
}
