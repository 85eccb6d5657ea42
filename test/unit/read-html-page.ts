import { Window } from 'happy-dom';
import { decode } from '../../src/cli/analyze-input';
import type { Analysis, Block } from '../../src/core/types';
import { readReportPage } from '../../src/dom/page-annotation';

/** A saved page read as the content script reads it (happy-dom, scripts
 * off), with the blocks the offsets refer to. */
export function readHtmlPage(bytes: Uint8Array, url: string): { analysis: Analysis; blocks: Block[] } {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  const doc = new window.DOMParser().parseFromString(decode(bytes, 'html'), 'text/html') as unknown as Document;
  const reading = readReportPage(doc, { url });
  const blocks = reading.map?.blocks ?? [];
  return { analysis: reading.analysis, blocks };
}
