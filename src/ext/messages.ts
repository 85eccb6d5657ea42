import type { Runtime } from 'webextension-polyfill';
import { browser } from './browser';
import { ANALYSIS_MEASURE } from '../core/measures';
import { SUBSTITUTION_SLOTS, type MessageBundle } from '../core/message-bundle';
import type { LedgerNotes } from '../core/ledger-notes';
import type { Settings } from '../core/settings';
import type { Analysis, Block, PageSignals, PageStatus, PageView } from '../core/types';

/** Keyboard commands declared in manifest.json "commands". */
export type CommandName = 'toggle-sidebar' | 'toggle-original' | 'next-figure' | 'previous-figure';
export const COMMAND_NAMES: readonly CommandName[] = ['toggle-sidebar', 'toggle-original', 'next-figure', 'previous-figure'];

export type { PageState, PageStatus } from '../core/types';

/** Messages the popup and the background send to a tab's content script. */
export type ContentRequest =
  | { type: 'report-lens:status' }
  | { type: 'report-lens:command'; command: CommandName }
  | { type: 'report-lens:set-view'; view: PageView };

export function isContentRequest(message: unknown): message is ContentRequest {
  if (!message || typeof message !== 'object') return false;
  const { type } = message as { type?: unknown };
  return type === 'report-lens:status' || type === 'report-lens:command' || type === 'report-lens:set-view';
}

export async function sendToTab(tabId: number, request: ContentRequest): Promise<PageStatus | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, request)) as PageStatus | undefined;
  } catch {
    // No content script in that tab (a browser page, the store, a PDF).
    return undefined;
  }
}

/** Called by the content script: answer requests with the page's status. */
export function onContentRequest(handler: (request: ContentRequest) => PageStatus | Promise<PageStatus>): () => void {
  const listener = (message: unknown) => (isContentRequest(message) ? Promise.resolve(handler(message)) : undefined);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Called by the content script: the keyboard commands the background
 * passes on. It sends no answer: onContentRequest's handler answers every
 * request, commands among them, with the page's status. */
export function onCommandRequest(handler: (command: CommandName) => void): () => void {
  const listener = (message: unknown): undefined => {
    if (isContentRequest(message) && message.type === 'report-lens:command') handler(message.command);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** The content script's request to the background: run the engine over
 * these blocks. */
interface AnalysisRequest {
  type: 'report-lens:analyze';
  signals: PageSignals;
  blocks: Block[];
  /** the reader asked to read the page as a report (core/analyze.ts) */
  asReport?: boolean;
}

function isAnalysisRequest(message: unknown): message is AnalysisRequest {
  if (!message || typeof message !== 'object') return false;
  const { type, signals, blocks } = message as Partial<AnalysisRequest>;
  return type === 'report-lens:analyze' && !!signals && typeof signals === 'object' && Array.isArray(blocks);
}

/** What the background sends back: the analysis, and what the page would
 * otherwise have asked the browser for itself (settings, the UI's words). */
export interface AnalysisAnswer {
  analysis: Analysis;
  settings: Settings;
  bundle: MessageBundle;
  /** what the report library says about this report; absent when the
   * background could not ask it in time */
  library?: LibraryAnswer;
}

/** The library's part of the answer: the notes beside the report's figures
 * (last year's targets, the targets its results answer), whether the report
 * was kept, and why not when that failed. */
export interface LibraryAnswer {
  notes: LedgerNotes;
  kept: boolean;
  /** an IndexedDB failure (quota among them), for the sidebar to show */
  error?: string;
}

/** Has the background run the engine, so that the page's own thread does not.
 * Rejects when no answer comes within `timeoutMs` (a background that cannot
 * start, an extension reloaded under the page). */
export async function requestAnalysis(signals: PageSignals, blocks: Block[], timeoutMs: number, asReport = false): Promise<AnalysisAnswer> {
  const request: AnalysisRequest = { type: 'report-lens:analyze', signals, blocks, ...(asReport ? { asReport } : {}) };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the background gave no analysis within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const answer = (await Promise.race([browser.runtime.sendMessage(request), late])) as Partial<AnalysisAnswer> | undefined;
    if (!answer?.analysis?.detection || !answer.settings || !answer.bundle) throw new Error('the background answered without an analysis');
    return answer as AnalysisAnswer;
  } finally {
    clearTimeout(timer);
  }
}

/** Called by the background: answer analysis requests with `analyze`, the
 * settings and the message bundle. */
export function onAnalysisRequest(
  analyze: (signals: PageSignals, blocks: Block[], options: { asReport?: boolean }) => Analysis,
  extras: () => Promise<Omit<AnalysisAnswer, 'analysis' | 'library'>>,
  library?: (analysis: Analysis, pageUrl: string, settings: Settings) => Promise<LibraryAnswer | undefined>,
): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isAnalysisRequest(message)) return undefined;
    const rest = extras();
    return Promise.resolve().then(async (): Promise<AnalysisAnswer> => {
      const start = performance.now();
      const analysis = analyze(message.signals, message.blocks, { asReport: message.asReport === true });
      performance.clearMeasures(ANALYSIS_MEASURE);
      performance.measure(ANALYSIS_MEASURE, { start, end: performance.now() });
      const answer: AnalysisAnswer = { analysis, ...(await rest) };
      const kept = library && sender.url ? await library(analysis, sender.url, answer.settings) : undefined;
      return kept ? { ...answer, library: kept } : answer;
    });
  });
}

