import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';

/** A document of its own window: happy-dom's Ranges do not work in
 * documents made by DOMParser (setEnd collapses them), and real pages have
 * a window. */
export function parse(html: string): Document {
  const window = new Window({ url: 'https://example.org/report.html' });
  const doc = window.document as unknown as Document;
  doc.write(html);
  return doc;
}

/** One of the hand-written pages in test/fixtures/dom. */
export function fixture(name: string): Document {
  return parse(readFileSync(resolve(import.meta.dirname, '../fixtures/dom', name), 'utf8'));
}

export function required<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('missing');
  return value;
}
