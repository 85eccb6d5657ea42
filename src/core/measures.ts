/** The User Timing measure the extension's background leaves for each
 * analysis it runs (the last one only): what the engine costs off the page's
 * thread, for DevTools and for `npm run bench`. A module of its own, so that
 * naming it does not pull the engine into the page's chunks. */
export const ANALYSIS_MEASURE = 'report-lens:analyze';

/** The User Timing mark a report page leaves once its first screen is
 * there: the reading view applied, the figures in it marked and the
 * sidebar drawn (its header with it). `npm run bench` reads it from the
 * page's trace: the main-thread time from the content script's start to it. */
export const FIRST_SCREEN_MARK = 'report-lens:first-screen';