/** The ledger page, opened from a report's sidebar (content scripts cannot
 * open extension pages themselves), with the report's jurisdiction chosen. */
interface OpenLedgerRequest {
  type: 'report-lens:open-ledger';
  jurisdiction: string | null;
}

export async function requestLedgerPage(jurisdiction: string | null): Promise<void> {
  const request: OpenLedgerRequest = { type: 'report-lens:open-ledger', jurisdiction };
  await browser.runtime.sendMessage(request);
}

export const LEDGER_PAGE = 'src/entries/ledger.html';

/** The ledger page's address, for a jurisdiction when one is given. */
export function ledgerPageUrl(jurisdiction: string | null): string {
  const page = browser.runtime.getURL(LEDGER_PAGE);
  return jurisdiction ? `${page}?jurisdiction=${encodeURIComponent(jurisdiction)}` : page;
}

/** In the background: opens the ledger page in a new tab when a sidebar asks. */
export function onLedgerPageRequest(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = message as Partial<OpenLedgerRequest> | null;
    if (request?.type !== 'report-lens:open-ledger') return undefined;
    const jurisdiction = typeof request.jurisdiction === 'string' ? request.jurisdiction : null;
    return browser.tabs.create({ url: ledgerPageUrl(jurisdiction) }).then(() => true);
  });
}

/** Every message of the extension's bundle in the browser's chosen language,
 * substitutions as slots (see core/message-bundle.ts). */
export function readMessageBundle(keys: readonly string[]): MessageBundle {
  const messages: Record<string, string> = {};
  for (const key of keys) messages[key] = message(key, [...SUBSTITUTION_SLOTS]);
  return { language: uiLanguage(), messages };
}

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function onCommand(listener: (command: CommandName, tabId: number | undefined) => void): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if ((COMMAND_NAMES as readonly string[]).includes(command)) listener(command as CommandName, tab?.id);
  });
}

/** Messages without substitutions, as looked up once: the sidebar asks for
 * the same labels on every render, and each lookup crosses into the browser
 * (the profile of a 34k-character report showed ~7 ms of them). The bundle
 * cannot change while the page lives. */
const plainMessages = new Map<string, string>();

export function message(key: string, substitutions?: string | string[]): string {
  const plain = substitutions === undefined || (Array.isArray(substitutions) && substitutions.length === 0);
  const known = plain ? plainMessages.get(key) : undefined;
  if (known !== undefined) return known;
  let text = key;
  try {
    text = browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
  if (plain) plainMessages.set(key, text);
  return text;
}

export function uiLanguage(): string {
  try {
    // The language of the messages bundle the browser chose. It can differ
    // from getUILanguage() (Chromium with LANGUAGE=zh_CN picks zh_CN messages
    // yet reports en-US), and words built in code must match the labels.
    return browser.i18n.getMessage('messagesLanguage') || browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}
