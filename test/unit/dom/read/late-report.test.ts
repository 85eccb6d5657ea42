import { describe, expect, it } from 'vitest';
import { watchForLateReport } from '../../../../src/dom/read/late-report';

/** A document whose timers and observer the test drives by hand: no real time passes. */
function fakeDocument() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const observers: { callback: () => void; connected: boolean }[] = [];
  class FakeObserver {
    private readonly entry: { callback: () => void; connected: boolean };
    constructor(callback: () => void) {
      this.entry = { callback, connected: false };
      observers.push(this.entry);
    }
    observe() {
      this.entry.connected = true;
    }
    disconnect() {
      this.entry.connected = false;
    }
  }
  const view = {
    MutationObserver: FakeObserver,
    setTimeout: (run: () => void, ms: number) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout: (id: number) => void timers.delete(id),
  };
  const doc = { defaultView: view, documentElement: {} } as unknown as Document;
  return {
    doc,
    /** a mutation of the page: every connected observer hears of it */
    mutate: () => observers.filter((o) => o.connected).forEach((o) => o.callback()),
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = until;
    },
    connected: () => observers.some((o) => o.connected),
    pendingTimers: () => timers.size,
    now: () => now,
  };
}

const optionsFor = (page: { now(): number }) => ({ watchMs: 10_000, quietMs: 500, maxChecks: 3, now: page.now });

describe('watchForLateReport', () => {
  it('checks once the page has been quiet, calls onFound once, and stops watching', () => {
    const page = fakeDocument();
    let isReport = false;
    let checks = 0;
    let found = 0;
    watchForLateReport(page.doc, () => (checks++, isReport), () => found++, optionsFor(page));
    page.mutate();
    page.advance(300);
    page.mutate(); // still changing: the check waits
    page.advance(300);
    expect(checks).toBe(0);
    isReport = true;
    page.advance(300);
    expect(checks).toBe(1);
    expect(found).toBe(1);
    expect(page.connected()).toBe(false);
    expect(page.pendingTimers()).toBe(0);
    page.mutate();
    page.advance(20_000);
    expect(found).toBe(1);
  });

  it('gives up after the allowed number of checks', () => {
    const page = fakeDocument();
    let checks = 0;
    watchForLateReport(page.doc, () => (checks++, false), () => undefined, optionsFor(page));
    for (let i = 0; i < 10; i++) {
      page.mutate();
      page.advance(600);
    }
    expect(checks).toBe(3);
    expect(page.connected()).toBe(false);
    expect(page.pendingTimers()).toBe(0);
  });

  it('a page that never stops changing gets one last check at the deadline, then is left alone', () => {
    const page = fakeDocument();
    let checks = 0;
    watchForLateReport(page.doc, () => (checks++, false), () => undefined, optionsFor(page));
    for (let t = 0; t < 12_000; t += 100) {
      page.mutate();
      page.advance(100);
    }
    expect(checks).toBe(1);
    expect(page.connected()).toBe(false);
    expect(page.pendingTimers()).toBe(0);
  });

  it('a page that does not change sets no timer and is never re-checked; a first change after the deadline ends the watch unchecked', () => {
    const page = fakeDocument();
    let checks = 0;
    watchForLateReport(page.doc, () => (checks++, true), () => undefined, optionsFor(page));
    expect(page.pendingTimers()).toBe(0);
    page.advance(10_000);
    expect(checks).toBe(0);
    expect(page.pendingTimers()).toBe(0);
    page.mutate();
    page.advance(1_000);
    expect(checks).toBe(0);
    expect(page.connected()).toBe(false);
    expect(page.pendingTimers()).toBe(0);
  });

  it('the deadline counts from the start, not from the first change', () => {
    const page = fakeDocument();
    let checks = 0;
    watchForLateReport(page.doc, () => (checks++, false), () => undefined, optionsFor(page));
    page.advance(9_000);
    // changing without a pause from 9 s on: the last look comes at 10 s, not 19 s
    for (let t = 0; t < 3_000; t += 100) {
      page.mutate();
      page.advance(100);
    }
    expect(checks).toBe(1);
    expect(page.connected()).toBe(false);
  });
});
