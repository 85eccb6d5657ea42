// Single-page apps and lazy-loading sites put the report in after
// document_idle. When the gate says no at first, the page is watched for a
// bounded time and re-checked once it has been quiet for a moment; then the
// watch ends whatever happened, so an ordinary page pays for at most a few
// gate checks. On a page that does not change, the observer is all there is:
// no timer runs, and the first change after the deadline disconnects it.

export interface LateReportOptions {
  /** how long to keep watching after the first check failed */
  watchMs: number;
  /** a re-check runs once no mutation came for this long */
  quietMs: number;
  /** re-checks allowed in all (the final one at the deadline included) */
  maxChecks: number;
  /** ms clock; Date.now unless a test drives time */
  now(): number;
}

export const DEFAULT_LATE_REPORT_OPTIONS: LateReportOptions = { watchMs: 10_000, quietMs: 500, maxChecks: 6, now: () => Date.now() };

/** Calls `onFound` at most once, when `check` says yes after the page changed.
 * Returns a function that stops watching. Nothing runs until the page
 * changes: the deadline's timer is set by the first mutation (a page that
 * never changes pays for the observer's setup and nothing else), and a first
 * change after the deadline only ends the watch. */
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
  const startedAt = opts.now();
  let checks = 0;
  let quietTimer = 0;
  let deadline = 0;
  let stopped = false;
  const observer = new Observer(() => {
    if (stopped) return;
    const elapsed = opts.now() - startedAt;
    if (elapsed >= opts.watchMs) {
      stop();
      return;
    }
    // a page that never stops changing (a ticker, a clock) still gets one last look
    deadline ||= view.setTimeout(() => {
      if (stopped) return;
      if (quietTimer) recheck();
      stop();
    }, opts.watchMs - elapsed);
    // otherwise the callback only re-arms a timer: it runs on every mutation of a busy page
    if (quietTimer) view.clearTimeout(quietTimer);
    quietTimer = view.setTimeout(recheck, opts.quietMs);
  });
  const stop = () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    if (quietTimer) view.clearTimeout(quietTimer);
    if (deadline) view.clearTimeout(deadline);
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
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  return stop;
}
