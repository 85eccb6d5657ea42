// npm run bench:profile -- <bench page key> [runs] [lines]
// A CPU profile (CDP Profiler) of the built extension on one of the browser
// bench's pages, read bottom-up: which of the extension's functions the
// page's main thread spent its time in. The tool to reach for when a budget
// in test/bench/results.md is missed.
import { launchChromium } from '../e2e/harness/chromium';
import { benchPages, READY_EXPRESSION, serveBenchPages, sleep } from './browser';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function frameKey(node: ProfileNode): string {
  const file = node.callFrame.url.split('/').pop() ?? '';
  return `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}:${node.callFrame.columnNumber + 1}`;
}

/** Self time per function (ms), and the time under each extension frame. */
function bottomUp(profile: CpuProfile): { self: Map<string, number>; inclusive: Map<string, number>; extensionTotal: number; total: number } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let extensionTotal = 0;
  let total = 0;
  // a node is "in the extension" when it or an ancestor runs extension code
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inExtension = new Map<number, boolean>();
  const isInExtension = (id: number): boolean => {
    const known = inExtension.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const value = !!node && (node.callFrame.url.startsWith('chrome-extension://') || (up !== undefined && isInExtension(up)));
    inExtension.set(id, value);
    return value;
  };
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    const name = node.callFrame.functionName || '(anonymous)';
    if (name === '(idle)' || name === '(program)') return;
    total += ms;
    if (!isInExtension(id)) return;
    extensionTotal += ms;
    self.set(frameKey(node), (self.get(frameKey(node)) ?? 0) + ms);
    // each function once per sample, however deep it recurses
    const seen = new Set<string>();
    for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
      const frame = byId.get(up);
      if (!frame || !isInExtension(up)) break;
      const key = frameKey(frame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
    }
  });
  return { self, inclusive, extensionTotal, total };
}

async function main(): Promise<void> {
  const [key = 'seed', runsArgument = '3', linesArgument = '40'] = process.argv.slice(2);
  const runs = Number(runsArgument);
  const lines = Number(linesArgument);
  const { pages, routes } = benchPages();
  const target = pages.find((page) => page.key === key);
  if (!target) throw new Error(`no bench page "${key}"; one of ${pages.map((page) => page.key).join(', ')}`);
  const server = await serveBenchPages(routes);
  server.route('/bench/blank.html', { body: '<!DOCTYPE html><title>blank</title>', headers: { 'content-type': 'text/html; charset=utf-8' } });
  const session = await launchChromium({ extension: true });
  const totals = new Map<string, number>();
  const inclusiveTotals = new Map<string, number>();
  try {
    for (let run = 0; run < runs; run++) {
      const page = await session.newPage();
      // a same-origin page first, so that the profiled load stays in this renderer
      await page.goto(server.url('/bench/blank.html'));
      const cdp = await session.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await page.goto(server.url(target.path), { waitUntil: 'load' });
      if (target.report) await page.waitForFunction(READY_EXPRESSION, undefined, { timeout: 20_000 });
      await sleep(target.report ? 600 : 1500);
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      const { self, inclusive, extensionTotal, total } = bottomUp(profile);
      for (const [name, ms] of inclusive) inclusiveTotals.set(name, (inclusiveTotals.get(name) ?? 0) + ms / runs);
      console.log(`run ${run + 1}: extension ${extensionTotal.toFixed(1)} ms of ${total.toFixed(1)} ms sampled script`);
      for (const [name, ms] of self) totals.set(name, (totals.get(name) ?? 0) + ms / runs);
      await page.close();
    }
  } finally {
    await session.close();
    await server.close();
  }
  const top = [...totals].sort((a, b) => b[1] - a[1]).slice(0, lines);
  console.log(`\nmean self time per load, extension frames, ${target.label}:`);
  for (const [name, ms] of top) console.log(`${ms.toFixed(2).padStart(8)} ms  ${name}`);
  console.log(`\nmean time including callees (top ${lines}):`);
  for (const [name, ms] of [...inclusiveTotals].sort((a, b) => b[1] - a[1]).slice(0, lines)) console.log(`${ms.toFixed(2).padStart(8)} ms  ${name}`);
}

await main();
