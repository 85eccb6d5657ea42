import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { resolveDist } from './paths';

export const firefoxExecutable = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxOptions {
  /** Defaults to REPORT_LENS_DIST or <repo>/dist; null starts Firefox without the extension. */
  dist?: string | null;
  /** How long to wait for Firefox to announce WebDriver BiDi. */
  startTimeoutMs?: number;
  viewport?: { width: number; height: number };
  /** How long one navigation may go unanswered before it is tried once more. The default is
   * long enough for a page on a loaded CI machine and short enough to leave the second try
   * inside a test hook's time. */
  navigateTimeoutMs?: number;
  /** How long a page whose navigation failed may take to finish loading anyway. */
  loadedGraceMs?: number;
  /** More preferences for the fresh profile, e.g. extensions.webextensions.uuids to know an extension page's address */
  preferences?: Record<string, string | number | boolean>;
}

interface BidiMessage {
  id?: number;
  type?: 'success' | 'error' | 'event';
  result?: unknown;
  error?: string;
  message?: string;
  method?: string;
  params?: unknown;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text?: string; exception?: { type: string; value?: unknown } };
}

function freePort(): Promise<number> {
  return new Promise((found, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => found(port));
    });
  });
}


// Keep a fresh profile quiet: no first-run pages, no update or telemetry traffic to wait on.
const profilePreferences = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'app.update.disabledForTesting': true,
  'extensions.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.newtabpage.enabled': false,
  // Every address outside this machine goes to a proxy port nothing listens
  // on, so it fails at once, as it does in Chromium on this closed network:
  // real portal pages document.write() tracker scripts from outside hosts,
  // and a parser-blocking script that never fails keeps the page loading.
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
  'network.proxy.allow_hijacking_localhost': false,
};

/** Firefox ESR driven over WebDriver BiDi, with the built extension installed as a temporary add-on. */

