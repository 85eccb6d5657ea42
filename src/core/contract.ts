// The names the page contract gives (docs/contract.md §1): what tests, users'
// scripts and the sidebar's own code find the extension's work by. Each is
// written here once; a change to one is a change of the contract.
//
// Nothing but constants: the first stage, which runs on every page, imports
// from here and must stay a few kilobytes (the bundler keeps only the names
// it uses).

/** The attribute on <html> that says what the extension did to the page. */
export const STATE_ATTRIBUTE = 'data-report-lens';
/** Its values: annotated, or shown as the original. */
export const STATE_READY = 'ready';
export const STATE_OFF = 'off';

/** The custom element that holds a figure: a name no page style can match,
 * so the figure keeps the page's look until the extension styles it. */
export const MARK_ELEMENT = 'report-lens-mark';
/** The one element that holds all of the extension's UI, in an open shadow root. */
export const SIDEBAR_ELEMENT = 'report-lens-sidebar';

/** On a mark and a metrics-table row: the figure's id, the export's too. */
export const METRIC_ID_ATTRIBUTE = 'data-metric-id';
/** On a mark: `actual` or `target`. */
export const KIND_ATTRIBUTE = 'data-kind';
/** On an outline entry: the section's id and its level (1, 2, 3). */
export const OUTLINE_ID_ATTRIBUTE = 'data-outline-id';
export const OUTLINE_LEVEL_ATTRIBUTE = 'data-outline-level';
/** On a button of the sidebar (and of the extension's pages): what it does. */
export const ACTION_ATTRIBUTE = 'data-action';

/** The sidebar's actions the contract names, with the downloads it added. */
export type ContractAction =
  | 'copy-tsv'
  | 'copy-csv'
  | 'copy-markdown'
  | 'copy-json'
  | 'toggle-original'
  | 'download-xlsx'
  | 'download-csv';

/** `{ 'data-action': name }`, for JSX: `<button {...actionHook('copy-tsv')}>`. */
export function actionHook<A extends ContractAction>(action: A): { 'data-action': A } {
  return { [ACTION_ATTRIBUTE]: action };
}

/** `{ 'data-metric-id': id, 'data-kind': kind }`, for JSX: what the
 * figure's card carries, as its mark and its row do. */
export function metricHooks(id: string, kind: string): { 'data-metric-id': string; 'data-kind': string } {
  return { [METRIC_ID_ATTRIBUTE]: id, [KIND_ATTRIBUTE]: kind };
}
