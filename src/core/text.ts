import type { Block } from './types';

/** A plain-text report as blocks: one block per line, kept byte for byte so
 * that offsets into a block are offsets into the line. A trailing "\r" is
 * dropped because it is the line ending, not part of the line. */
export function blocksFromText(text: string): Block[] {
  const lines = text.split('\n');
  return lines.map((line) => ({ text: line.endsWith('\r') ? line.slice(0, -1) : line }));
}

/** Whitespace as it appears in these reports: ASCII, no-break space from
 * &nbsp; indents, and the ideographic space U+3000 used for indents. */
export const WHITESPACE = /[\s\u00a0\u3000]/;

export function isBlank(text: string): boolean {
  for (const ch of text) if (!WHITESPACE.test(ch)) return false;
  return true;
}
