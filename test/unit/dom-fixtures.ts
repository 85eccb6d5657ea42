import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHtmlPage } from '../../src/cli/html-document';

/** A page parsed as a browser parses it (the command line's parser), in a
 * window's own document: happy-dom's Ranges do not work in documents made
 * by DOMParser (setEnd collapses them), and real pages have a window. */
export function parse(html: string): Document {
  return parseHtmlPage(html, 'https://example.org/report.html').document;
}

/** One of the hand-written pages in test/fixtures/dom. */
export function fixture(name: string): Document {
  return parse(readFileSync(resolve(import.meta.dirname, '../fixtures/dom', name), 'utf8'));
}

export function required<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('missing');
  return value;
}
