// A staged annotation (apply-annotation.ts) run over several tasks, so that
// none is as long as a frame: the reading view first, in a task of its own,
// with the blocks off screen waiting for their layout (deferred-layout.ts),
// then the marks in slices of a few ms, then the notes and the ready flag.
// The view goes first because marks put in before it (the page still in its
// own look, nothing deferred) measured worse (bench:compare, the
// 100,000-character page): each frame between the slices laid out the marked
// blocks again (+16 ms of layout, the worst task 30 ms).
import type { AppliedAnnotation, StagedAnnotation } from './apply-annotation';

export interface AnnotationRun {
  /** runs the first step (the reading view) now, each slice after it in a task of its own */
  start(): void;
  /** runs what is left at once, in this task (the reader asked for the view) */
  finishNow(): void;
  /** undoes what was done and stops: the page exactly as before */
  cancel(): void;
  /** resolves once the annotation is done, failed or cancelled */
  readonly finished: Promise<void>;
}

export interface AnnotationRunCallbacks {
  /** the page is annotated and ready */
  done(applied: AppliedAnnotation): void;
  /** a step threw (what it did is undone already), or `done` did */
  error(error: unknown): void;
}

export function runInTasks(view: Window, staged: StagedAnnotation, sliceMs: number, callbacks: AnnotationRunCallbacks): AnnotationRun {
  let timer = 0;
  let over = false;
  let settle = () => {};
  const finished = new Promise<void>((resolve) => (settle = resolve));
  const end = (outcome: () => void) => {
    over = true;
    view.clearTimeout(timer);
    timer = 0;
    try {
      outcome();
    } finally {
      settle();
    }
  };
  const slice = (more: () => boolean) => {
    if (over) return;
    let complete: boolean;
    try {
      complete = staged.step(more);
    } catch (error) {
      end(() => callbacks.error(error));
      return;
    }
    if (!complete) {
      timer = view.setTimeout(tick, 0);
      return;
    }
    end(() => {
      try {
        callbacks.done({ undo: staged.undo, marks: staged.marks, layout: staged.layout });
      } catch (error) {
        callbacks.error(error);
      }
    });
  };
  const tick = () => {
    timer = 0;
    const deadline = view.performance.now() + sliceMs;
    slice(() => view.performance.now() < deadline);
  };
  return {
    start: () => slice(() => false),
    finishNow: () => {
      view.clearTimeout(timer);
      timer = 0;
      slice(() => true);
    },
    cancel: () => {
      if (!over) end(() => staged.undo());
    },
    finished,
  };
}
