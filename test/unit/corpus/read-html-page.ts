import { decode } from '../../../src/cli/analyze-input';
import { readHtml } from '../../../src/cli/read-html';
import type { Analysis, Block } from '../../../src/core/types';

/** A saved page read as the command line reads it (the browser's parsing
 * algorithm, scripts off), with the blocks the offsets refer to. */
export function readHtmlPage(bytes: Uint8Array, url: string): { analysis: Analysis; blocks: Block[] } {
  return readHtml(decode(bytes, 'html'), url);
}
