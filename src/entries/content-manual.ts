// Injected only when the reader asks to read a page as a report (the popup's
// button, the context menu: scripting.executeScript) or on a site they set to
// "always" (a content script registered for that site alone). Like the first
// stage it is a classic script built on its own by vite.config.ts; it loads
// the report stage by its extension URL and hands it the request. Pages
// nobody asked about never see it.

/** The report stage's chunk, relative to the extension root; written in by
 * vite.config.ts once the main build has named it. */
declare const __REPORT_LENS_REPORT_MODULE__: string;
declare const chrome: { runtime: { getURL(path: string): string } };

/** Where the background leaves the request (set by the script it injects just
 * before this one, in the same isolated world); absent for a site set to
 * "always". */
const REQUEST = Symbol.for('report-lens.read-request');
const scope = globalThis as unknown as Record<symbol, string | undefined>;
const asked = scope[REQUEST];
delete scope[REQUEST];
const mode = asked === 'pick' || asked === 'densest' ? asked : 'site';

// the specifier is this extension's own chunk, fixed at build time, never page input
// eslint-disable-next-line no-unsanitized/method
import(/* @vite-ignore */ chrome.runtime.getURL(__REPORT_LENS_REPORT_MODULE__))
  .then((stage: typeof import('./content-report')) => stage.readAsReport(document, mode))
  .catch((error: unknown) => console.warn('[Report Lens] could not read this page as a report:', error));
