import { Window } from 'happy-dom';
import { analyzeReport, signalsFromText } from '../core/analyze';
import { blocksFromText } from '../core/text';
import type { Analysis, Block } from '../core/types';
import { readReportPage } from '../dom/read-report-page';

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

/** Share of control characters above which bytes are taken to be binary
 * data rather than text in some encoding. */
const BINARY_CONTROL_SHARE = 0.01;

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > BINARY_CONTROL_SHARE;
}

/** The charset a saved page declares in its first bytes, if any. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

export function decode(bytes: Uint8Array, kind: InputKind): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  const declared = kind === 'html' ? declaredCharset(bytes) : null;
  const label = declared && declared !== 'utf-8' && declared !== 'utf8' ? declared : 'utf-8';
  try {
    const strict = new TextDecoder(label, { fatal: true });
    return strict.decode(bytes);
  } catch {
    // Pages saved as GBK without saying so are common on older portals.
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      return new TextDecoder(label).decode(bytes);
    }
  }
}

function sniffKind(text: string): InputKind {
  return /^\s*(<!doctype html|<html|<head|<meta|<body|<div|<p[\s>])/i.test(text) ? 'html' : 'text';
}

export function analyzeInput(bytes: Uint8Array, options: InputOptions = {}): Analysis {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  if (bytes.length === 0) throw new InputError(`${options.name ?? 'input'} is empty`);
  if (bytes.length > maxBytes) throw new InputError(`${options.name ?? 'input'} is larger than ${maxBytes} bytes`);
  if (looksBinary(bytes)) throw new InputError(`${options.name ?? 'input'} looks like binary data, not a page or a text`);
  const kind = options.kind ?? sniffKind(new TextDecoder('latin1').decode(bytes.subarray(0, 512)));
  const text = decode(bytes, kind);
  const analysis = kind === 'html' ? analyzeHtml(text, options.url ?? '') : analyzeText(text, options.name ?? '');
  if (!analysis.detection.isReport) {
    throw new InputError(`${options.name ?? 'input'} does not look like a report (score ${analysis.detection.score.toFixed(2)})`);
  }
  return analysis;
}

function analyzeText(text: string, name: string): Analysis {
  return analyzeReport(signalsFromText(text, name), blocksFromText(text));
}

/** A saved page read as the content script reads it, in happy-dom with the
 * page's scripts, styles and frames off. */
export function analyzeHtml(html: string, url: string): Analysis {
  return readHtml(html, url).analysis;
}

/** The analysis with the blocks its offsets refer to (the corpus tests
 * compare figures against their blocks). */
export function readHtml(html: string, url: string): { analysis: Analysis; blocks: Block[] } {
  const window = new Window({
    url: url || 'http://localhost/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  try {
    // An inert document: the page's scripts never run on the command line.
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    // a saved page of an editor holds a report like any other: nothing here is saved back
    const reading = readReportPage(doc, { url, leaveEditable: false });
    return { analysis: reading.analysis, blocks: reading.map?.blocks ?? [] };
  } finally {
    void window.happyDOM.close();
  }
}
