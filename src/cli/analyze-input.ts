import { analyzeReport, signalsFromText } from '../core/analyze';
import { bomEncoding, decodeWith, sniffHtmlEncoding, sniffTextEncoding } from '../core/sniff-encoding';
import { blocksFromText } from '../core/text';
import type { Analysis } from '../core/types';

export type InputKind = 'html' | 'text';

/** A problem with what the user gave us, told in one line. */
export class InputError extends Error {}

export interface InputOptions {
  kind?: InputKind | undefined;
  url?: string;
  name?: string;
  /** larger inputs are refused rather than left to run for minutes */
  maxBytes?: number;
}

export const DEFAULT_MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** Share of control characters above which a text is taken to be binary
 * data rather than text in some encoding. */
const BINARY_CONTROL_SHARE = 0.01;

function looksBinary(codes: ArrayLike<number>): boolean {
  const length = Math.min(codes.length, 8192);
  let control = 0;
  for (let i = 0; i < length; i++) {
    const code = codes[i] as number;
    if (code === 0) return true;
    if (code < 9 || (code > 13 && code < 32)) control++;
  }
  return length > 0 && control / length > BINARY_CONTROL_SHARE;
}

function charCodes(text: string): number[] {
  const codes: number[] = [];
  for (let i = 0; i < Math.min(text.length, 8192); i++) codes.push(text.charCodeAt(i));
  return codes;
}

/** The input's text, decoded as a browser would decode it: a page by the
 * WHATWG rules (byte-order mark, <meta> prescan, else a guess), a plain
 * text by its byte-order mark (UTF-8, UTF-16 LE/BE) or a guess. */
export function decode(bytes: Uint8Array, kind: InputKind): string {
  return decodeWith(bytes, kind === 'html' ? sniffHtmlEncoding(bytes) : sniffTextEncoding(bytes));
}

function sniffKind(head: string): InputKind {
  return /^\s*(<!doctype html|<html|<head|<meta|<body|<div|<p[\s>]|<!--)/i.test(head) ? 'html' : 'text';
}

export interface InputReading {
  analysis: Analysis;
  kind: InputKind;
}

/** Reads one input; throws InputError (one line) for anything that is not
 * a report. The HTML parser and DOM load only when a page comes. */
export async function readInput(bytes: Uint8Array, options: InputOptions = {}): Promise<InputReading> {
  const name = options.name ?? 'input';
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  if (bytes.length === 0) throw new InputError(`${name} is empty`);
  if (bytes.length > maxBytes) throw new InputError(`${name} is larger than ${maxBytes} bytes`);
  const bom = bomEncoding(bytes);
  // UTF-16 text is full of zero bytes: judged on its characters instead
  const wide = bom !== null && bom.encoding !== 'utf-8';
  if (wide ? looksBinary(charCodes(decodeWith(bytes.subarray(0, 16386), bom))) : looksBinary(bytes)) {
    throw new InputError(`${name} looks like binary data, not a page or a text`);
  }
  const head = bom ? decodeWith(bytes.subarray(0, 1026), bom) : new TextDecoder('latin1').decode(bytes.subarray(0, 512));
  const kind = options.kind ?? sniffKind(head);
  const text = decode(bytes, kind);
  const analysis = kind === 'html' ? await analyzeHtml(text, options.url ?? '') : analyzeText(text, name);
  if (!analysis.detection.isReport) {
    throw new InputError(`${name} does not look like a report (score ${analysis.detection.score.toFixed(2)})`);
  }
  return { analysis, kind };
}

function analyzeText(text: string, name: string): Analysis {
  return analyzeReport(signalsFromText(text, name), blocksFromText(text));
}

/** A saved page read as the content script reads it. */
export async function analyzeHtml(html: string, url: string): Promise<Analysis> {
  const { readHtml } = await import('./read-html');
  return readHtml(html, url).analysis;
}
