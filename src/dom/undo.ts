// Every change the extension makes to a page returns its undo, so that the
// page can be shown exactly as it was (docs/contract.md §1, "Back to the original").

/** Reverts one change to the page. Calling it a second time does nothing. */
export type Undo = () => void;

/** Wraps an undo so that it runs at most once: the caller may call a combined
 * undo twice (toggle-original clicked twice), and restoring an attribute twice
 * would write a stale value over whatever happened in between. */
export function once(undo: Undo): Undo {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    undo();
  };
}

/** Sets an attribute; the undo restores the previous value, or removes the
 * attribute if the element did not have it. */
export function setAttribute(el: Element, name: string, value: string): Undo {
  const previous = el.getAttribute(name);
  el.setAttribute(name, value);
  return once(() => {
    if (previous === null) el.removeAttribute(name);
    else el.setAttribute(name, previous);
  });
}

/** Combines undos into one that runs them in reverse order (last change
 * reverted first), each once. An undo that throws does not stop the others,
 * because a half-restored page is worse than a fully restored one with one
 * leftover; the first exception is rethrown after all have run so that the
 * caller still learns about it. */
export function combineUndos(undos: Undo[]): Undo {
  const pending = undos.slice();
  return once(() => {
    let firstError: unknown = null;
    let failed = false;
    for (let i = pending.length - 1; i >= 0; i--) {
      const undo = pending[i];
      if (!undo) continue;
      try {
        undo();
      } catch (error) {
        if (!failed) {
          failed = true;
          firstError = error;
        }
      }
    }
    if (failed) throw firstError;
  });
}
