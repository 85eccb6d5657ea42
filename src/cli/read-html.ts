import type { Analysis, Block } from '../core/types';
import { readReportPage } from '../dom/read/read-report-page';
import { parseHtmlPage } from './html-document';

/** A saved page read as the content script reads it: the tree a browser's
 * parser builds (see html-document.ts), nothing run or loaded; with the
 * blocks the analysis's offsets refer to (the corpus tests compare figures
 * against them). */
export function readHtml(html: string, url: string): { analysis: Analysis; blocks: Block[] } {
  const page = parseHtmlPage(html, url || 'http://localhost/');
  try {
    // a saved page of an editor holds a report like any other: nothing here is saved back
    const reading = readReportPage(page.document, { url, leaveEditable: false });
    return { analysis: reading.analysis, blocks: reading.map?.blocks ?? [] };
  } finally {
    page.close();
  }
}
