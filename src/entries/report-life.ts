// Where the report stage is on this page, as one value. content-report.tsx
// holds it and changes it only through lifeAfter, so that what may start,
// what a reader's request does and what happens when the report leaves
// follow from one table instead of flags reset here and there.

/** The stage's state; `Shown` is what a shown report offers (content-report.tsx's AnnotatedReport). */
export type ReportLife<Shown> =
  /** nothing read yet, or the report left and the next one is looked for: an automatic start may come */
  | { phase: 'waiting' }
  /** a reading is under way: the page read, the engine asked, or a site switched off waited for */
  | { phase: 'reading' }
  /** the report is on the page with its sidebar, annotated or shown as the original */
  | { phase: 'shown'; shown: Shown }
  /** the reading found no report, or stopped after an error: no automatic start again, though the reader may ask */
  | { phase: 'done' };

export type LifeEvent<Shown> =
  /** a reading begins (the gate said yes, or the reader asked) */
  | { type: 'start' }
  /** the reading put the report on the page */
  | { type: 'show'; shown: Shown }
  /** the reading is over, whatever it found */
  | { type: 'read' }
  /** what was shown is taken off the page (an error, or the report left) */
  | { type: 'stop' }
  /** the report left the page (a single-page app moved on): the next one may start */
  | { type: 'left' };

/** The one place the stage's state changes. An event that does not apply in
 * a phase leaves it as it is: a reading that ends after it showed the report
 * (or after the report left) changes nothing. */
export function lifeAfter<Shown>(life: ReportLife<Shown>, event: LifeEvent<Shown>): ReportLife<Shown> {
  switch (event.type) {
    case 'start':
      return life.phase === 'waiting' || life.phase === 'done' ? { phase: 'reading' } : life;
    case 'show':
      return life.phase === 'reading' ? { phase: 'shown', shown: event.shown } : life;
    case 'read':
      return life.phase === 'reading' ? { phase: 'done' } : life;
    case 'stop':
      return life.phase === 'shown' ? { phase: 'done' } : life;
    case 'left':
      return { phase: 'waiting' };
  }
}

/** An automatic start (the gate, a report a single-page app put in) only
 * where nothing was read yet; the reader's request also after a reading
 * that found nothing or failed. */
export function mayStart<Shown>(life: ReportLife<Shown>, asked: boolean): boolean {
  return life.phase === 'waiting' || (asked && life.phase === 'done');
}
