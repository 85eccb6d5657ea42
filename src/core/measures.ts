/** The User Timing measure the extension's background leaves for each
 * analysis it runs (the last one only): what the engine costs off the page's
 * thread, for DevTools and for `npm run bench`. A module of its own, so that
 * naming it does not pull the engine into the page's chunks. */
export const ANALYSIS_MEASURE = 'report-lens:analyze';
