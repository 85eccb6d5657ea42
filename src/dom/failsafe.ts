/** The content script's promise that a page is never left half-changed:
 * every change registers its cleanup, every callback runs guarded, and the
 * first exception anywhere runs all cleanups (last first) and reports once. */
export interface Failsafe {
  readonly failed: boolean;
  onCleanup(cleanup: () => void): void;
  /** wraps a callback so that an exception in it ends in `fail` */
  guard<A extends unknown[]>(callback: (...args: A) => void): (...args: A) => void;
  fail(error: unknown): void;
}

export function createFailsafe(report: (error: unknown) => void): Failsafe {
  let failed = false;
  const cleanups: (() => void)[] = [];
  const fail = (error: unknown) => {
    if (failed) return;
    failed = true;
    for (const cleanup of cleanups.reverse()) {
      try {
        cleanup();
      } catch {
        // keep restoring: a leftover is better than a half-restored page
      }
    }
    report(error);
  };
  return {
    get failed() {
      return failed;
    },
    onCleanup: (cleanup) => cleanups.push(cleanup),
    guard:
      <A extends unknown[]>(callback: (...args: A) => void) =>
      (...args: A): void => {
        if (failed) return;
        try {
          callback(...args);
        } catch (error) {
          fail(error);
        }
      },
    fail,
  };
}
