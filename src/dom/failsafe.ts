/** The content script's promise that a page is never left half-changed:
 * every change registers its cleanup, every callback runs guarded, and the
 * first exception anywhere runs all cleanups (last first) and reports once.
 * `end` runs the same cleanups when the work is over with no error (the
 * report left the page). */
export interface Failsafe {
  readonly failed: boolean;
  /** fail() or end() ran: the cleanups are done and guarded callbacks do nothing */
  readonly over: boolean;
  onCleanup(cleanup: () => void): void;
  /** wraps a callback so that an exception in it ends in `fail` */
  guard<A extends unknown[]>(callback: (...args: A) => void): (...args: A) => void;
  fail(error: unknown): void;
  end(): void;
}

export function createFailsafe(report: (error: unknown) => void): Failsafe {
  let failed = false;
  let over = false;
  const cleanups: (() => void)[] = [];
  const cleanUp = () => {
    over = true;
    for (const cleanup of cleanups.reverse()) {
      try {
        cleanup();
      } catch {
        // keep restoring: a leftover is better than a half-restored page
      }
    }
  };
  const fail = (error: unknown) => {
    if (over) return;
    failed = true;
    cleanUp();
    report(error);
  };
  return {
    get failed() {
      return failed;
    },
    get over() {
      return over;
    },
    onCleanup: (cleanup) => cleanups.push(cleanup),
    guard:
      <A extends unknown[]>(callback: (...args: A) => void) =>
      (...args: A): void => {
        if (over) return;
        try {
          callback(...args);
        } catch (error) {
          fail(error);
        }
      },
    fail,
    end: () => {
      if (!over) cleanUp();
    },
  };
}