export class FirefoxSession {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; method: string }>();
  private closed = false;
  /** The tab the session drives. */
  private contextId = '';
  /** The id Firefox gave the installed extension. */
  extensionId: string | undefined;
  private navigateTimeoutMs = 25_000;
  private loadedGraceMs = 3_000;
  /** Console messages, once watchConsole() was called. */
  readonly consoleMessages: string[] = [];

  private constructor(
    private readonly process: ChildProcess,
    private readonly socket: WebSocket,
    private readonly profile: string,
    /** The last few KB Firefox wrote to stderr, for error messages. */
    readonly stderrTail: () => string,
  ) {
    socket.on('message', (data) => this.receive(String(data)));
    socket.on('close', () => this.failPending(new Error('WebDriver BiDi connection closed')));
  }

  static async start(options: FirefoxOptions = {}): Promise<FirefoxSession> {
    const dist = options.dist === null ? undefined : resolveDist(options.dist);
    const profile = await mkdtemp(join(tmpdir(), 'report-lens-firefox-'));
    await writeFile(
      join(profile, 'user.js'),
      Object.entries({ ...profilePreferences, ...options.preferences })
        .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`)
        .join(''),
    );
    const port = await freePort();
    const child = spawn(
      firefoxExecutable,
      ['-headless', '-no-remote', '-profile', profile, '--remote-debugging-port', String(port)],
      { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } },
    );
    const stderrTail = keepTail(child);
    const cleanUp = async () => {
      child.kill('SIGKILL');
      await rm(profile, { recursive: true, force: true });
    };

    let endpoint: string;
    let socket: WebSocket;
    try {
      endpoint = await waitForBidi(child, port, options.startTimeoutMs ?? 30_000);
      socket = new WebSocket(endpoint);
      await new Promise<void>((open, fail) => {
        socket.once('open', () => open());
        socket.once('error', fail);
      });
    } catch (error) {
      await cleanUp();
      throw error;
    }

    const session = new FirefoxSession(child, socket, profile, stderrTail);
    try {
      await session.send('session.new', { capabilities: {} });
      if (dist) await session.installExtension(dist);
      const tree = (await session.send('browsingContext.getTree', { maxDepth: 0 })) as {
        contexts: { context: string }[];
      };
      let contextId = tree.contexts[0]?.context;
      if (!contextId) {
        contextId = ((await session.send('browsingContext.create', { type: 'tab' })) as { context: string }).context;
      }
      const viewport = options.viewport ?? { width: 1400, height: 900 };
      await session.send('browsingContext.setViewport', { context: contextId, viewport });
      session.contextId = contextId;
      if (options.navigateTimeoutMs) session.navigateTimeoutMs = options.navigateTimeoutMs;
      if (options.loadedGraceMs !== undefined) session.loadedGraceMs = options.loadedGraceMs;
      return session;
    } catch (error) {
      socket.terminate();
      await cleanUp();
      throw error;
    }
  }

  /** Installs the built extension as a temporary add-on (start() does this unless dist is null). */
  async installExtension(dist?: string): Promise<string> {
    const installed = (await this.send('webExtension.install', {
      extensionData: { type: 'path', path: resolveDist(dist) },
    })) as { extension: string };
    this.extensionId = installed.extension;
    return installed.extension;
  }

  /** Sends one BiDi command and resolves with its result. */
  send(method: string, params: object, timeoutMs = 30_000): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error(`Firefox session is closed (${method})`));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`WebDriver BiDi ${method} got no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        method,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Collects console messages of every context (content scripts' included) into consoleMessages. */
  async watchConsole(): Promise<void> {
    await this.send('session.subscribe', { events: ['log.entryAdded'] });
  }

  private receive(raw: string): void {
    const message = JSON.parse(raw) as BidiMessage & { method?: string; params?: { text?: string } };
    if (message.method === 'log.entryAdded') this.consoleMessages.push(message.params?.text ?? '');
    if (message.id === undefined) return;
    const waiter = this.pending.get(message.id);
    if (!waiter) return;
    this.pending.delete(message.id);
    if (message.type === 'error') {
      waiter.reject(new Error(`WebDriver BiDi ${waiter.method}: ${message.error ?? 'error'}: ${message.message ?? ''}`));
    } else {
      waiter.resolve(message.result);
    }
  }

  private failPending(error: Error): void {
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }

  async navigate(url: string): Promise<void> {
    await this.navigateIn(this.contextId, url);
  }

  /** Opens `url` in a second tab, in front, and returns that tab's context
   * for evaluateIn(); the session's own tab stays what evaluate() drives. */
  async openTab(url: string): Promise<string> {
    const { context } = (await this.send('browsingContext.create', { type: 'tab' })) as { context: string };
    await this.navigateIn(context, url);
    return context;
  }

  /**
   * Loads `url` and waits for its load event. Two one-off failures seen in
   * CI get one more try, as a reader's reload would: Firefox refusing a
   * 127.0.0.1 address ("Address rejected", also reported when only a frame's
   * outside address was refused), and a navigate command that was never
   * answered. When the page itself has loaded all the same, that is enough. Any other error, or a second failure, stands.
   */
  private async navigateIn(context: string, url: string): Promise<void> {
    const go = () => this.send('browsingContext.navigate', { context, url, wait: 'complete' }, this.navigateTimeoutMs);
    try {
      await go();
      return;
    } catch (error) {
      const unanswered = /got no answer/.test(String(error));
      if (!unanswered && !/Address rejected/i.test(String(error))) throw error;
      // a frame of the page whose outside address the sandbox refuses (a
      // portal's login iframe) fails the navigation though the page loaded
      if (await this.loadsWithin(context, url, this.loadedGraceMs)) return;
      console.warn(`[firefox harness] navigating to ${url} again after: ${String(error)}\n${this.stderrTail()}`);
    }
    await new Promise((resume) => setTimeout(resume, 500));
    try {
      await go();
    } catch (error) {
      throw new Error(`${String(error)} (the second try). Firefox's last output:\n${this.stderrTail()}`);
    }
  }

  private async loadsWithin(context: string, url: string, ms: number): Promise<boolean> {
    for (const end = Date.now() + ms; Date.now() < end; ) {
      if (await this.hasLoaded(context, url)) return true;
      await new Promise((resume) => setTimeout(resume, 200));
    }
    return false;
  }

  private async hasLoaded(context: string, url: string): Promise<boolean> {
    const expression = `location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`;
    const outcome = (await this.send(
      'script.evaluate',
      { expression, target: { context }, awaitPromise: false, resultOwnership: 'none' },
      5_000,
    ).catch(() => undefined)) as EvaluateResult | undefined;
    return outcome?.type === 'success' && outcome.result?.value === true;
  }

  async closeTab(context: string): Promise<void> {
    await this.send('browsingContext.close', { context });
  }

  /**
   * Evaluates an expression in the page (awaiting it if it is a promise). The value crosses as JSON,
   * so it must be JSON-serializable; undefined comes back as undefined.
   */
  async evaluate<T>(expression: string): Promise<T> {
    return this.evaluateIn<T>(this.contextId, expression);
  }

  /** evaluate() in another tab (one from openTab()). */
  async evaluateIn<T>(context: string, expression: string): Promise<T> {
    const outcome = (await this.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    })) as EvaluateResult;
    if (outcome.type === 'exception') {
      const thrown = outcome.exceptionDetails;
      throw new Error(`In-page evaluation failed: ${thrown?.text ?? JSON.stringify(thrown?.exception)}\n  expression: ${expression.slice(0, 200)}`);
    }
    const value = outcome.result;
    if (!value || value.type === 'undefined') return undefined as T;
    return JSON.parse(String(value.value)) as T;
  }


  /** Polls an expression until it is truthy; the error names the expression and its last value. */
  async waitFor(expression: string, timeoutMs = 10_000, intervalMs = 100): Promise<void> {
    return this.waitForIn(this.contextId, expression, timeoutMs, intervalMs);
  }

  /** waitFor() in another tab (one from openTab()). */
  async waitForIn(context: string, expression: string, timeoutMs = 10_000, intervalMs = 100): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    while (Date.now() < deadline) {
      last = await this.evaluateIn<unknown>(context, expression);
      if (last) return;
      await new Promise((done) => setTimeout(done, intervalMs));
    }
    throw new Error(`Waited ${timeoutMs} ms for ${expression} (last value ${JSON.stringify(last)})`);
  }

  /** The tab whose URL starts with `prefix` (one the page opened, an extension
   * page), waited for; the error lists the tabs there are. */
  async contextAt(prefix: string, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const tree = (await this.send('browsingContext.getTree', { maxDepth: 0 })) as { contexts: { context: string; url: string }[] };
      const found = tree.contexts.find((context) => context.url.startsWith(prefix));
      if (found) return found.context;
      if (Date.now() > deadline) throw new Error(`no tab at ${prefix}: ${tree.contexts.map((context) => context.url).join(', ')}`);
      await new Promise((resume) => setTimeout(resume, 100));
    }
  }

  /** A PNG of the viewport. */
  async screenshot(): Promise<Buffer> {
    const shot = (await this.send('browsingContext.captureScreenshot', { context: this.contextId })) as { data: string };
    return Buffer.from(shot.data, 'base64');
  }

  async close(): Promise<void> {
    if (!this.closed) {
      await this.send('browser.close', {}, 5_000).catch(() => undefined);
      this.closed = true;
    }
    this.socket.terminate();
    await waitForExit(this.process, 5_000);
    await rm(this.profile, { recursive: true, force: true });
  }
}

