import { decode, readHtml } from '../../src/cli/analyze-input';
import type { Analysis, Block } from '../../src/core/types';

/** A saved page read as the content script reads it (happy-dom, scripts
 * off), with the blocks the offsets refer to: the command line's own path. */
export function readHtmlPage(bytes: Uint8Array, url: string): { analysis: Analysis; blocks: Block[] } {
  return readHtml(decode(bytes, 'html'), url);
}
