// The time and the tasks the deferred layout (deferred-layout.ts) runs on:
// the page's window, or a clock under a test's hand.

/** What the deferral needs from the page's window; tests pass their own. */
export interface LayoutClock {
  now(): number;
  /** runs `step` in a later task, when the page has time; `step` gets the ms
   * the page says it has (Infinity when it cannot tell). Returns a cancel. */
  whenIdle(step: (idleMs: number) => void): () => void;
  /** runs `step` in the next task. Returns a cancel. */
  nextTask(step: () => void): () => void;
  viewportHeight(): number;
}

interface IdleWindow {
  requestIdleCallback?(callback: (deadline: { timeRemaining(): number }) => void, options?: { timeout: number }): number;
  cancelIdleCallback?(handle: number): void;
}

/** Background batches run when the page is idle, or a few hundred ms later
 * at the latest. */
export function windowClock(doc: Document): LayoutClock {
  const view = doc.defaultView ?? window;
  const idleView = view as unknown as IdleWindow;
  return {
    now: () => view.performance.now(),
    whenIdle(step) {
      if (typeof idleView.requestIdleCallback === 'function' && typeof idleView.cancelIdleCallback === 'function') {
        const handle = idleView.requestIdleCallback((deadline) => step(deadline.timeRemaining()), { timeout: 300 });
        return () => idleView.cancelIdleCallback?.(handle);
      }
      const handle = view.setTimeout(() => step(Infinity), 0);
      return () => view.clearTimeout(handle);
    },
    nextTask(step) {
      const handle = view.setTimeout(step, 0);
      return () => view.clearTimeout(handle);
    },
    viewportHeight: () => view.innerHeight,
  };
}