function waitForBidi(child: ChildProcess, port: number, timeoutMs: number): Promise<string> {
  return new Promise((found, fail) => {
    let seen = '';
    const timer = setTimeout(() => {
      finish();
      fail(new Error(`Firefox did not announce "WebDriver BiDi listening" within ${timeoutMs} ms. stderr:\n${seen.slice(-2000)}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const announced = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen);
      if (announced) {
        finish();
        // the announcement gives the root; sessions live under /session
        const base = (announced[1] ?? `ws://127.0.0.1:${port}`).replace(/\/$/, '');
        found(`${base}/session`);
      }
    };
    const onExit = (code: number | null) => {
      finish();
      fail(new Error(`Firefox exited (code ${code}) before WebDriver BiDi was up. stderr:\n${seen.slice(-2000)}`));
    };
    const onError = (error: Error) => {
      finish();
      fail(new Error(`Could not start ${firefoxExecutable}: ${error.message}`));
    };
    function finish() {
      clearTimeout(timer);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      child.off('error', onError);
    }
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

/** Drains stderr for as long as Firefox runs (so it never blocks on a full
 * pipe) and keeps its last 4 KB. */
function keepTail(child: ChildProcess): () => string {
  let tail = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4_096);
  });
  return () => tail;
}

async function waitForExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}
