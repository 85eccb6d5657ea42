// Single-page apps and lazy-loading sites put the report in after
// document_idle. When the gate says no at first, the page is watched for a
// bounded time and re-checked once it has been quiet for a moment; then the
// watch ends whatever happened, so an ordinary page pays for at most a few
// gate checks and never for a permanent observer.

export interface LateReportOptions {
  /** how long to keep watching after the first check failed */
  watchMs: number;
  /** a re-check runs once no mutation came for this long */
  quietMs: number;
  /** re-checks allowed in all (the final one at the deadline included) */
  maxChecks: number;
}

export const DEFAULT_LATE_REPORT_OPTIONS: LateReportOptions = { watchMs: 10_000, quietMs: 500, maxChecks: 6 };

/** Calls `onFound` at most once, when `check` says yes after the page changed.
 * Returns a function that stops watching. */
export function watchForLateReport(
  doc: Document,
  check: () => boolean,
  onFound: () => void,
  options: Partial<LateReportOptions> = {},
): () => void {
  const opts = { ...DEFAULT_LATE_REPORT_OPTIONS, ...options };
  const view = doc.defaultView;
  const Observer = view?.MutationObserver;
  if (!view || !Observer) return () => {};
  let checks = 0;
  let quietTimer = 0;
  let stopped = false;
  const observer = new Observer(() => {
    // the callback only re-arms a timer: it runs on every mutation of a busy page
    if (quietTimer) view.clearTimeout(quietTimer);
    quietTimer = view.setTimeout(recheck, opts.quietMs);
  });
  const stop = () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    if (quietTimer) view.clearTimeout(quietTimer);
    view.clearTimeout(deadline);
  };
  function recheck(): void {
    quietTimer = 0;
    if (stopped) return;
    checks += 1;
    if (check()) {
      stop();
      onFound();
    } else if (checks >= opts.maxChecks) {
      stop();
    }
  }
  // a page that never stops changing (a ticker, a clock) still gets one last look
  const deadline = view.setTimeout(() => {
    if (stopped) return;
    if (quietTimer) recheck();
    stop();
  }, opts.watchMs);
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  return stop;
}
