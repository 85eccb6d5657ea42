// The extension's real toolbar popup in Chromium, opened as a click on the
// toolbar button opens it: CDP's Extensions.triggerAction (Chromium started
// with --enable-unsafe-extension-debugging) on the tab's target. Like that
// click it grants the extension activeTab on the tab. Playwright does not
// list the popup as a page, so it is driven through its CDP target:
// Runtime.evaluate with a user gesture, as a reader's click has one.
import type { CDPSession, Page } from 'playwright-core';
import type { ChromiumSession } from './chromium';

/** The switch that lets CDP trigger an extension's action. */
export const ACTION_DEBUGGING_ARG = '--enable-unsafe-extension-debugging';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface ActionPopup {
  /** evaluates an expression in the popup (awaited, returned by value) */
  evaluate<T>(expression: string): Promise<T>;
  /** waits until the expression is truthy in the popup */
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  /** the popup's page as a PNG */
  screenshot(): Promise<Buffer>;
  /** the system theme the popup sees */
  emulateColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  close(): Promise<void>;
}

async function tabTargetOf(browserSession: CDPSession, page: Page): Promise<string> {
  const url = page.url();
  const { targetInfos } = (await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as { targetInfos: TargetInfo[] };
  const matching = targetInfos.filter((target) => target.url === url);
  if (matching.length !== 1 || !matching[0]) throw new Error(`expected one tab at ${url}, found ${matching.length}`);
  return matching[0].targetId;
}

/** Opens the popup over `page`'s tab, as a click on the toolbar button does. */
export async function openActionPopup(session: ChromiumSession, page: Page): Promise<ActionPopup> {
  const browser = session.context.browser();
  if (!browser || !session.extensionId) throw new Error('no browser connection or no extension');
  const cdp = await browser.newBrowserCDPSession();
  await cdp.send('Extensions.triggerAction' as never, { id: session.extensionId, targetId: await tabTargetOf(cdp, page) } as never);
  const popupUrl = `chrome-extension://${session.extensionId}/src/entries/popup.html`;
  let target: TargetInfo | undefined;
  for (let tries = 0; tries < 50 && !target; tries++) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    target = targetInfos.find((info) => info.url.startsWith(popupUrl));
    if (!target) await new Promise((resume) => setTimeout(resume, 100));
  }
  if (!target) throw new Error('the popup did not open');
  const popupTarget = target;
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: popupTarget.targetId, flatten: false })) as { sessionId: string };
  let nextId = 0;
  const pending = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget' as never, ((event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (message.id !== undefined) pending.get(message.id)?.(message);
  }) as never);
  const command = (method: string, params: object) =>
    new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => {
      const id = ++nextId;
      pending.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget' as never, { sessionId, message: JSON.stringify({ id, method, params }) } as never);
    });
  const evaluate = async <T>(expression: string): Promise<T> => {
    const answer = await command('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true, userGesture: true });
    const result = answer.result as { result?: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } } | undefined;
    if (answer.error) throw new Error(answer.error.message);
    if (result?.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    return result?.result?.value as T;
  };
  return {
    evaluate,
    async waitFor(expression, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (!(await evaluate<boolean>(`Boolean(${expression})`).catch(() => false))) {
        if (Date.now() > deadline) throw new Error(`not true in the popup within ${timeoutMs} ms: ${expression}`);
        await new Promise((resume) => setTimeout(resume, 100));
      }
    },
    async emulateColorScheme(scheme) {
      await command('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
    },
    async screenshot() {
      const answer = await command('Page.captureScreenshot', { format: 'png' });
      return Buffer.from((answer.result as { data: string }).data, 'base64');
    },
    async close() {
      await cdp.send('Target.closeTarget', { targetId: popupTarget.targetId }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}
